package vn.ndaf.metamodel;

import java.util.List;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * Small helpers to build and read ndaf models reflectively, by feature name, with errors that name the
 * class and the feature. Enum attributes take and give their literal ("read", "target").
 */
public final class Models {

    private static final NdafMetamodel MM = NdafMetamodel.get();

    private Models() {
    }

    /** A new architecture with its source id and name. */
    public static EObject architecture(String id, String name) {
        EObject a = MM.create("Architecture");
        set(a, "id", id);
        set(a, "name", name);
        return a;
    }

    /** A new element of {@code type} added to the architecture. */
    public static EObject element(EObject architecture, String type, String id, String name) {
        EObject e = MM.create(type);
        if (!MM.isA(e.eClass(), "Element")) {
            throw new IllegalArgumentException("'" + type + "' is not an element type");
        }
        set(e, "id", id);
        set(e, "name", name);
        list(architecture, "elements").add(e);
        return e;
    }

    /** A new relationship of {@code type} (e.g. ServingRelationship) added to the architecture. */
    public static EObject relationship(EObject architecture, String type, String id, EObject source, EObject target) {
        EObject r = MM.create(type);
        if (!MM.isA(r.eClass(), "Relationship")) {
            throw new IllegalArgumentException("'" + type + "' is not a relationship type");
        }
        set(r, "id", id);
        set(r, "source", source);
        set(r, "target", target);
        list(architecture, "relationships").add(r);
        return r;
    }

    /** A property key=value added to a property holder. */
    public static EObject property(EObject holder, String key, String value) {
        EObject p = MM.create("Property");
        set(p, "key", key);
        set(p, "value", value);
        list(holder, "properties").add(p);
        return p;
    }

    public static EStructuralFeature feature(EObject o, String name) {
        EStructuralFeature f = o.eClass().getEStructuralFeature(name);
        if (f == null) {
            throw new IllegalArgumentException(o.eClass().getName() + " has no feature '" + name + "'");
        }
        return f;
    }

    /** Sets a feature; enum attributes accept their literal or name as a string. */
    public static EObject set(EObject o, String name, Object value) {
        EStructuralFeature f = feature(o, name);
        if (f.getEType() instanceof EEnum eEnum && value instanceof String s) {
            EEnumLiteral literal = eEnum.getEEnumLiteralByLiteral(s);
            if (literal == null) {
                literal = eEnum.getEEnumLiteral(s);
            }
            if (literal == null) {
                throw new IllegalArgumentException("'" + s + "' is not a value of " + eEnum.getName() + " (" + o.eClass().getName() + "." + name + ")");
            }
            o.eSet(f, literal.getInstance());
        } else {
            o.eSet(f, value);
        }
        return o;
    }

    public static Object get(EObject o, String name) {
        return o.eGet(feature(o, name));
    }

    public static String string(EObject o, String name) {
        Object v = get(o, name);
        return v == null ? null : v.toString();
    }

    @SuppressWarnings("unchecked")
    public static <T> EList<T> list(EObject o, String name) {
        EStructuralFeature f = feature(o, name);
        if (!f.isMany()) {
            throw new IllegalArgumentException(o.eClass().getName() + "." + name + " is not a list");
        }
        return (EList<T>) o.eGet(f);
    }

    public static boolean isA(EObject o, String className) {
        return MM.isA(o.eClass(), className);
    }

    /** The elements of an architecture of the given class (or subclasses). */
    public static List<EObject> elementsOf(EObject architecture, String className) {
        EClass eClass = MM.eClass(className);
        return Models.<EObject>list(architecture, "elements").stream().filter(e -> eClass.isSuperTypeOf(e.eClass()) || e.eClass() == eClass).toList();
    }

    public static String id(EObject o) {
        return string(o, "id");
    }
}
