package vn.ndaf.interop.rdf;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * ndaf's RDF vocabulary (docs/rdf-vocabulary.md): one namespace for classes (ArchiMate types, national
 * concepts, views) and properties, one for user property keys, and IRIs for the architectures and their
 * objects.
 */
public final class NdafVocabulary {

    /** Classes and properties. */
    public static final String NS = "https://ndaf.vn/ns/archimate#";
    /** User property keys, percent-encoded: a property "Owner body" is {@code ndafp:Owner%20body}. */
    public static final String PROPERTY_NS = "https://ndaf.vn/ns/property#";
    /** Architectures and their objects: {@code <base><architecture id>} and {@code <base><architecture id>/<object id>}. */
    public static final String ID_BASE = "https://ndaf.vn/id/";

    public static final Resource ARCHITECTURE = cls("Architecture");
    public static final Resource ELEMENT = cls("Element");
    public static final Resource RELATIONSHIP = cls("Relationship");
    public static final Resource VIEW = cls("View");
    public static final Resource PROPERTY_VALUE = cls("PropertyValue");

    public static final Property ELEMENT_OF = prop("element");
    public static final Property RELATIONSHIP_OF = prop("relationship");
    public static final Property VIEW_OF = prop("view");
    public static final Property IDENTIFIER = prop("identifier");
    public static final Property SOURCE = prop("source");
    public static final Property TARGET = prop("target");
    public static final Property SPECIALIZATION = prop("specializationName");
    public static final Property HAS_PROPERTY = prop("property");
    public static final Property KEY = prop("key");
    public static final Property VALUE = prop("value");
    public static final Property SHOWS = prop("shows");
    public static final Property VIEWPOINT = prop("viewpoint");
    public static final Property ARCHIMATE_TYPE = prop("archimateType");

    private NdafVocabulary() {
    }

    public static Resource cls(String name) {
        return ResourceFactory.createResource(NS + name);
    }

    public static Property prop(String name) {
        return ResourceFactory.createProperty(NS + name);
    }

    /** The property of a user property key. */
    public static Property userKey(String key) {
        return ResourceFactory.createProperty(PROPERTY_NS + encode(key == null ? "" : key));
    }

    /** The direct property a relationship type stands for: ServingRelationship gives ndaf:serving. */
    public static Property direct(String relationshipType) {
        String base = relationshipType.endsWith("Relationship") ? relationshipType.substring(0, relationshipType.length() - "Relationship".length())
                : relationshipType;
        return prop(Character.toLowerCase(base.charAt(0)) + base.substring(1));
    }

    public static String architectureIri(String architectureId) {
        return ID_BASE + encode(architectureId);
    }

    public static String objectIri(String architectureId, String objectId) {
        return architectureIri(architectureId) + "/" + encode(objectId);
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static void prefixes(Model model) {
        model.setNsPrefix("ndaf", NS);
        model.setNsPrefix("ndafp", PROPERTY_NS);
        model.setNsPrefix("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
        model.setNsPrefix("skos", "http://www.w3.org/2004/02/skos/core#");
        model.setNsPrefix("xsd", "http://www.w3.org/2001/XMLSchema#");
    }
}
