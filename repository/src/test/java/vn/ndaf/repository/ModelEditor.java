package vn.ndaf.repository;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

import vn.ndaf.metamodel.Models;
import vn.ndaf.metamodel.NdafMetamodel;
import vn.ndaf.metamodel.rules.RelationshipRules;
import vn.ndaf.metamodel.rules.RelationshipRules.Kind;

/**
 * Edits of an architecture as an editor makes them, on any EMF tree: objects are found by id, so the same
 * edit applies to a model loaded from the store and to the independent copy the tests keep as the
 * expected state. Nothing here uses the repository.
 */
final class ModelEditor {

    static final List<String> ELEMENT_TYPES = List.of("BusinessActor", "BusinessRole", "BusinessProcess", "ApplicationComponent",
            "ApplicationService", "DataObject", "Node", "Database", "SharedPlatform", "InformationSystem", "Goal");
    static final List<String> LAYERS = List.of("unclassified", "infrastructure_security", "data_platforms", "applications_business",
            "channels_measurement");

    private ModelEditor() {
    }

    /** What a relationship end or a diagram node points at: an object of this model, or one of another stored architecture. */
    record Ref(String id, String foreignArch, String foreignType) {

        static Ref local(String id) {
            return new Ref(id, null, null);
        }

        static Ref foreign(String arch, String id, String type) {
            return new Ref(id, arch, type);
        }

        boolean isForeign() {
            return foreignArch != null;
        }

        EObject resolve(EObject root) {
            if (!isForeign()) {
                return require(root, id);
            }
            EObject proxy = EcoreUtil.create(NdafMetamodel.get().eClass(foreignType));
            ((InternalEObject) proxy).eSetProxyURI(URI.createURI("ndaf:/graph/" + foreignArch + "#" + id));
            return proxy;
        }
    }

    static EObject find(EObject root, String id) {
        if (id.equals(Models.id(root))) {
            return root;
        }
        for (TreeIterator<EObject> it = root.eAllContents(); it.hasNext();) {
            EObject o = it.next();
            if (id.equals(EcoreUtil.getID(o))) {
                return o;
            }
        }
        return null;
    }

    static EObject require(EObject root, String id) {
        EObject o = find(root, id);
        if (o == null) {
            throw new IllegalStateException("no object with id " + id + " in the model");
        }
        return o;
    }

    /** The ids of the objects of {@code className} (or a subclass) anywhere in the model, in document order. */
    static List<String> ids(EObject root, String className) {
        List<String> ids = new ArrayList<>();
        for (TreeIterator<EObject> it = root.eAllContents(); it.hasNext();) {
            EObject o = it.next();
            if (Models.isA(o, className)) {
                ids.add(EcoreUtil.getID(o));
            }
        }
        return ids;
    }

    static EObject addElement(EObject root, String type, String id, String name) {
        return Models.element(root, type, id, name);
    }

    /** A relationship of the first kind ArchiMate 3.2 allows between the two ends among serving, flow, realization; else association. */
    static EObject addRelationship(EObject root, String id, Ref source, Ref target) {
        EObject s = source.resolve(root);
        EObject t = target.resolve(root);
        String kind = Kind.ASSOCIATION.className();
        for (Kind k : List.of(Kind.SERVING, Kind.FLOW, Kind.REALIZATION)) {
            if (RelationshipRules.get().allows(k, RelationshipRules.tableType(s.eClass()), RelationshipRules.tableType(t.eClass()))) {
                kind = k.className();
                break;
            }
        }
        EObject r = Models.relationship(root, kind, id, s, t);
        Models.set(r, "name", "rel " + id);
        return r;
    }

    static void set(EObject root, String id, String feature, Object value) {
        EObject o = require(root, id);
        if (value == null) {
            o.eUnset(Models.feature(o, feature));
        } else {
            Models.set(o, feature, value);
        }
    }

    static void addProperty(EObject root, String id, String key, String value) {
        Models.property(require(root, id), key, value);
    }

