package vn.ndaf.interop.exchange;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.emf.ecore.EObject;

import vn.ndaf.interop.ExportOptions;
import vn.ndaf.interop.ImportException;
import vn.ndaf.interop.io.SafeXml;
import vn.ndaf.interop.io.XmlElement;
import vn.ndaf.interop.io.XmlFragments;
import vn.ndaf.interop.io.XmlOut;
import vn.ndaf.interop.model.ArchimateTypes;
import vn.ndaf.interop.model.LangTexts;
import vn.ndaf.interop.model.LangTexts.LangText;
import vn.ndaf.metamodel.Models;

/**
 * Writes an architecture in the Open Group exchange format, valid against the 3.1 schemas. By default it
 * also writes, in ndaf's extension namespace, what the standard has no slot for, so that a re-import gives
 * the same architecture back (docs/adr/0005-lossless-exchange-extensions.md); with
 * {@link ExportOptions#standardOnly()} it writes the standard alone.
 */
public final class ExchangeWriter {

    private ExchangeWriter() {
    }

    public static void write(EObject architecture, OutputStream stream, ExportOptions options) {
        XmlOut xml = new XmlOut(stream);
        ExchangeOut out = new ExchangeOut(xml, options, architecture);
        String metadata = Models.string(architecture, "metadataXml");
        xml.declaration();
        xml.start("model").attr("xmlns", ExchangeNames.NS).attr("xmlns:xsi", ExchangeNames.XSI);
        if (out.extended()) {
            xml.attr("xmlns:" + ExchangeNames.NDAF_PREFIX, ExchangeNames.NDAF);
        }
        String location = ExchangeNames.SCHEMA_LOCATION;
        if (metadata != null && metadata.contains(ExchangeNames.DC)) {
            location += " " + ExchangeNames.DC + " http://www.opengroup.org/xsd/archimate/3.1/dc.xsd";
        }
        if (out.extended()) {
            location += " " + ExchangeNames.NDAF + " " + ExchangeNames.NDAF_XSD_LOCATION;
        }
        xml.attr("xsi:schemaLocation", location);
        xml.attr("identifier", out.ids.of(architecture));
        xml.attr("version", Models.string(architecture, "modelVersion"));
        out.ndaf("features", NdafAttributes.features(architecture));
        out.ndaf("purpose", Models.string(architecture, "purpose"));
        out.ndaf("metamodelVersion", Models.string(architecture, "metamodelVersion"));
        out.names(architecture, "name", true);
        List<LangText> description = LangTexts.forExport(architecture, "documentation", "documentationVariants");
        if (description.isEmpty() && Models.string(architecture, "purpose") != null && !out.extended()) {
            description = List.of(new LangText(null, Models.string(architecture, "purpose")));
        }
        out.texts("documentation", description, false);
        if (out.extended()) {
            ExchangeExtensionWriter.write(architecture, out);
        }
        out.properties(architecture, null);
        if (metadata != null) {
            xml.raw(checkedMetadata(metadata, architecture));
        }
        concepts(architecture, out);
        ExchangeOrganizationWriter.write(architecture, out);
        ExchangeViewWriter views = new ExchangeViewWriter(out);
        String viewsXml = views.render(architecture);
        definitions(out);
        if (viewsXml != null) {
            xml.raw(viewsXml);
        }
        xml.end();
        xml.finish();
    }

    /**
     * The stored metadata as markup that cannot break the document: it must parse (with the import's hardened
     * parser) as one exchange-format {@code <metadata>} element, which is then written again from the parsed
     * tree (so comments, processing instructions, CDATA sections and stray markup cannot pass through).
     */
    static String checkedMetadata(String metadata, EObject architecture) {
        XmlElement parsed;
        try {
            parsed = SafeXml.parse(metadata.getBytes(StandardCharsets.UTF_8), "metadata");
        } catch (ImportException e) {
            throw new IllegalArgumentException("The exchange metadata stored with architecture " + Models.id(architecture)
                    + " is not a well-formed XML element (" + e.getMessage() + "); nothing was exported. Correct or clear it.", e);
        }
        if (!parsed.is(ExchangeNames.NS, "metadata")) {
            throw new IllegalArgumentException("The exchange metadata stored with architecture " + Models.id(architecture) + " is the element {"
                    + parsed.namespace() + "}" + parsed.localName() + ", not the exchange format's <metadata>; nothing was exported. Correct or clear it.");
        }
        return XmlFragments.toXml(parsed);
    }

