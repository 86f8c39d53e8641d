package vn.ndaf.metamodel.validation;

import org.eclipse.emf.ecore.EObject;

/** How objects are named in messages: type, name and id, e.g. {@code BusinessActor 'Customer' (id 1234)}. */
public final class Describe {

    private Describe() {
    }

    public static String of(EObject o) {
        if (o == null) {
            return "nothing";
        }
        StringBuilder sb = new StringBuilder(o.eClass().getName());
        Object name = value(o, "name");
        if (name != null && !name.toString().isBlank()) {
            sb.append(" '").append(name).append('\'');
        }
        Object id = value(o, "id");
        if (id != null) {
            sb.append(" (id ").append(id).append(')');
        }
        return sb.toString();
    }

    public static Object value(EObject o, String feature) {
        var f = o.eClass().getEStructuralFeature(feature);
        return f == null ? null : o.eGet(f);
    }
}
