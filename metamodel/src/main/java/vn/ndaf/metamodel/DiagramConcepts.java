package vn.ndaf.metamodel;

import org.eclipse.emf.ecore.EObject;

/** What the pieces of a view stand for in the model. */
public final class DiagramConcepts {

    private DiagramConcepts() {
    }

    /**
     * The concept a connection end shows: an element node's element, a connection's relationship, otherwise
     * the end itself (a note, a group, a plain line).
     */
    public static EObject shown(EObject end) {
        if (end != null && Models.isA(end, "ElementNode")) {
            return (EObject) Models.get(end, "element");
        }
        if (end != null && Models.isA(end, "Connection") && Models.get(end, "relationship") != null) {
            return (EObject) Models.get(end, "relationship");
        }
        return end;
    }
}
