package vn.ndaf.interop.csv;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;

import vn.ndaf.interop.io.Problems;
import vn.ndaf.metamodel.DiagramConcepts;
import vn.ndaf.metamodel.Models;
import vn.ndaf.metamodel.validation.Describe;

/**
 * After relationships changed their ends, the view connections showing them must follow, as in Archi: each
 * is reconnected to the first object of the same view that shows the new end, or removed (with what hangs
 * on it) when the view shows no such object; removals are reported.
 */
final class ConnectionRepair {

    private ConnectionRepair() {
    }

    static void afterEndsChanged(EObject architecture, Set<String> relationshipIds, Problems problems) {
        if (relationshipIds.isEmpty()) {
            return;
        }
        for (EObject view : Models.<EObject>list(architecture, "views")) {
            List<EObject> connections = Models.list(view, "connections");
            for (EObject c : List.copyOf(connections)) {
                EObject r = (EObject) Models.get(c, "relationship");
                if (r == null || !relationshipIds.contains(Models.id(r)) || !connections.contains(c)) {
                    continue;
                }
                EObject source = (EObject) Models.get(r, "source");
                EObject target = (EObject) Models.get(r, "target");
                if (DiagramConcepts.shown((EObject) Models.get(c, "source")) == source && DiagramConcepts.shown((EObject) Models.get(c, "target")) == target) {
                    continue;
                }
                EObject newSource = firstShowing(view, source);
                EObject newTarget = firstShowing(view, target);
                if (newSource != null && newTarget != null) {
                    Models.set(c, "source", newSource);
                    Models.set(c, "target", newTarget);
                    Models.list(c, "bendpoints").clear();
                } else {
                    remove(c, connections);
                    problems.warn(0, "the connection " + Models.id(c) + " of view " + Describe.of(view) + " showed " + Describe.of(r)
                            + ", whose ends changed to objects the view does not show; it was removed");
                }
            }
        }
    }

    private static EObject firstShowing(EObject view, EObject concept) {
        for (TreeIterator<EObject> it = view.eAllContents(); it.hasNext();) {
            EObject o = it.next();
            if ((Models.isA(o, "ElementNode") || Models.isA(o, "Connection")) && DiagramConcepts.shown(o) == concept) {
                return o;
            }
        }
        return null;
    }

    private static void remove(EObject connection, List<EObject> connections) {
        List<EObject> attached = new ArrayList<>();
        for (EObject other : connections) {
            if (Models.get(other, "source") == connection || Models.get(other, "target") == connection) {
                attached.add(other);
            }
        }
        connections.remove(connection);
        for (EObject a : attached) {
            remove(a, connections);
        }
    }
}
