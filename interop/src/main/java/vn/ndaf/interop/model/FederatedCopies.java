package vn.ndaf.interop.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

import vn.ndaf.interop.ImportException;
import vn.ndaf.metamodel.Models;
import vn.ndaf.metamodel.validation.Describe;

/**
 * Federated export and its way back (docs/interop.md, "Federated architectures"). Formats that hold one model
 * (exchange, Archi, CSV) cannot point at another architecture's object, so on export each such object travels
 * as a copy marked with the property {@value #REF} = the referenced object's store id
 * ({@code <architecture>/<id>}), filed in a folder named for the owning architecture; on import, every copy
 * whose referenced object is stored becomes a reference to it again.
 */
public final class FederatedCopies {

    /** The property that marks a copy of another architecture's object; its value is that object's store id. */
    public static final String REF = "ndaf:ref";

    /** The id prefix of copies and of owner folders in exported files. */
    static final String ID_PREFIX = "ref-";

    private FederatedCopies() {
    }

    /** What the exporter needs from the store: the referenced objects, and a name for each owning architecture. */
    public interface Owners {
        /** The stored object with this store id, as part of its own loaded model; null when not stored. */
        EObject object(String uid);

        /** The folder name for the copies of this architecture's objects (e.g. its name and body). */
        String folderName(String architectureId);
    }

    /** The store ids ({@code <architecture>/<id>}) of every object of other architectures the model refers to. */
    public static Set<String> foreignUids(EObject architecture) {
        Set<String> uids = new java.util.LinkedHashSet<>();
        forEachReference(architecture, (o, r, target) -> {
            if (target.eIsProxy()) {
                String uid = uidOf(target);
                if (uid != null) {
                    uids.add(uid);
                }
            }
            return target;
        });
        return uids;
    }

    /**
     * Replaces, in {@code architecture} itself, every reference to another architecture's object by a reference
     * to a local copy of that object (its attributes and contained values; its references into its own model
     * are left out, except a relationship's ends), marked with {@value #REF} and filed in a top-level folder
     * per owning architecture. The model's own objects are not changed otherwise.
     *
     * @throws IllegalArgumentException naming the reference when a referenced object is no longer stored
     */
    public static void localize(EObject architecture, Owners owners) {
        Set<String> uids = foreignUids(architecture);
        if (uids.isEmpty()) {
            return;
        }
        String self = Models.id(architecture);
        Set<String> usedIds = new HashSet<>();
        for (var it = architecture.eAllContents(); it.hasNext();) {
            EObject o = it.next();
            if (o.eClass().getEStructuralFeature("id") != null && Models.id(o) != null) {
                usedIds.add(Models.id(o));
            }
        }
        Map<String, EObject> localById = new LinkedHashMap<>();
        for (EReference list : architecture.eClass().getEAllContainments()) {
            if (list.isMany()) {
                for (EObject o : Models.<EObject>list(architecture, list.getName())) {
                    if (o.eClass().getEStructuralFeature("id") != null) {
                        localById.putIfAbsent(Models.id(o), o);
                    }
                }
            }
        }
        Localizer localizer = new Localizer(architecture, self, owners, usedIds, localById);
        forEachReference(architecture, (o, r, target) -> target.eIsProxy() && uidOf(target) != null ? localizer.copyOf(uidOf(target), o) : target);
        localizer.file();
    }

    /** The copies in an imported model: each object marked with {@value #REF}, with the store id it names. */
    public static Map<EObject, String> copies(EObject architecture) {
        Map<EObject, String> copies = new LinkedHashMap<>();
        for (EReference list : architecture.eClass().getEAllContainments()) {
            if (!list.isMany()) {
                continue;
            }
            for (EObject o : Models.<EObject>list(architecture, list.getName())) {
                String uid = refOf(o);
                if (uid != null) {
                    copies.put(o, uid);
                }
            }
        }
        return copies;
    }

