package vn.ndaf.metamodel.validation.invariants;

import java.util.function.Consumer;

import org.eclipse.emf.ecore.EObject;

import vn.ndaf.metamodel.DiagramConcepts;
import vn.ndaf.metamodel.Models;
import vn.ndaf.metamodel.validation.Describe;
import vn.ndaf.metamodel.validation.Invariant;
import vn.ndaf.metamodel.validation.Problem;

/**
 * A connection that shows a relationship joins the nodes of that relationship's source and target (a node
 * of an element, or a connection showing a relationship), as Archi requires.
 */
final class ConnectionShowsItsRelationship implements Invariant {

    @Override
    public String id() {
        return "ndaf.connection.relationshipEnds";
    }

    @Override
    public String title() {
        return "a connection showing a relationship joins the nodes of that relationship's ends";
    }

    @Override
    public boolean appliesTo(EObject object) {
        return object.eClass().getName().equals("Connection") && Models.get(object, "relationship") != null;
    }

    @Override
    public void check(EObject connection, Consumer<Problem> report) {
        EObject relationship = (EObject) Models.get(connection, "relationship");
        if (relationship.eIsProxy()) {
            return;
        }
        EObject shownSource = DiagramConcepts.shown((EObject) Models.get(connection, "source"));
        EObject shownTarget = DiagramConcepts.shown((EObject) Models.get(connection, "target"));
        EObject source = (EObject) Models.get(relationship, "source");
        EObject target = (EObject) Models.get(relationship, "target");
        if (!same(shownSource, source) || !same(shownTarget, target)) {
            report.accept(new Problem(id(), Problem.Severity.ERROR, connection, "Connection " + Models.id(connection) + " shows " + Describe.of(relationship)
                    + " but joins " + Describe.of(shownSource) + " to " + Describe.of(shownTarget) + " instead of " + Describe.of(source) + " to "
                    + Describe.of(target) + ". Reconnect it or make it show the right relationship."));
        }
    }


    /** The same object; in a model loaded from the store, two references to another architecture's element are two proxies of one URI. */
    private static boolean same(EObject a, EObject b) {
        if (a == b) {
            return true;
        }
        return a != null && b != null && a.eIsProxy() && b.eIsProxy() && org.eclipse.emf.ecore.util.EcoreUtil.getURI(a).equals(org.eclipse.emf.ecore.util.EcoreUtil.getURI(b));
    }
}
