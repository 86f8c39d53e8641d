package vn.ndaf.interop.archi;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;

import vn.ndaf.interop.Format;
import vn.ndaf.interop.ImportException;
import vn.ndaf.interop.ImportOptions;
import vn.ndaf.interop.ImportResult;
import vn.ndaf.interop.io.Problems;
import vn.ndaf.interop.io.SafeXml;
import vn.ndaf.interop.io.SafeZip;
import vn.ndaf.interop.io.XmlElement;
import vn.ndaf.interop.model.ConnectionChecks;
import vn.ndaf.interop.model.LangTexts;
import vn.ndaf.interop.model.ModelCompletion;
import vn.ndaf.metamodel.Models;
import vn.ndaf.metamodel.NdafMetamodel;

/**
 * Reads Archi's native format: a plain .archimate XML file, or the ZIP variant holding model.xml and the
 * images. Model versions 4 and 5 (and older, as far as Archi's own upgrades go) are read, with the
 * adjustments Archi makes when opening them. As Archi, relationships ArchiMate does not allow, unknown
 * viewpoints, empty names and mixed junctions are kept (with warnings; errors in a strict import); unknown
 * types and dangling references are errors; unknown attributes and elements are reported.
 */
public final class ArchiReader {

    private static final Set<String> MODEL_ATTRIBUTES = Set.of("name", "id", "version");
    private static final Set<String> MODEL_CHILDREN = Set.of("metadata", "folder", "feature", "property", "purpose", "profile");
    private static final String MODEL_ENTRY = "model.xml";

    private ArchiReader() {
    }

    public static ImportResult read(byte[] bytes, ImportOptions options) {
        Problems problems = new Problems(options.fileName(), options.strict());
        Map<String, byte[]> entries = null;
        byte[] xml = bytes;
        if (SafeZip.isZip(bytes)) {
            entries = SafeZip.entries(bytes, options.maxBytes(), options.fileName());
            xml = entries.remove(MODEL_ENTRY);
            if (xml == null) {
                throw new ImportException(options.fileName(), "the archive has no model.xml entry, so it is not an Archi model");
            }
            problems = problems.forPart(options.fileName() + "!" + MODEL_ENTRY);
        }
        XmlElement root = SafeXml.parse(xml, problems.part(), options.progress());
        EObject architecture = read(root, problems, options);
        if (entries != null) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                EObject image = NdafMetamodel.get().create("ImageAsset");
                Models.set(image, "path", entry.getKey());
                Models.set(image, "data", entry.getValue());
                Models.list(architecture, "images").add(image);
            }
        }
        return new ImportResult(architecture, problems.warnings(), Format.ARCHIMATE);
    }

    private static EObject read(XmlElement root, Problems problems, ImportOptions options) {
        if (!root.is(ArchiNames.NS, "model")) {
            throw problems.error(root, "the root element is {" + root.namespace() + "}" + root.localName() + ", not Archi's <archimate:model>");
        }
        EObject architecture = NdafMetamodel.get().create("Architecture");
        ArchiContext ctx = new ArchiContext(problems, options, architecture);
        ctx.unknowns(root, MODEL_ATTRIBUTES, MODEL_CHILDREN);
        ctx.register(root, architecture);
        Models.set(architecture, "name", LangTexts.emptyToNull(root.attr("name")));
        Map<String, EObject> profiles = profiles(root, ctx);
        XmlElement metadata = root.child("", "metadata");
        if (metadata != null) {
            ctx.unknowns(metadata, Set.of(), Set.of("entry"));
            for (XmlElement entry : metadata.children("", "entry")) {
                ctx.unknowns(entry, Set.of("key", "value"), Set.of());
                EObject f = NdafMetamodel.get().create("Feature");
                Models.set(f, "name", entry.attr("key") == null ? "" : entry.attr("key"));
                Models.set(f, "value", entry.attr("value") == null ? "" : entry.attr("value"));
                Models.list(architecture, "archiMetadata").add(f);
            }
        }
        ArchiFolderReader folders = new ArchiFolderReader(ctx, profiles);
        for (XmlElement f : root.children("", "folder")) {
            folders.folder(f, architecture);
        }
        ctx.common(root, architecture);
        XmlElement purpose = root.child("", "purpose");
        if (purpose != null) {
            Models.set(architecture, "documentation", LangTexts.emptyToNull(purpose.text()));
        }
        ctx.resolve();
        for (ArchiContext.Located r : ctx.relationships) {
            ModelCompletion.checkAllowed(r.object(), r.line(), problems);
        }
        for (ArchiContext.Located c : ctx.connections) {
            ConnectionChecks.checkShowsRelationship(c.object(), c.line(), problems);
        }
        ModelCompletion.checkTolerated(architecture, problems, ctx::lineOf);
        ArchiCompatibility.apply(architecture, root.attr("version"), problems);
        ArchiCompatibility.archimate2(architecture, root.attr("version"), ctx.legacyFolders);
        ctx.readExtras();
        linkDefinitions(architecture);
        ModelCompletion.complete(architecture, problems, options, ctx.ids::get);
        options.progress().objectsCreated(ctx.created());
        return architecture;
    }

    private static Map<String, EObject> profiles(XmlElement root, ArchiContext ctx) {
        Map<String, EObject> profiles = new HashMap<>();
        for (XmlElement p : root.children("", "profile")) {
            ctx.unknowns(p, Set.of("name", "id", "imagePath", "specialization", "conceptType"), Set.of("feature"));
            EObject profile = NdafMetamodel.get().create("Profile");
            Models.list(ctx.architecture, "profiles").add(profile);
            ctx.register(p, profile);
            Models.set(profile, "name", p.attr("name") == null ? "" : p.attr("name"));
            Models.set(profile, "conceptType", p.attr("conceptType"));
            Models.set(profile, "imagePath", p.attr("imagePath"));
            if (p.attr("specialization") != null) {
                Models.set(profile, "specialization", Boolean.valueOf(p.attr("specialization")));
            }
            ctx.common(p, profile);
            profiles.put(Models.id(profile), profile);
        }
        return profiles;
    }

    /** Properties name their definition by key; Archi has keys only, so definitions carried through it are found by name. */
    private static void linkDefinitions(EObject architecture) {
        Map<String, EObject> byName = new HashMap<>();
        for (EObject d : Models.<EObject>list(architecture, "propertyDefinitions")) {
            byName.putIfAbsent(Models.string(d, "name"), d);
        }
        if (byName.isEmpty()) {
            return;
        }
        for (TreeIterator<EObject> it = architecture.eAllContents(); it.hasNext();) {
            EObject o = it.next();
            if (Models.isA(o, "Property") && Models.get(o, "definition") == null) {
                Models.set(o, "definition", byName.get(Models.string(o, "key")));
            }
        }
    }
}
