package vn.ndaf.interop.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;

import vn.ndaf.interop.ImportWarning;
import vn.ndaf.interop.io.XmlElement;
import vn.ndaf.interop.model.LangTexts;
import vn.ndaf.interop.model.LangTexts.LangText;
import vn.ndaf.interop.model.NationalConcepts;
import vn.ndaf.metamodel.Models;
import vn.ndaf.metamodel.NdafMetamodel;

/** Reads property definitions and the properties of the model, concepts and views. */
final class ExchangePropertyReader {

    /** A property as read, before it is attached: its definition, key (the definition's name), texts and line. */
    record RawProperty(EObject definition, String key, List<LangText> values, int line) {

        String value() {
            return values.isEmpty() ? null : LangTexts.emptyToNull(values.get(0).value());
        }

        boolean isSpecialization() {
            String id = definition == null ? null : Models.id(definition);
            return ExchangeNames.SPECIALIZATION_ID.equals(id) || ExchangeNames.SPECIALIZATION_NAME.equals(key);
        }

        boolean isSourceId() {
            return NationalConcepts.SOURCE_ID.equals(key);
        }
    }

    private ExchangePropertyReader() {
    }

    static void definitions(XmlElement model, ExchangeContext ctx) {
        for (XmlElement block : model.children(ExchangeNames.NS, "propertyDefinitions")) {
            ExchangeUnknowns.children(block, Set.of("propertyDefinition"), Set.of(), ctx.problems);
            for (XmlElement d : block.children(ExchangeNames.NS, "propertyDefinition")) {
                ExchangeUnknowns.attributes(d, Set.of("identifier", "type"), Set.of("sourceId", "generated"), ctx.problems);
                ExchangeUnknowns.children(d, Set.of("name", "documentation"), Set.of(), ctx.problems);
                String identifier = ctx.identifier(d);
                EObject definition = NdafMetamodel.get().create("PropertyDefinition");
                String sourceId = d.attr(ExchangeNames.NDAF, "sourceId");
                Models.set(definition, "id", sourceId != null ? sourceId : identifier);
                LangTexts.set(definition, "name", "nameVariants", ExchangeTexts.of(d, "name"));
                LangTexts.set(definition, "documentation", "documentationVariants", ExchangeTexts.of(d, "documentation"));
                String type = d.attr("type");
                if (type != null) {
                    Models.set(definition, "type", type);
                }
                ctx.definitions.put(identifier, definition);
                if ("true".equals(d.attr(ExchangeNames.NDAF, "generated"))) {
                    ctx.generatedDefinitions.add(definition);
                    continue;
                }
                Models.list(ctx.architecture, "propertyDefinitions").add(definition);
                ctx.register(d, identifier, Models.id(definition), definition);
            }
        }
    }

    /** The properties of an owner element, in order; a reference to an undefined definition is an error. */
    static List<RawProperty> read(XmlElement owner, ExchangeContext ctx) {
        List<RawProperty> list = new ArrayList<>();
        XmlElement block = owner.child(ExchangeNames.NS, "properties");
        if (block == null) {
            return list;
        }
        for (XmlElement p : block.children(ExchangeNames.NS, "property")) {
            String ref = p.attr("propertyDefinitionRef");
            EObject definition = ctx.definitions.get(ref);
            if (definition == null) {
                // Archi's importer drops such a property silently; ndaf keeps it under the reference as its key
                ctx.problems.tolerate(p, ImportWarning.PROPERTY_UNDEFINED, "the property refers to the property definition '" + ref
                        + "', which the file does not define; its key is taken to be '" + (ref == null ? "" : ref) + "'");
                ExchangeUnknowns.children(p, Set.of("value"), Set.of(), ctx.problems);
                list.add(new RawProperty(null, ref == null ? "" : ref, ExchangeTexts.of(p, "value"), p.line()));
                continue;
            }
            ExchangeUnknowns.children(p, Set.of("value"), Set.of(), ctx.problems);
            list.add(new RawProperty(ctx.generatedDefinitions.contains(definition) ? null : definition, Models.string(definition, "name"),
                    ExchangeTexts.of(p, "value"), p.line()));
        }
        return list;
    }

    /** Attaches the properties to a property holder. */
    static void attach(EObject holder, List<RawProperty> properties) {
        List<EObject> target = Models.list(holder, "properties");
        for (RawProperty raw : properties) {
            EObject p = NdafMetamodel.get().create("Property");
            Models.set(p, "key", raw.key());
            LangTexts.set(p, "value", "valueVariants", raw.values());
            Models.set(p, "definition", raw.definition());
            target.add(p);
        }
    }

    /** Removes the ndaf:sourceId property from the list and returns its value, or null. */
    static String takeSourceId(List<RawProperty> properties) {
        for (int i = 0; i < properties.size(); i++) {
            if (properties.get(i).isSourceId()) {
                return properties.remove(i).value();
            }
        }
        return null;
    }
}