    /**
     * Turns the copies of an imported model back into references: every reference to a copy whose store id is
     * in {@code stored} (store id to a proxy of the stored object) points at that object instead, and the copy
     * leaves the model (and its folder, which goes too when nothing else is in it). A copy whose object is not
     * stored is refused by name, unless {@code detach}: then it stays a local element without its mark.
     *
     * @return one line per detached copy (empty when none)
     * @throws ImportException naming the copies whose referenced objects are not stored (without detach)
     */
    public static List<String> restore(EObject architecture, Map<String, EObject> stored, boolean detach, String fileName) {
        Map<EObject, String> copies = copies(architecture);
        if (copies.isEmpty()) {
            return List.of();
        }
        List<String> missing = new ArrayList<>();
        copies.forEach((copy, uid) -> {
            if (!stored.containsKey(uid)) {
                missing.add(Describe.of(copy) + " (" + REF + " " + uid + ")");
            }
        });
        if (!missing.isEmpty() && !detach) {
            throw new ImportException(fileName, "the file holds copies of objects of other architectures that are no longer stored: " + String.join(", ", missing)
                    + ". Nothing was imported; import with --detach (GraphQL: detach: true) to keep them as elements of this architecture");
        }
        Map<EObject, EObject> replacement = new IdentityHashMap<>();
        List<String> detached = new ArrayList<>();
        copies.forEach((copy, uid) -> {
            EObject proxy = stored.get(uid);
            if (proxy != null) {
                replacement.put(copy, proxy);
            } else {
                Models.<EObject>list(copy, "properties").removeIf(p -> REF.equals(Models.string(p, "key")));
                detached.add(Describe.of(copy) + " refers to " + uid + ", which is no longer stored; kept as an element of this architecture");
            }
        });
        Set<EObject> folders = new HashSet<>();
        forEachReference(architecture, (o, r, target) -> {
            EObject proxy = replacement.get(target);
            if (proxy == null) {
                return target;
            }
            if (Models.isA(o, "Folder") && r.getName().equals("members")) {
                folders.add(o);
                return null;
            }
            return proxy;
        });
        for (EObject copy : replacement.keySet()) {
            EcoreUtil.remove(copy);
        }
        for (EObject folder : folders) {
            removeIfEmpty(folder);
        }
        return detached;
    }

    /** The store id a copy names, or null for an object of the model's own. */
    public static String refOf(EObject o) {
        if (!Models.isA(o, "PropertyHolder")) {
            return null;
        }
        for (EObject p : Models.<EObject>list(o, "properties")) {
            if (REF.equals(Models.string(p, "key"))) {
                String value = Models.string(p, "value");
                return value == null || value.isBlank() ? null : value.strip();
            }
        }
        return null;
    }

    /** Removes a user folder left empty, and its user parents left empty by that; a folder of a kind (Archi's top-level ones) stays. */
    private static void removeIfEmpty(EObject folder) {
        if (!Models.list(folder, "members").isEmpty() || !Models.list(folder, "folders").isEmpty() || !"user".equals(Models.string(folder, "type"))) {
            return;
        }
        EObject parent = folder.eContainer();
        EcoreUtil.remove(folder);
        if (parent != null && Models.isA(parent, "Folder")) {
            removeIfEmpty(parent);
        }
    }

    private static String uidOf(EObject proxy) {
        String[] target = ForeignReferences.target(proxy);
        return target == null ? null : target[0] + "/" + target[1];
    }

    @FunctionalInterface
    private interface Visit {
        /** The new target of the reference (the same to keep it, null to remove it from a list). */
        EObject visit(EObject owner, EReference reference, EObject target);
    }

    /** Visits every non-containment reference of every object of the model (the root included), possibly re-pointing it. */
    @SuppressWarnings("unchecked")
    private static void forEachReference(EObject architecture, Visit visit) {
        List<EObject> all = new ArrayList<>();
        all.add(architecture);
        architecture.eAllContents().forEachRemaining(all::add);
        for (EObject o : all) {
            for (EReference r : o.eClass().getEAllReferences()) {
                if (r.isContainment() || r.isContainer() || r.isDerived() || r.isTransient() || !r.isChangeable() || !o.eIsSet(r)) {
                    continue;
                }
                if (r.isMany()) {
                    List<EObject> list = (List<EObject>) o.eGet(r, false);
                    for (int i = 0; i < list.size(); i++) {
                        EObject target = list.get(i);
                        EObject next = visit.visit(o, r, target);
                        if (next == null) {
                            list.remove(i--);
                        } else if (next != target) {
                            ((org.eclipse.emf.common.util.EList<EObject>) list).set(i, next);
                        }
                    }
                } else {
                    EObject target = (EObject) o.eGet(r, false);
                    if (target != null) {
                        EObject next = visit.visit(o, r, target);
                        if (next != target) {
                            o.eSet(r, next);
                        }
                    }
                }
            }
        }
    }

