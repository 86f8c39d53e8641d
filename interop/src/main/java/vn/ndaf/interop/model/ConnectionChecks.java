package vn.ndaf.interop.model;

import org.eclipse.emf.ecore.EObject;

import vn.ndaf.interop.io.Problems;
import vn.ndaf.metamodel.DiagramConcepts;
import vn.ndaf.metamodel.Models;
import vn.ndaf.metamodel.validation.Describe;

/** Checks on diagram connections once their ends are known. */
public final class ConnectionChecks {

    private ConnectionChecks() {
    }

    /** A connection showing a relationship must join what the relationship joins (its element or relationship at each end). */
    public static void checkShowsRelationship(EObject connection, int line, Problems problems) {
        EObject relationship = (EObject) Models.get(connection, "relationship");
        if (relationship == null) {
            return;
        }
        EObject shownSource = DiagramConcepts.shown((EObject) Models.get(connection, "source"));
        EObject shownTarget = DiagramConcepts.shown((EObject) Models.get(connection, "target"));
        EObject source = (EObject) Models.get(relationship, "source");
        EObject target = (EObject) Models.get(relationship, "target");
        if (shownSource != source || shownTarget != target) {
            throw problems.error(line, "connection '" + Models.id(connection) + "' shows " + Describe.of(relationship) + " from " + Describe.of(source)
                    + " to " + Describe.of(target) + ", but joins " + Describe.of(shownSource) + " to " + Describe.of(shownTarget));
        }
    }
}