    private static void concepts(EObject architecture, ExchangeOut out) {
        List<EObject> elements = Models.list(architecture, "elements");
        if (!elements.isEmpty()) {
            out.xml.start("elements");
            for (EObject e : elements) {
                out.xml.start("element").attr("identifier", out.ids.of(e)).attr("xsi:type", ArchimateTypes.exchangeType(e));
                conceptExtensions(e, out);
                out.names(e, "name", true);
                out.documentation(e);
                out.properties(e, specialization(e, out));
                out.xml.end();
            }
            out.xml.end();
        }
        List<EObject> relationships = Models.list(architecture, "relationships");
        if (!relationships.isEmpty()) {
            out.xml.start("relationships");
            for (EObject r : relationships) {
                out.xml.start("relationship").attr("identifier", out.ids.of(r))
                        .attr("source", out.ids.of((EObject) Models.get(r, "source")))
                        .attr("target", out.ids.of((EObject) Models.get(r, "target")))
                        .attr("xsi:type", ArchimateTypes.exchangeType(r));
                relationshipAttributes(r, out);
                conceptExtensions(r, out);
                out.names(r, "name", false);
                out.documentation(r);
                out.properties(r, specialization(r, out));
                out.xml.end();
            }
            out.xml.end();
        }
    }

    private static void relationshipAttributes(EObject r, ExchangeOut out) {
        if (Models.isA(r, "AccessRelationship")) {
            out.xml.attr("accessType", switch (Models.string(r, "accessType")) {
            case "read" -> "Read";
            case "access" -> "Access";
            case "readwrite" -> "ReadWrite";
            default -> "Write";
            });
        } else if (Models.isA(r, "InfluenceRelationship")) {
            out.xml.attr("modifier", Models.string(r, "strength"));
        } else if (Models.isA(r, "AssociationRelationship") && Boolean.TRUE.equals(Models.get(r, "directed"))) {
            out.xml.attr("isDirected", "true");
        }
    }

    private static void conceptExtensions(EObject concept, ExchangeOut out) {
        List<EObject> profiles = out.projection.profilesOf(concept);
        if (!profiles.isEmpty()) {
            out.ndaf("profiles", String.join(" ", profiles.stream().map(Models::id).toList()));
        }
        out.ndaf("features", NdafAttributes.features(concept));
    }

    private static String specialization(EObject concept, ExchangeOut out) {
        EObject primary = out.projection.primaryProfile(concept);
        return primary == null ? null : Models.string(primary, "name");
    }

    private static void definitions(ExchangeOut out) {
        List<PropertyPlan.Definition> definitions = out.plan.definitions();
        if (definitions.isEmpty()) {
            return;
        }
        out.xml.start("propertyDefinitions");
        for (PropertyPlan.Definition d : definitions) {
            out.xml.start("propertyDefinition").attr("identifier", d.identifier());
            String type = d.model() == null ? "string" : Models.string(d.model(), "type");
            out.xml.attr("type", type == null ? "string" : type);
            if (d.model() == null) {
                out.ndaf("generated", "true");
            }
            if (d.model() != null) {
                out.sourceIdAttribute(d.model());
                out.names(d.model(), "name", true);
                out.documentation(d.model());
            } else {
                out.xml.start("name").textAndEnd(d.name() == null ? "" : d.name());
            }
            out.xml.end();
        }
        out.xml.end();
    }
}
