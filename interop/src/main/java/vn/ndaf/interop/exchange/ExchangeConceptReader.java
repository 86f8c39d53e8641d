package vn.ndaf.interop.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;

import vn.ndaf.interop.ImportWarning;
import vn.ndaf.interop.exchange.ExchangePropertyReader.RawProperty;
import vn.ndaf.interop.io.XmlElement;
import vn.ndaf.interop.model.ArchimateTypes;
import vn.ndaf.interop.model.LangTexts;
import vn.ndaf.interop.model.ModelCompletion;
import vn.ndaf.interop.model.Specializations;
import vn.ndaf.metamodel.Models;
import vn.ndaf.metamodel.NdafMetamodel;
import vn.ndaf.metamodel.validation.Describe;

/** Reads the elements and relationships of an exchange file. */
final class ExchangeConceptReader {

    private static final Set<String> ELEMENT_ATTRIBUTES = Set.of("identifier");
    private static final Set<String> RELATIONSHIP_ATTRIBUTES = Set.of("identifier", "source", "target", "accessType", "modifier", "isDirected");
    private static final Set<String> CONCEPT_CHILDREN = Set.of("name", "documentation", "properties");
    private static final Set<String> NDAF_ATTRIBUTES = Set.of("features", "profiles");

    private record Ends(EObject relationship, String source, String target, XmlElement at) {
    }

    private ExchangeConceptReader() {
    }

    static void read(XmlElement model, ExchangeContext ctx) {
        for (XmlElement block : model.children(ExchangeNames.NS, "elements")) {
            ExchangeUnknowns.children(block, Set.of("element"), Set.of(), ctx.problems);
            for (XmlElement e : block.children(ExchangeNames.NS, "element")) {
                element(e, ctx);
            }
        }
        List<Ends> pending = new ArrayList<>();
        for (XmlElement block : model.children(ExchangeNames.NS, "relationships")) {
            ExchangeUnknowns.children(block, Set.of("relationship"), Set.of(), ctx.problems);
            for (XmlElement r : block.children(ExchangeNames.NS, "relationship")) {
                pending.add(relationship(r, ctx));
            }
        }
        for (Ends ends : pending) {
            Models.set(ends.relationship(), "source", end(ends, ends.source(), "source", ctx));
            Models.set(ends.relationship(), "target", end(ends, ends.target(), "target", ctx));
        }
        for (Ends ends : pending) {
            ModelCompletion.checkAllowed(ends.relationship(), ends.at().line(), ctx.problems);
        }
    }

    private static void element(XmlElement e, ExchangeContext ctx) {
        String identifier = ctx.identifier(e);
        String type = xsiType(e, ctx);
        boolean orJunction = type.equals("OrJunction");
        String archimateType = type.equals("AndJunction") || orJunction ? "Junction" : type;
        if (ArchimateTypes.element(archimateType) == null) {
            throw ctx.problems.error(e, "element '" + identifier + "' has the type '" + type + "', which is not an ArchiMate 3.2 element type");
        }
        ExchangeUnknowns.attributes(e, ELEMENT_ATTRIBUTES, NDAF_ATTRIBUTES, ctx.problems);
        ExchangeUnknowns.children(e, CONCEPT_CHILDREN, Set.of(), ctx.problems);
        List<RawProperty> properties = ExchangePropertyReader.read(e, ctx);
        String sourceId = ExchangePropertyReader.takeSourceId(properties);
        List<EObject> profiles = profiles(e, archimateType, properties, ctx);
        EClass eClass = Specializations.elementClass(archimateType, profiles.isEmpty() ? null : profiles.get(0));
        EObject element = NdafMetamodel.get().ePackage().getEFactoryInstance().create(eClass);
        fill(element, e, identifier, sourceId, properties, profiles, ctx);
        if (orJunction) {
            Models.set(element, "type", "or");
        }
        Models.list(ctx.architecture, "elements").add(element);
    }

    private static Ends relationship(XmlElement r, ExchangeContext ctx) {
        String identifier = ctx.identifier(r);
        String type = xsiType(r, ctx);
        EClass eClass = ArchimateTypes.relationshipOfExchangeType(type);
        if (eClass == null) {
            throw ctx.problems.error(r, "relationship '" + identifier + "' has the type '" + type + "', which is not an ArchiMate 3.2 relationship type");
        }
        ExchangeUnknowns.attributes(r, RELATIONSHIP_ATTRIBUTES, NDAF_ATTRIBUTES, ctx.problems);
        ExchangeUnknowns.children(r, CONCEPT_CHILDREN, Set.of(), ctx.problems);
        List<RawProperty> properties = ExchangePropertyReader.read(r, ctx);
        String sourceId = ExchangePropertyReader.takeSourceId(properties);
        List<EObject> profiles = profiles(r, ArchimateTypes.typeOf(eClass), properties, ctx);
        EObject relationship = NdafMetamodel.get().ePackage().getEFactoryInstance().create(eClass);
        fill(relationship, r, identifier, sourceId, properties, profiles, ctx);
        switch (type) {
        case "Access" -> Models.set(relationship, "accessType", accessType(r, identifier, ctx));
        case "Influence" -> Models.set(relationship, "strength", LangTexts.emptyToNull(r.attr("modifier")));
        case "Association" -> Models.set(relationship, "directed", directed(r, identifier, ctx));
        default -> {
            // no attributes of its own
        }
        }
        Models.list(ctx.architecture, "relationships").add(relationship);
        return new Ends(relationship, r.attr("source"), r.attr("target"), r);
    }

