package vn.ndaf.interop.model;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

import vn.ndaf.interop.io.Pairs.Pair;
import vn.ndaf.metamodel.Models;
import vn.ndaf.metamodel.NdafMetamodel;
import vn.ndaf.metamodel.validation.Describe;

/**
 * National concepts in ArchiMate-only formats (docs/adr/0004): each national class is its ArchiMate type plus
 * a specialization plus {@code ndaf:} properties, as the .ecore's annotations say. This class reads the
 * mapping from the metamodel and applies it both ways.
 */
public final class NationalConcepts {

    /** The prefix of every ndaf property key. */
    public static final String PREFIX = "ndaf:";
    /** The property keeping a concept's or view's original id when a format needed another one. */
    public static final String SOURCE_ID = "ndaf:sourceId";
    /** Ids of the specializations ndaf defines itself for national concepts start with this. */
    public static final String SYNTHETIC_PROFILE_PREFIX = "ndaf-specialization-";

    private static final NdafMetamodel MM = NdafMetamodel.get();
    private static final List<EClass> NATIONAL = MM.eClasses().stream().filter(c -> MM.specializationName(c) != null).toList();

    private NationalConcepts() {
    }

    /** The national classes, in metamodel order. */
    public static List<EClass> classes() {
        return NATIONAL;
    }

    public static boolean isNational(EClass eClass) {
        return MM.specializationName(eClass) != null;
    }

    /** The national class for an ArchiMate type and specialization name (case-insensitive), or null. */
    public static EClass classFor(String archimateType, String specializationName) {
        if (specializationName == null || archimateType == null) {
            return null;
        }
        for (EClass c : NATIONAL) {
            if (specializationName.equalsIgnoreCase(MM.specializationName(c)) && archimateType.equals(MM.archimateType(c))) {
                return c;
            }
        }
        return null;
    }

    /** The id ndaf gives the specialization of a national class when the model does not define one. */
    public static String syntheticProfileId(EClass national) {
        return SYNTHETIC_PROFILE_PREFIX + national.getName();
    }

    /** The features of a class that travel as ndaf: properties, in metamodel order. */
    public static List<EStructuralFeature> bindings(EClass eClass) {
        List<EStructuralFeature> features = new ArrayList<>();
        for (EStructuralFeature f : eClass.getEAllStructuralFeatures()) {
            if (MM.propertyKey(f) != null) {
                features.add(f);
            }
        }
        return features;
    }

    /**
     * The ndaf: properties of an element or architecture, in a fixed order: the national class's attributes
     * whenever they have a value, the element classification and the architecture's ndaf attributes when set
     * (a value equal to the default, such as the state baseline, is not written: reading gives it back).
     */
    public static List<Pair> propertiesOf(EObject o) {
        List<Pair> pairs = new ArrayList<>();
        for (EStructuralFeature f : bindings(o.eClass())) {
            boolean always = isNational(f.getEContainingClass());
            if (!always && !o.eIsSet(f)) {
                continue;
            }
            String value = format(o, f);
            if (value != null) {
                pairs.add(new Pair(MM.propertyKey(f), value));
            }
        }
        return pairs;
    }

    private static String format(EObject o, EStructuralFeature f) {
        Object value = o.eGet(f);
        if (value == null) {
            return null;
        }
        if (f.isMany()) {
            List<?> items = (List<?>) value;
            if (items.isEmpty()) {
                return null;
            }
            List<String> texts = new ArrayList<>();
            for (Object item : items) {
                texts.add(formatOne(f, item));
            }
            return String.join(",", texts);
        }
        return formatOne(f, value);
    }

    private static String formatOne(EStructuralFeature f, Object value) {
        if (value instanceof Enumerator e) {
            return e.getLiteral();
        }
        if (f instanceof EReference) {
            return Models.id((EObject) value);
        }
        return value.toString();
    }