    /**
     * Gives object {@code id} another class, keeping its id, attributes, properties, place in its list and
     * everything that refers to it (relationships, diagram nodes, folders).
     */
    static EObject retype(EObject root, String id, String newType) {
        EObject old = require(root, id);
        EObject now = NdafMetamodel.get().create(newType);
        for (EAttribute attribute : old.eClass().getEAllAttributes()) {
            EStructuralFeature same = now.eClass().getEStructuralFeature(attribute.getName());
            if (same instanceof EAttribute && old.eIsSet(attribute) && !attribute.isDerived()) {
                now.eSet(same, old.eGet(attribute));
            }
        }
        for (var reference : old.eClass().getEAllReferences()) {
            EStructuralFeature same = now.eClass().getEStructuralFeature(reference.getName());
            if (same != null && old.eIsSet(reference) && !reference.isDerived() && !reference.isContainer()) {
                Object value = old.eGet(reference);
                now.eSet(same, reference.isMany() ? new ArrayList<>((Collection<?>) value) : value);
            }
        }
        Collection<EStructuralFeature.Setting> usages = EcoreUtil.UsageCrossReferencer.find(old, root);
        for (EStructuralFeature.Setting usage : new ArrayList<>(usages)) {
            EcoreUtil.replace(usage, old, now);
        }
        EcoreUtil.replace(old, now);
        return now;
    }

    /** Moves object {@code id} to position {@code to} of the list that contains it. */
    static void reorder(EObject root, String id, int to) {
        EObject o = require(root, id);
        @SuppressWarnings("unchecked")
        var list = (org.eclipse.emf.common.util.EList<EObject>) o.eContainer().eGet(o.eContainmentFeature());
        list.move(to, o);
    }

    /**
     * Deletes the objects {@code ids} the way an editor does: with the relationships that touch them (and
     * those that touch those), the diagram nodes that show them (with their nested nodes), the connections
     * attached to anything removed, and their folder memberships.
     */
    static Set<String> deleteCascade(EObject root, Collection<String> ids) {
        Set<EObject> doomed = new LinkedHashSet<>();
        for (String id : ids) {
            doomed.add(require(root, id));
        }
        while (true) {
            Set<EObject> inside = new LinkedHashSet<>(doomed);
            for (EObject d : doomed) {
                d.eAllContents().forEachRemaining(inside::add);
            }
            Set<EObject> hits = new LinkedHashSet<>();
            for (TreeIterator<EObject> it = root.eAllContents(); it.hasNext();) {
                EObject o = it.next();
                if (inside.contains(o)) {
                    continue;
                }
                boolean hit = false;
                if (Models.isA(o, "Relationship")) {
                    hit = inside.contains(Models.get(o, "source")) || inside.contains(Models.get(o, "target"));
                } else if (Models.isA(o, "ElementNode")) {
                    hit = inside.contains(Models.get(o, "element"));
                } else if (Models.isA(o, "Connection")) {
                    hit = inside.contains(Models.get(o, "source")) || inside.contains(Models.get(o, "target"))
                            || inside.contains(Models.get(o, "relationship"));
                }
                if (hit) {
                    hits.add(o);
                }
            }
            doomed = inside;
            if (hits.isEmpty()) {
                break;
            }
            doomed.addAll(hits);
        }
        Set<String> removed = new LinkedHashSet<>();
        for (EObject d : doomed) {
            removed.add(EcoreUtil.getID(d));
        }
        for (String folder : ids(root, "Folder")) {
            Models.<EObject>list(require(root, folder), "members").removeIf(doomed::contains);
        }
        for (EObject d : doomed) {
            EcoreUtil.remove(d);
        }
        return removed;
    }

    /** What inside the model refers to concept {@code id}, other than folders: relationships, diagram nodes, connections. */
    static List<String> referrers(EObject root, String id) {
        EObject target = require(root, id);
        List<String> referrers = new ArrayList<>();
        for (TreeIterator<EObject> it = root.eAllContents(); it.hasNext();) {
            EObject o = it.next();
            boolean hit = false;
            if (Models.isA(o, "Relationship")) {
                hit = Models.get(o, "source") == target || Models.get(o, "target") == target;
            } else if (Models.isA(o, "ElementNode")) {
                hit = Models.get(o, "element") == target;
            } else if (Models.isA(o, "Connection")) {
                hit = Models.get(o, "relationship") == target;
            }
            if (hit) {
                referrers.add(EcoreUtil.getID(o));
            }
        }
        return referrers;
    }

