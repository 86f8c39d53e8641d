package vn.ndaf.metamodel.validation;

import org.eclipse.emf.ecore.EObject;

/**
 * One finding of model validation: which rule, how severe, on which object, and a message a person can act on.
 */
public record Problem(String rule, Severity severity, EObject object, String message) {

    public enum Severity {
        ERROR, WARNING
    }

    /** The id of the object the problem is on, or null. */
    public String objectId() {
        var f = object == null ? null : object.eClass().getEStructuralFeature("id");
        Object id = f == null ? null : object.eGet(f);
        return id == null ? null : id.toString();
    }

    @Override
    public String toString() {
        return severity + " [" + rule + "] " + message;
    }
}