    /**
     * Moves an object's ndaf: properties into its attributes. A property that cannot be read (unknown for the
     * class, bad value, dangling reference) stays a plain property and is reported through {@code warn};
     * {@code byId} finds objects of the same model by id.
     */
    public static void absorb(EObject o, java.util.function.Consumer<String> warn, Function<String, EObject> byId) {
        if (!Models.isA(o, "PropertyHolder")) {
            return;
        }
        List<EStructuralFeature> bindings = bindings(o.eClass());
        for (Iterator<EObject> it = Models.<EObject>list(o, "properties").iterator(); it.hasNext();) {
            EObject property = it.next();
            String key = Models.string(property, "key");
            if (key == null || !key.startsWith(PREFIX) || key.equals(SOURCE_ID) || key.equals(FederatedCopies.REF)) {
                continue;
            }
            String value = Models.string(property, "value");
            EStructuralFeature feature = bindings.stream().filter(f -> key.equals(MM.propertyKey(f))).findFirst().orElse(null);
            if (feature == null) {
                warn.accept(Describe.of(o) + " has the property " + key + " = '" + value + "', which is not an attribute of "
                        + (isNational(o.eClass()) || Models.isA(o, "Architecture") ? o.eClass().getName() : "a " + ArchimateTypes.typeOf(o.eClass())
                                + " without a national specialization")
                        + "; it is kept as a property");
                continue;
            }
            String problem = apply(o, feature, value, byId);
            if (problem != null) {
                warn.accept(Describe.of(o) + " has " + key + " = '" + value + "': " + problem + "; it is kept as a property");
                continue;
            }
            it.remove();
        }
    }

    /** Sets the feature from its text; returns why not, or null when done. */
    @SuppressWarnings("unchecked")
    private static String apply(EObject o, EStructuralFeature f, String value, Function<String, EObject> byId) {
        String text = value == null ? "" : value.trim();
        if (f instanceof EReference ref) {
            if (text.isEmpty()) {
                o.eSet(f, null);
                return null;
            }
            EObject target = byId.apply(text);
            if (target == null) {
                return "no object with id '" + text + "' is in the model";
            }
            if (!ref.getEReferenceType().isSuperTypeOf(target.eClass())) {
                return Describe.of(target) + " is not a " + ref.getEReferenceType().getName();
            }
            o.eSet(f, target);
            return null;
        }
        EAttribute attribute = (EAttribute) f;
        if (f.isMany()) {
            List<Object> parsed = new ArrayList<>();
            if (!text.isEmpty()) {
                for (String item : text.split(",")) {
                    Object v = parse(attribute.getEAttributeType(), item.trim());
                    if (v == null) {
                        return "'" + item.trim() + "' is not " + expected(attribute.getEAttributeType());
                    }
                    parsed.add(v);
                }
            }
            List<Object> list = (List<Object>) o.eGet(f);
            list.clear();
            list.addAll(parsed);
            return null;
        }
        if (text.isEmpty() && attribute.getEAttributeType().getInstanceClass() == String.class) {
            o.eSet(f, null);
            return null;
        }
        Object v = parse(attribute.getEAttributeType(), text);
        if (v == null) {
            return "'" + text + "' is not " + expected(attribute.getEAttributeType());
        }
        o.eSet(f, v);
        return null;
    }

    private static Object parse(EDataType type, String text) {
        if (type instanceof EEnum eEnum) {
            EEnumLiteral literal = eEnum.getEEnumLiteralByLiteral(text);
            return literal == null ? null : literal.getInstance();
        }
        Class<?> c = type.getInstanceClass();
        if (c == boolean.class || c == Boolean.class) {
            return text.equals("true") ? Boolean.TRUE : text.equals("false") ? Boolean.FALSE : null;
        }
        if (c == int.class || c == Integer.class) {
            try {
                return Integer.valueOf(text);
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return text;
    }

    private static String expected(EDataType type) {
        if (type instanceof EEnum eEnum) {
            return "one of " + eEnum.getELiterals().stream().map(EEnumLiteral::getLiteral).toList();
        }
        Class<?> c = type.getInstanceClass();
        if (c == boolean.class || c == Boolean.class) {
            return "true or false";
        }
        if (c == int.class || c == Integer.class) {
            return "a whole number";
        }
        return "a " + type.getName().toLowerCase(Locale.ROOT);
    }
}