    private static void fill(EObject concept, XmlElement e, String identifier, String sourceId, List<RawProperty> properties, List<EObject> profiles,
            ExchangeContext ctx) {
        Models.set(concept, "id", sourceId != null ? sourceId : identifier);
        LangTexts.set(concept, "name", "nameVariants", ExchangeTexts.of(e, "name"));
        LangTexts.set(concept, "documentation", "documentationVariants", ExchangeTexts.of(e, "documentation"));
        ExchangePropertyReader.attach(concept, properties);
        Models.<EObject>list(concept, "profiles").addAll(profiles);
        NdafAttributes.readFeatures(e, concept);
        ctx.register(e, identifier, Models.id(concept), concept);
    }

    /**
     * The concept's specializations: the ndaf:profiles list when the file has one, else the one its
     * Specialization property names (created when the model does not define it). The Specialization property
     * is consumed either way.
     */
    private static List<EObject> profiles(XmlElement e, String archimateType, List<RawProperty> properties, ExchangeContext ctx) {
        RawProperty specialization = null;
        for (int i = 0; i < properties.size(); i++) {
            if (properties.get(i).isSpecialization()) {
                specialization = properties.remove(i);
                break;
            }
        }
        List<EObject> profiles = new ArrayList<>();
        String listed = e.attr(ExchangeNames.NDAF, "profiles");
        if (listed != null) {
            for (String id : listed.trim().split("\\s+")) {
                if (id.isEmpty()) {
                    continue;
                }
                EObject profile = ctx.profilesById.get(id);
                if (profile == null) {
                    throw ctx.problems.error(e, "the concept refers to the specialization '" + id + "', which the file does not define");
                }
                profiles.add(profile);
            }
        } else if (specialization != null && specialization.value() != null) {
            profiles.add(ctx.specializations.findOrCreate(specialization.value(), archimateType));
        }
        return profiles;
    }

    private static EObject end(Ends ends, String ref, String which, ExchangeContext ctx) {
        String id = Models.id(ends.relationship());
        if (ref == null || ref.isBlank()) {
            throw ctx.problems.error(ends.at(), "relationship '" + id + "' has no " + which);
        }
        EObject end = ctx.byIdentifier.get(ref);
        if (end == null || !ArchimateTypes.isConcept(end)) {
            throw ctx.problems.error(ends.at(), "relationship '" + id + "' has the " + which + " '" + ref + "', "
                    + (end == null ? "which is not in the file" : "which is " + Describe.of(end) + ", not an element or relationship"));
        }
        return end;
    }

    private static String accessType(XmlElement r, String identifier, ExchangeContext ctx) {
        String value = r.attr("accessType");
        if (value == null) {
            return "access";
        }
        return switch (value.trim()) {
        case "Access" -> "access";
        case "Read" -> "read";
        case "Write" -> "write";
        case "ReadWrite" -> "readwrite";
        default -> {
            // Archi's exchange importer reads any other value as Write
            ctx.problems.tolerate(r, ImportWarning.VALUE_INVALID, "relationship '" + identifier + "' has the accessType '" + value
                    + "', which is not one of Access, Read, Write, ReadWrite; it is read as Write, as Archi reads it");
            yield "write";
        }
        };
    }

    private static boolean directed(XmlElement r, String identifier, ExchangeContext ctx) {
        String value = r.attr("isDirected");
        if (value == null) {
            return false;
        }
        return switch (value.trim()) {
        case "true", "1" -> true;
        case "false", "0" -> false;
        default -> {
            // Archi's exchange importer reads anything but "true" as not directed
            ctx.problems.tolerate(r, ImportWarning.VALUE_INVALID, "relationship '" + identifier + "' has isDirected='" + value
                    + "', which is neither true nor false; it is read as false, as Archi reads it");
            yield false;
        }
        };
    }

    /** The local name of the element's xsi:type, checked to be in the exchange namespace. */
    static String xsiType(XmlElement e, ExchangeContext ctx) {
        String value = e.attr(ExchangeNames.XSI, "type");
        if (value == null || value.isBlank()) {
            throw ctx.problems.error(e, "<" + e.localName() + (e.attr("identifier") == null ? "" : " identifier=\"" + e.attr("identifier") + "\"")
                    + "> has no xsi:type");
        }
        value = value.trim();
        int colon = value.indexOf(':');
        String prefix = colon < 0 ? "" : value.substring(0, colon);
        String local = colon < 0 ? value : value.substring(colon + 1);
        String ns = e.resolvePrefix(prefix);
        if (!ExchangeNames.NS.equals(ns)) {
            throw ctx.problems.error(e, "the type '" + value + "' is not a type of the exchange format (its namespace is "
                    + (ns == null ? "undeclared" : "'" + ns + "'") + ")");
        }
        return local;
    }
}
