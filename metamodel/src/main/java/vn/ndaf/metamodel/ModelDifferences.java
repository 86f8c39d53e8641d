package vn.ndaf.metamodel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * The structural differences between two models, as readable lines: path, feature, left and right value.
 * Containment is compared position by position; references by the id of their target (or the URI of a
 * proxy); attributes by value. Empty when the models are equal.
 */
public final class ModelDifferences {

    private static final int LIMIT = 200;

    private final List<String> differences = new ArrayList<>();

    private ModelDifferences() {
    }

    public static List<String> between(EObject left, EObject right) {
        ModelDifferences d = new ModelDifferences();
        d.compare(left, right, path(left));
        return d.differences;
    }

    private void compare(EObject left, EObject right, String path) {
        if (differences.size() >= LIMIT) {
            return;
        }
        if (left.eClass() != right.eClass()) {
            add(path, "class", left.eClass().getName(), right.eClass().getName());
            return;
        }
        for (EStructuralFeature feature : left.eClass().getEAllStructuralFeatures()) {
            if (feature.isDerived() || feature.isTransient()) {
                continue;
            }
            if (feature instanceof EAttribute) {
                Object l = left.eGet(feature);
                Object r = right.eGet(feature);
                if (!sameValue(l, r) || left.eIsSet(feature) != right.eIsSet(feature)) {
                    add(path, feature.getName(), show(l, left.eIsSet(feature)), show(r, right.eIsSet(feature)));
                }
            } else {
                compareReference(left, right, (EReference) feature, path);
            }
        }
    }

    private void compareReference(EObject left, EObject right, EReference reference, String path) {
        List<EObject> l = values(left, reference);
        List<EObject> r = values(right, reference);
        if (reference.isContainment()) {
            if (l.size() != r.size()) {
                add(path, reference.getName() + ".size", Integer.toString(l.size()), Integer.toString(r.size()));
            }
            for (int i = 0; i < Math.min(l.size(), r.size()); i++) {
                compare(l.get(i), r.get(i), path + "/" + reference.getName() + "[" + label(l.get(i), i) + "]");
            }
        } else {
            List<String> lk = l.stream().map(ModelDifferences::key).toList();
            List<String> rk = r.stream().map(ModelDifferences::key).toList();
            if (!lk.equals(rk)) {
                add(path, reference.getName(), lk.toString(), rk.toString());
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static List<EObject> values(EObject o, EReference reference) {
        Object value = o.eGet(reference, false);
        if (reference.isMany()) {
            return (List<EObject>) value;
        }
        return value == null ? List.of() : List.of((EObject) value);
    }

    private static String key(EObject target) {
        if (target.eIsProxy()) {
            return ((InternalEObject) target).eProxyURI().toString();
        }
        String id = EcoreUtil.getID(target);
        return id != null ? id : target.eClass().getName() + "@" + EcoreUtil.getRelativeURIFragmentPath(EcoreUtil.getRootContainer(target), target);
    }

    private static String label(EObject o, int index) {
        String id = EcoreUtil.getID(o);
        return id != null ? id : Integer.toString(index);
    }

    private static String path(EObject o) {
        String id = EcoreUtil.getID(o);
        return o.eClass().getName() + (id == null ? "" : "[" + id + "]");
    }

    private static boolean sameValue(Object l, Object r) {
        if (l instanceof byte[] a && r instanceof byte[] b) {
            return Arrays.equals(a, b);
        }
        return Objects.equals(l, r);
    }

    private static String show(Object value, boolean set) {
        if (!set) {
            return "(unset)";
        }
        return value instanceof byte[] b ? Arrays.toString(b) : String.valueOf(value);
    }

    private void add(String path, String feature, String left, String right) {
        if (differences.size() < LIMIT) {
            differences.add(path + "." + feature + ": " + left + " != " + right);
        }
    }
}
