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
 * <li>an ArchiMate relationship between two elements is a Neo4j relationship from its source to its target
 *     whose type is its kind in upper snake case (ServingRelationship -> SERVING), carrying the same
 *     properties a node would; a relationship with a relationship at one end is a node;</li>
 * <li>what the root (the architecture) contains directly is not linked to it by relationships: each object's
 *     uid starts with the root's uid, and it carries its position ({@code _idx}) in the root's list for its kind;</li>
 * <li>every other reference is a relationship from owner to target whose type is the reference name in upper
 *     snake case (children -> CHILDREN, element -> ELEMENT), with an {@code idx} property giving the order;
 *     a reference list that points at ArchiMate relationships is kept as JSON in {@code _refs}.</li>
 * </ul>
 */
public final class GraphMapping {

    /** Properties ndaf adds to every node beside the metamodel's attributes. */
    public static final String UID = "uid";
    /** Nodes written before 2026-11-28 also stored their root's uid; ignored when read (see GraphUris#rootUidOfUid). */
    public static final String ARCH = "arch";
    public static final String TYPE = "_type";
    public static final String VERSION = "_version";
    public static final String REV = "_rev";
    public static final String CREATED_REV = "_createdRev";
    /** On objects the root contains directly: the position in the root's list for their kind. */
    public static final String IDX = "_idx";
    /** Older stores kept the list's name too; ignored when read. */
    public static final String IN = "_in";
    /** References kept as a property (JSON: type -> ordered uids), because they point at relationships. */
    public static final String REFS = "_refs";
    public static final Set<String> BOOKKEEPING = Set.of(UID, ARCH, TYPE, VERSION, REV, CREATED_REV, IN, IDX, REFS);

    /**
     * The abstract classes that are labels: Identified carries the uid constraint, Concept and View the name
     * and full-text indexes, Relationship the listing of relationships stored as nodes.
     */
    public static final Set<String> LOOKUP_LABELS = Set.of("Identified", "Concept", "View", "Relationship");
    private static final Map<EClass, List<String>> LABELS = new ConcurrentHashMap<>();
    private static final Map<String, String> RELATIONSHIP_EDGE_TYPES = new ConcurrentHashMap<>();
    private static final Map<EClass, Map<String, EReference>> EDGE_REFERENCES = new ConcurrentHashMap<>();
    private static final Map<EClass, Map<EClass, String>> CONTAINMENTS = new ConcurrentHashMap<>();
    private static final Map<EClass, List<EAttribute>> ATTRIBUTES = new ConcurrentHashMap<>();
    private static final Map<EClass, List<EReference>> REFERENCES = new ConcurrentHashMap<>();
    private static final Map<EReference, String> EDGE_TYPES = new ConcurrentHashMap<>();
    private static final Map<String, Boolean> RELATIONSHIP_TYPES = new ConcurrentHashMap<>();

    private static final EClass IDENTIFIED = NdafMetamodel.get().eClass("Identified");
    private static final EClass RELATIONSHIP = NdafMetamodel.get().eClass("Relationship");

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

    /**
     * Node labels for the class, most specific first: the class, its concrete superclasses, and the abstract
     * superclasses the store finds nodes by ({@link #LOOKUP_LABELS}): Database gets Database,
     * InformationSystem, ApplicationComponent, Concept, Identified. Other abstract classes (Element,
     * BusinessElement, DiagramObject, ...) add no label: the type tells them, and every label costs at each
     * write, once on the node and again in the counts of each of its relationships.
     */
    public static List<String> labels(EClass eClass) {
        return LABELS.computeIfAbsent(eClass, c -> {
            List<String> labels = new ArrayList<>();
            labels.add(c.getName());
            for (EClass s : c.getEAllSuperTypes()) {
                if (!s.isAbstract() || LOOKUP_LABELS.contains(s.getName())) {
                    labels.add(s.getName());
                }
            }
            return List.copyOf(labels);
        });
    }

    /**
     * The containment list (as a relationship type name, e.g. ELEMENTS) of a root of class {@code root} that
     * holds objects of class {@code child}; each root class holds each kind of child in one list only.
     */
    public static String containmentOf(EClass root, EClass child) {
        return CONTAINMENTS.computeIfAbsent(root, r -> new ConcurrentHashMap<>()).computeIfAbsent(child, c -> {
            String found = null;
            for (EReference reference : root.getEAllContainments()) {
                if (isNode(reference.getEReferenceType()) && reference.getEReferenceType().isSuperTypeOf(child)) {
                    if (found != null) {
                        throw new IllegalStateException(root.getName() + " can hold a " + child.getName() + " in two lists; its placement would be ambiguous");
                    }
                    found = edgeType(reference);
                }
            }
            if (found == null) {
                throw new IllegalStateException(root.getName() + " cannot hold a " + child.getName());
            }
            return found;
        });
    }

    /** The relationship type of a reference: its name in upper snake case. */
    public static String edgeType(EReference reference) {
        return EDGE_TYPES.computeIfAbsent(reference, r -> upperSnake(r.getName()));
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
        return ATTRIBUTES.computeIfAbsent(eClass, c -> c.getEAllAttributes().stream().filter(GraphMapping::isPersisted).toList());
    }

    /** The references of a class that are stored, embedded or as relationships. */
    public static List<EReference> references(EClass eClass) {
        return REFERENCES.computeIfAbsent(eClass, c -> c.getEAllReferences().stream().filter(GraphMapping::isPersisted).toList());
    }

    /** Whether objects of this class are ArchiMate relationships. */
    public static boolean isRelationship(String type) {
        return RELATIONSHIP_TYPES.computeIfAbsent(type, t -> {
            EClass eClass = NdafMetamodel.get().findEClass(t);
            return eClass != null && RELATIONSHIP.isSuperTypeOf(eClass);
        });
    }

    /** The Neo4j relationship type of an ArchiMate relationship class: ServingRelationship -> SERVING. */
    public static String relationshipEdgeType(String type) {
        return RELATIONSHIP_EDGE_TYPES.computeIfAbsent(type,
                t -> upperSnake(t.endsWith("Relationship") ? t.substring(0, t.length() - "Relationship".length()) : t));
    }

    /** The ArchiMate relationship class stored as Neo4j relationships of this type: SERVING -> ServingRelationship. */
    public static String relationshipClassOf(String edgeType) {
        StringBuilder name = new StringBuilder();
        for (String part : edgeType.toLowerCase(Locale.ROOT).split("_")) {
            name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return name.append("Relationship").toString();
    }

    /** Whether the reference named by {@code edgeType} of the class is a containment. */
    public static boolean isContainment(EClass eClass, String edgeType) {
        EReference reference = referenceForEdge(eClass, edgeType);
        return reference != null && reference.isContainment();
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
