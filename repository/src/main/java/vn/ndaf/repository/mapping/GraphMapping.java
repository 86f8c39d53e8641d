package vn.ndaf.repository.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

import vn.ndaf.metamodel.NdafMetamodel;

/**
 * How the metamodel maps to the graph, derived from the EClasses (docs/graph-model.md):
 * <ul>
 * <li>an object whose class is {@code Identified} is a node; its labels are its class and every superclass
 *     except the mixins (Named, Documented, PropertyHolder, FeatureHolder);</li>
 * <li>attributes are node properties of the same name (enums as their literal);</li>
 * <li>value objects (properties, language variants, features, bounds, bendpoints, images) are kept on their
 *     owner as a JSON string property named after the containment reference;</li>
 * <li>every other reference, containment or not, is a relationship from owner to target whose type is the
 *     reference name in upper snake case (elements -> ELEMENTS, source -> SOURCE), with an {@code idx}
 *     property giving the order.</li>
 * </ul>
 */
public final class GraphMapping {

    /** Properties ndaf adds to every node beside the metamodel's attributes. */
    public static final String UID = "uid";
    public static final String ARCH = "arch";
    public static final String TYPE = "_type";
    public static final String VERSION = "_version";
    public static final String REV = "_rev";
    public static final String CREATED_REV = "_createdRev";
    public static final Set<String> BOOKKEEPING = Set.of(UID, ARCH, TYPE, VERSION, REV, CREATED_REV);

    private static final Set<String> MIXINS = Set.of("Named", "Documented", "PropertyHolder", "FeatureHolder");
    private static final Map<EClass, List<String>> LABELS = new ConcurrentHashMap<>();
    private static final Map<EClass, Map<String, EReference>> EDGE_REFERENCES = new ConcurrentHashMap<>();

    private static final EClass IDENTIFIED = NdafMetamodel.get().eClass("Identified");

    private GraphMapping() {
    }

    /** Whether objects of this class become nodes (as opposed to values kept on their owner). */
    public static boolean isNode(EClass eClass) {
        return IDENTIFIED.isSuperTypeOf(eClass);
    }

    /** Whether this reference is kept as a JSON property of its owner rather than as relationships. */
    public static boolean isEmbedded(EReference reference) {
        return reference.isContainment() && !isNode(reference.getEReferenceType());
    }

    /** Node labels for the class, most specific first. */
    public static List<String> labels(EClass eClass) {
        return LABELS.computeIfAbsent(eClass, c -> {
            List<String> labels = new ArrayList<>();
            labels.add(c.getName());
            for (EClass s : c.getEAllSuperTypes()) {
                if (!MIXINS.contains(s.getName())) {
                    labels.add(s.getName());
                }
            }
            return List.copyOf(labels);
        });
    }

    /** The relationship type of a reference: its name in upper snake case. */
    public static String edgeType(EReference reference) {
        return upperSnake(reference.getName());
    }

    /** The reference of {@code eClass} stored as relationships of type {@code edgeType}, or null. */
    public static EReference referenceForEdge(EClass eClass, String edgeType) {
        return EDGE_REFERENCES.computeIfAbsent(eClass, c -> {
            Map<String, EReference> byType = new ConcurrentHashMap<>();
            for (EReference r : c.getEAllReferences()) {
                if (!isEmbedded(r) && isPersisted(r)) {
                    byType.put(edgeType(r), r);
                }
            }
            return byType;
        }).get(edgeType);
    }

    /** The attributes of a class that are stored. */
    public static List<EAttribute> attributes(EClass eClass) {
        return eClass.getEAllAttributes().stream().filter(GraphMapping::isPersisted).toList();
    }

    /** The references of a class that are stored, embedded or as relationships. */
    public static List<EReference> references(EClass eClass) {
        return eClass.getEAllReferences().stream().filter(GraphMapping::isPersisted).toList();
    }

    static boolean isPersisted(EStructuralFeature feature) {
        return !feature.isTransient() && !feature.isDerived() && !feature.isVolatile();
    }

    static String upperSnake(String camel) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < camel.length(); i++) {
            char ch = camel.charAt(i);
            if (Character.isUpperCase(ch) && i > 0) {
                sb.append('_');
            }
            sb.append(ch);
        }
        return sb.toString().toUpperCase(Locale.ROOT);
    }
}
