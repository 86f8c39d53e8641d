package vn.ndaf.interop.exchange;

import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;

import vn.ndaf.interop.Format;
import vn.ndaf.interop.ImportOptions;
import vn.ndaf.interop.ImportResult;
import vn.ndaf.interop.exchange.ExchangePropertyReader.RawProperty;
import vn.ndaf.interop.io.Problems;
import vn.ndaf.interop.io.SafeXml;
import vn.ndaf.interop.io.XmlElement;
import vn.ndaf.interop.io.XmlFragments;
import vn.ndaf.interop.model.LangTexts;
import vn.ndaf.interop.model.ModelCompletion;
import vn.ndaf.metamodel.Models;
import vn.ndaf.metamodel.NdafMetamodel;

/**
 * Reads the Open Group ArchiMate Model Exchange File Format (3.0 and 3.1) into an architecture, keeping
 * what the standard can say (several languages, property definitions and their types, organizations,
 * metadata, label and viewRef on any node, attachments, custom viewpoint names) and what ndaf's extension
 * namespace adds (docs/interop.md). Broken input fails with the line and the reason; constructs ndaf cannot
 * keep are reported as warnings.
 */
public final class ExchangeReader {

    private static final Set<String> MODEL_ATTRIBUTES = Set.of("identifier", "version");
    private static final Set<String> MODEL_CHILDREN = Set.of("name", "documentation", "properties", "metadata", "elements", "relationships",
            "organizations", "propertyDefinitions", "views");
    private static final Set<String> MODEL_NDAF_ELEMENTS = Set.of("profiles", "images", "archiMetadata");

    private ExchangeReader() {
    }

    public static ImportResult read(byte[] bytes, ImportOptions options) {
        Problems problems = new Problems(options.fileName(), options.strict());
        XmlElement root = SafeXml.parse(bytes, options.fileName(), options.progress());
        return new ImportResult(read(root, problems, options), problems.warnings(), Format.EXCHANGE);
    }

    static EObject read(XmlElement root, Problems problems, ImportOptions options) {
        if (!root.is(ExchangeNames.NS, "model")) {
            throw problems.error(root, "the root element is {" + root.namespace() + "}" + root.localName() + ", not the exchange format's <model>");
        }
        EObject architecture = NdafMetamodel.get().create("Architecture");
        ExchangeContext ctx = new ExchangeContext(problems, options, architecture);
        reserveIdentifiers(root, ctx);
        ExchangeUnknowns.attributes(root, MODEL_ATTRIBUTES, Set.of("features", "purpose", "metamodelVersion"), problems);
        ExchangeUnknowns.children(root, MODEL_CHILDREN, MODEL_NDAF_ELEMENTS, problems);
        String identifier = ctx.identifier(root);

        ExchangeExtensionReader.read(root, ctx);
        ExchangePropertyReader.definitions(root, ctx);
        LangTexts.set(architecture, "name", "nameVariants", ExchangeTexts.of(root, "name"));
        LangTexts.set(architecture, "documentation", "documentationVariants", ExchangeTexts.of(root, "documentation"));
        List<RawProperty> properties = ExchangePropertyReader.read(root, ctx);
        String sourceId = ExchangePropertyReader.takeSourceId(properties);
        Models.set(architecture, "id", sourceId != null ? sourceId : identifier);
        ctx.register(root, identifier, Models.id(architecture), architecture);
        ExchangePropertyReader.attach(architecture, properties);
        Models.set(architecture, "modelVersion", root.attr("version"));
        XmlElement metadata = root.child(ExchangeNames.NS, "metadata");
        if (metadata != null) {
            Models.set(architecture, "metadataXml", XmlFragments.toXml(metadata));
        }
        NdafAttributes.readFeatures(root, architecture);
        Models.set(architecture, "purpose", root.attr(ExchangeNames.NDAF, "purpose"));
        Models.set(architecture, "metamodelVersion", root.attr(ExchangeNames.NDAF, "metamodelVersion"));

        ExchangeConceptReader.read(root, ctx);
        ExchangeViewReader.read(root, ctx);
        ExchangeOrganizationReader.read(root, ctx);
        ModelCompletion.checkTolerated(architecture, problems, ctx::lineOf);
        ModelCompletion.complete(architecture, problems, options, ctx.ids::get);
        options.progress().objectsCreated(ctx.created());
        return architecture;
    }

    /** Every identifier of the file is reserved, so that ids ndaf generates never clash with one. */
    private static void reserveIdentifiers(XmlElement e, ExchangeContext ctx) {
        String id = e.attr("identifier");
        if (id != null) {
            ctx.usedIds.add(id);
        }
        String sourceId = e.attr(ExchangeNames.NDAF, "sourceId");
        if (sourceId != null) {
            ctx.usedIds.add(sourceId);
        }
        for (XmlElement c : e.children()) {
            reserveIdentifiers(c, ctx);
        }
    }
}
