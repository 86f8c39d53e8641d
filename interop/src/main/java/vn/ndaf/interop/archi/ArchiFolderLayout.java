package vn.ndaf.interop.archi;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;

import vn.ndaf.interop.model.ArchiMateProjection;
import vn.ndaf.interop.model.Folders;
import vn.ndaf.metamodel.Models;

/**
 * The folder tree Archi needs: exactly one top-level folder of each kind, every concept and view somewhere
 * under the top-level folder of its kind, each once. ndaf folders already in that shape are written as they
 * are; a top-level user folder (from an exchange file, say) goes under the kind most of its content has;
 * anything filed under the wrong kind is filed under its own kind along the same folder path; anything in
 * no folder goes in its kind's top-level folder.
 */
final class ArchiFolderLayout {

    /** A folder to write: the ndaf folder it comes from (null for one ndaf adds), its id, name, kind, content. */
    static final class Out {
        final EObject source;
        final String id;
        final String name;
        final String type;
        final List<Out> folders = new ArrayList<>();
        final List<EObject> members = new ArrayList<>();

        Out(EObject source, String id, String name, String type) {
            this.source = source;
            this.id = id;
            this.name = name;
            this.type = type;
        }
    }

    private record Misfiled(EObject member, List<EObject> path) {
    }

    private final Set<String> ids;
    private final Map<String, Out> tops = new LinkedHashMap<>();
    private final Set<EObject> placed = new HashSet<>();
    private final List<Misfiled> misfiled = new ArrayList<>();
    private final Map<String, Out> replicas = new HashMap<>();

    private ArchiFolderLayout(EObject architecture) {
        this.ids = ArchiMateProjection.allIds(architecture);
    }

    static List<Out> of(EObject architecture) {
        return new ArchiFolderLayout(architecture).build(architecture);
    }

    private List<Out> build(EObject architecture) {
        List<EObject> others = new ArrayList<>();
        for (EObject f : Models.<EObject>list(architecture, "folders")) {
            String type = Models.string(f, "type");
            if (!"user".equals(type) && !tops.containsKey(type)) {
                tops.put(type, copy(f, type, type, new ArrayList<>()));
            } else {
                others.add(f);
            }
        }
        for (EObject f : others) {
            String kind = "user".equals(Models.string(f, "type")) ? majorityKind(f) : Models.string(f, "type");
            top(kind).folders.add(copy(f, kind, "user", new ArrayList<>()));
        }
        for (String kind : Folders.TOP_LEVEL) {
            top(kind);
        }
        for (Misfiled m : misfiled) {
            refile(m);
        }
        for (String list : List.of("elements", "relationships", "views")) {
            for (EObject o : Models.<EObject>list(architecture, list)) {
                if (placed.add(o)) {
                    top(Folders.kindFor(o)).members.add(o);
                }
            }
        }
        return new ArrayList<>(tops.values());
    }

    private Out copy(EObject folder, String kind, String type, List<EObject> path) {
        Out out = new Out(folder, Models.id(folder), Models.string(folder, "name"), type);
        List<EObject> here = new ArrayList<>(path);
        here.add(folder);
        for (EObject sub : Models.<EObject>list(folder, "folders")) {
            out.folders.add(copy(sub, kind, "user", here));
        }
        for (EObject m : Models.<EObject>list(folder, "members")) {
            if (placed.contains(m)) {
                continue;
            }
            if (Folders.kindFor(m).equals(kind)) {
                out.members.add(m);
                placed.add(m);
            } else {
                misfiled.add(new Misfiled(m, here));
            }
        }
        return out;
    }

    /** Files a member under its own kind, along the same path of user folders. */
    private void refile(Misfiled m) {
        if (placed.contains(m.member())) {
            return;
        }
        String kind = Folders.kindFor(m.member());
        Out current = top(kind);
        List<EObject> path = m.path();
        int start = "user".equals(Models.string(path.get(0), "type")) ? 0 : 1;
        for (int i = start; i < path.size(); i++) {
            EObject f = path.get(i);
            String key = kind + "\u0000" + System.identityHashCode(f);
            Out next = replicas.get(key);
            if (next == null) {
                next = new Out(f, unique(Models.id(f) + "-" + kind), Models.string(f, "name"), "user");
                replicas.put(key, next);
                current.folders.add(next);
            }
            current = next;
        }
        current.members.add(m.member());
        placed.add(m.member());
    }

    private Out top(String kind) {
        return tops.computeIfAbsent(kind, k -> new Out(null, unique("id-folder-" + k), Folders.defaultName(k), k));
    }

    private String unique(String base) {
        String id = base;
        for (int n = 2; !ids.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    /** The kind most of a folder's content belongs to ("other" for an empty folder). */
    private static String majorityKind(EObject folder) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        count(folder, counts);
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("other");
    }

    private static void count(EObject folder, Map<String, Integer> counts) {
        for (EObject m : Models.<EObject>list(folder, "members")) {
            counts.merge(Folders.kindFor(m), 1, Integer::sum);
        }
        for (EObject sub : Models.<EObject>list(folder, "folders")) {
            count(sub, counts);
        }
    }
}
