package vn.ndaf.interop.model;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EAnnotation;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;

import vn.ndaf.metamodel.Models;
import vn.ndaf.metamodel.NdafMetamodel;

/**
 * The ArchiMate types of the metamodel by the names the formats use: Archi's class names
 * ({@code BusinessActor}, {@code ServingRelationship}), the exchange format's ({@code BusinessActor},
 * {@code Serving}, {@code AndJunction}), and the legacy names older Archi files still use.
 */
public final class ArchimateTypes {

    private static final NdafMetamodel MM = NdafMetamodel.get();
    private static final Map<String, EClass> ELEMENTS = new LinkedHashMap<>();
    private static final Map<String, EClass> RELATIONSHIPS = new LinkedHashMap<>();
    private static final Map<String, String> LEGACY = new HashMap<>();

    static {
        EClass element = MM.eClass("Element");
        EClass relationship = MM.eClass("Relationship");
        for (EClass c : MM.eClasses()) {
            EAnnotation a = c.getEAnnotation(NdafMetamodel.ANNOTATION_ARCHIMATE);
            String type = a == null ? null : a.getDetails().get("type");
            if (type == null || c.isAbstract() || !type.equals(c.getName())) {
                continue;
            }
            if (element.isSuperTypeOf(c)) {
                ELEMENTS.put(type, c);
            } else if (relationship.isSuperTypeOf(c)) {
                RELATIONSHIPS.put(type, c);
            }
        }
        LEGACY.put("UsedByRelationship", "ServingRelationship");
        LEGACY.put("RealisationRelationship", "RealizationRelationship");
        LEGACY.put("SpecialisationRelationship", "SpecializationRelationship");
        LEGACY.put("CommunicationPath", "Path");
        // Archi's ArchiMate 2 to 3 converter maps Network to DistributionNetwork
        LEGACY.put("Network", "DistributionNetwork");
        LEGACY.put("InfrastructureInterface", "TechnologyInterface");
        LEGACY.put("InfrastructureFunction", "TechnologyFunction");
        LEGACY.put("InfrastructureService", "TechnologyService");
        LEGACY.put("AndJunction", "Junction");
        LEGACY.put("OrJunction", "Junction");
        LEGACY.put("BusinessActivity", "BusinessProcess");
    }

    private ArchimateTypes() {
    }

    /** The element class named {@code archimateName} (e.g. BusinessActor, Junction), or null. */
    public static EClass element(String archimateName) {
        return ELEMENTS.get(archimateName);
    }

    /** The relationship class named {@code archimateName} (e.g. ServingRelationship), or null. */
    public static EClass relationship(String archimateName) {
        return RELATIONSHIPS.get(archimateName);
    }

    /** The 61 element type names, in metamodel order. */
    public static List<String> elementNames() {
        return List.copyOf(ELEMENTS.keySet());
    }

    public static List<String> relationshipNames() {
        return List.copyOf(RELATIONSHIPS.keySet());
    }

    /** Archi's current name for a legacy type name (UsedByRelationship -> ServingRelationship), or the name itself. */
    public static String currentArchiName(String name) {
        return LEGACY.getOrDefault(name, name);
    }

    /** The ArchiMate type of an object's class (national concepts give their base type), or null. */
    public static String typeOf(EClass eClass) {
        return MM.archimateType(eClass);
    }

    /** The ArchiMate layer of a class: strategy, business, application, technology, physical, motivation, ... */
    public static String layerOf(EClass eClass) {
        for (EClass c = eClass; c != null; c = c.getESuperTypes().isEmpty() ? null : c.getESuperTypes().get(0)) {
            EAnnotation a = c.getEAnnotation(NdafMetamodel.ANNOTATION_ARCHIMATE);
            if (a != null && a.getDetails().get("layer") != null) {
                return a.getDetails().get("layer");
            }
        }
        return null;
    }

    public static boolean isElement(EObject o) {
        return Models.isA(o, "Element");
    }

    public static boolean isRelationship(EObject o) {
        return Models.isA(o, "Relationship");
    }

    public static boolean isConcept(EObject o) {
        return Models.isA(o, "Concept");
    }

    public static boolean isView(EObject o) {
        return Models.isA(o, "View");
    }

    /** The exchange format's xsi:type of a concept: element types as they are, AndJunction/OrJunction, relationships without the suffix. */
    public static String exchangeType(EObject concept) {
        String type = typeOf(concept.eClass());
        if ("Junction".equals(type)) {
            return "or".equals(Models.string(concept, "type")) ? "OrJunction" : "AndJunction";
        }
        if (isRelationship(concept)) {
            return type.substring(0, type.length() - "Relationship".length());
        }
        return type;
    }

    /** The relationship class of an exchange type name (Serving -> ServingRelationship), or null. */
    public static EClass relationshipOfExchangeType(String exchangeName) {
        return RELATIONSHIPS.get(exchangeName + "Relationship");
    }
}