    /** Makes the copies of one export and files them. */
    private static final class Localizer {

        private final EObject architecture;
        private final String self;
        private final Owners owners;
        private final Set<String> usedIds;
        private final Map<String, EObject> localById;
        private final Map<String, EObject> copies = new LinkedHashMap<>();
        private final Map<String, List<EObject>> byOwner = new LinkedHashMap<>();

        Localizer(EObject architecture, String self, Owners owners, Set<String> usedIds, Map<String, EObject> localById) {
            this.architecture = architecture;
            this.self = self;
            this.owners = owners;
            this.usedIds = usedIds;
            this.localById = localById;
        }

        EObject copyOf(String uid, EObject referrer) {
            EObject done = copies.get(uid);
            if (done != null) {
                return done;
            }
            EObject original = owners.object(uid);
            if (original == null) {
                throw new IllegalArgumentException(Describe.of(referrer) + " refers to " + uid + ", which is not stored; nothing was exported");
            }
            EcoreUtil.Copier copier = new EcoreUtil.Copier();
            EObject copy = copier.copy(original);
            copy.eSet(copy.eClass().getEStructuralFeature("id"), freshId(ID_PREFIX + uid.replace('/', '-')));
            // the object's own ndaf: properties are what its import could not read; they would only be reported again
            Models.<EObject>list(copy, "properties").removeIf(p -> Models.string(p, "key") != null && Models.string(p, "key").startsWith(NationalConcepts.PREFIX));
            Models.property(copy, REF, uid);
            copies.put(uid, copy);
            String owner = uid.substring(0, uid.indexOf('/'));
            byOwner.computeIfAbsent(owner, k -> new ArrayList<>()).add(copy);
            if (Models.isA(copy, "Relationship")) {
                for (String end : List.of("source", "target")) {
                    EObject target = (EObject) original.eGet(original.eClass().getEStructuralFeature(end), false);
                    if (target != null) {
                        copy.eSet(copy.eClass().getEStructuralFeature(end), endOf(target, owner, copy));
                    }
                }
            }
            containerList(copy).add(copy);
            return copy;
        }

        /** A relationship end in the copy: the model's own object, or a copy of the other architecture's object. */
        private EObject endOf(EObject target, String owner, EObject referrer) {
            String uid = target.eIsProxy() ? uidOf(target) : owner + "/" + Models.id(target);
            if (uid == null) {
                throw new IllegalArgumentException(Describe.of(referrer) + " has an end that cannot be exported");
            }
            if (uid.startsWith(self + "/") && localById.containsKey(uid.substring(self.length() + 1))) {
                return localById.get(uid.substring(self.length() + 1));
            }
            return copyOf(uid, referrer);
        }

        private List<EObject> containerList(EObject copy) {
            EClass type = copy.eClass();
            for (EReference list : architecture.eClass().getEAllContainments()) {
                if (list.isMany() && list.getEReferenceType().isSuperTypeOf(type) && !list.getName().equals("folders")) {
                    return Models.list(architecture, list.getName());
                }
            }
            throw new IllegalArgumentException("The architecture refers to " + Describe.of(copy) + " of another architecture, which the "
                    + "one-model formats cannot hold; export it as RDF (turtle or jsonld)");
        }

        private String freshId(String wanted) {
            String base = wanted.replaceAll("[^A-Za-z0-9._-]", "_");
            String id = base;
            for (int i = 2; usedIds.contains(id); i++) {
                id = base + "-" + i;
            }
            usedIds.add(id);
            return id;
        }

        /** One top-level folder per owning architecture, named for it, holding its copies. */
        void file() {
            byOwner.forEach((owner, members) -> {
                EObject folder = EcoreUtil.create((EClass) Models.feature(architecture, "folders").getEType());
                Models.set(folder, "id", freshId(ID_PREFIX + "folder-" + owner));
                String name = owners.folderName(owner);
                Models.set(folder, "name", name == null || name.isBlank() ? owner : name);
                Models.<EObject>list(folder, "members").addAll(members);
                Models.<EObject>list(architecture, "folders").add(folder);
            });
        }
    }
}
