package vn.ndaf.interop.exchange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;

import vn.ndaf.metamodel.Models;

/**
 * The identifiers an architecture gets in an exchange file, where every identifier is an xs:ID: an NCName,
 * unique in the file. Ids that already are keep their value; any other gets a deterministic one (
 * {@code id-} plus the id with unusable characters replaced, numbered on a clash), and the writer records
 * the original so that a re-import restores it. Specializations are not in this id space (ndaf writes
 * their ids as plain strings).
 */
final class ExchangeIds {

    private final Map<EObject, String> ids = new HashMap<>();
    private final Set<String> used = new HashSet<>();

    ExchangeIds(EObject architecture) {
        List<EObject> objects = new ArrayList<>();
        objects.add(architecture);
        for (TreeIterator<EObject> it = architecture.eAllContents(); it.hasNext();) {
            EObject o = it.next();
            if (Models.isA(o, "Profile")) {
                it.prune();
            } else if (Models.isA(o, "Identified")) {
                objects.add(o);
            }
        }
        List<EObject> pending = new ArrayList<>();
        for (EObject o : objects) {
            String id = Models.id(o);
            if (id != null && isNcName(id) && used.add(id)) {
                ids.put(o, id);
            } else {
                pending.add(o);
            }
        }
        for (EObject o : pending) {
            ids.put(o, reserve("id-" + sanitized(Models.id(o))));
        }
    }

    /** The file identifier of an object of the architecture. */
    String of(EObject o) {
        String id = ids.get(o);
        if (id == null) {
            throw new IllegalStateException("No identifier for " + o.eClass().getName() + " " + Models.id(o) + "; is it part of the architecture?");
        }
        return id;
    }

    /** Whether the file identifier differs from the object's own id (then the original must be recorded). */
    boolean changed(EObject o) {
        return !of(o).equals(Models.id(o));
    }

    /** Takes the identifier when it is still free. */
    boolean tryReserve(String id) {
        return used.add(id);
    }

    /** An unused identifier: {@code base}, else base-2, base-3, ... */
    String reserve(String base) {
        String id = base;
        for (int n = 2; !used.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    static boolean isNcName(String s) {
        if (s.isEmpty()) {
            return false;
        }
        char first = s.charAt(0);
        if (!(Character.isLetter(first) || first == '_')) {
            return false;
        }
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '.' || c == '-' || c == '_')) {
                return false;
            }
        }
        return true;
    }

    private static String sanitized(String id) {
        if (id == null || id.isEmpty()) {
            return "unnamed";
        }
        StringBuilder sb = new StringBuilder(id.length());
        for (char c : id.toCharArray()) {
            sb.append(Character.isLetterOrDigit(c) || c == '.' || c == '-' || c == '_' ? c : '_');
        }
        return sb.toString();
    }
}