    /** Whether anything in the model refers to the object {@code id} of architecture {@code arch} (a proxy with its URI). */
    static boolean refersTo(EObject root, String arch, String id) {
        String uri = "ndaf:/graph/" + arch + "#" + id;
        for (TreeIterator<EObject> it = root.eAllContents(); it.hasNext();) {
            EObject o = it.next();
            for (EObject target : o.eCrossReferences()) {
                if (target.eIsProxy() && uri.equals(((InternalEObject) target).eProxyURI().toString())) {
                    return true;
                }
            }
        }
        return false;
    }

    static void reconnect(EObject root, String relationship, boolean source, Ref end) {
        Models.set(require(root, relationship), source ? "source" : "target", end.resolve(root));
    }

    static EObject addView(EObject root, String id, String name) {
        EObject v = NdafMetamodel.get().create("ArchimateView");
        Models.set(v, "id", id);
        Models.set(v, "name", name);
        Models.list(root, "views").add(v);
        return v;
    }

    /** A diagram node showing {@code element} in {@code parent} (a view or another node). */
    static EObject addNode(EObject root, String parent, String id, Ref element, int x, int y) {
        EObject n = NdafMetamodel.get().create("ElementNode");
        Models.set(n, "id", id);
        Models.set(n, "element", element.resolve(root));
        Models.set(n, "bounds", bounds(x, y, 120, 55));
        Models.list(require(root, parent), "children").add(n);
        return n;
    }

    static EObject bounds(int x, int y, int width, int height) {
        EObject b = NdafMetamodel.get().create("Bounds");
        Models.set(b, "x", x);
        Models.set(b, "y", y);
        Models.set(b, "width", width);
        Models.set(b, "height", height);
        return b;
    }

    static void setBounds(EObject root, String node, int x, int y, int width, int height) {
        Models.set(require(root, node), "bounds", bounds(x, y, width, height));
    }

    /** Moves diagram node {@code node} (with what it contains) into {@code parent}, a view or another node. */
    static void moveNode(EObject root, String node, String parent) {
        Models.<EObject>list(require(root, parent), "children").add(require(root, node));
    }

    static EObject addConnection(EObject root, String view, String id, String source, String target, String relationship) {
        EObject c = NdafMetamodel.get().create("Connection");
        Models.set(c, "id", id);
        Models.set(c, "source", require(root, source));
        Models.set(c, "target", require(root, target));
        if (relationship != null) {
            Models.set(c, "relationship", require(root, relationship));
        }
        Models.list(require(root, view), "connections").add(c);
        return c;
    }

    static EObject addFolder(EObject root, String parent, String id, String name) {
        EObject f = NdafMetamodel.get().create("Folder");
        Models.set(f, "id", id);
        Models.set(f, "name", name);
        Models.list(parent == null ? root : require(root, parent), "folders").add(f);
        return f;
    }

    /** Puts {@code member} into folder {@code folder}, taking it out of any other folder. */
    static void file(EObject root, String folder, String member) {
        EObject m = require(root, member);
        for (String f : ids(root, "Folder")) {
            Models.<EObject>list(require(root, f), "members").remove(m);
        }
        Models.<EObject>list(require(root, folder), "members").add(m);
    }

    static void unfile(EObject root, String member) {
        EObject m = require(root, member);
        for (String f : ids(root, "Folder")) {
            Models.<EObject>list(require(root, f), "members").remove(m);
        }
    }

    /** The folder that lists {@code member}, if any. */
    static String folderOf(EObject root, String member) {
        EObject m = require(root, member);
        for (String f : ids(root, "Folder")) {
            if (Models.<EObject>list(require(root, f), "members").contains(m)) {
                return f;
            }
        }
        return null;
    }

    /** The class of object {@code id}. */
    static EClass classOf(EObject root, String id) {
        return require(root, id).eClass();
    }
}
