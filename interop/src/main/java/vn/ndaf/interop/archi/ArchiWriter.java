package vn.ndaf.interop.archi;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.eclipse.emf.ecore.EObject;

import vn.ndaf.interop.io.XmlOut;
import vn.ndaf.interop.model.ArchiMateProjection;
import vn.ndaf.interop.model.ArchimateTypes;
import vn.ndaf.metamodel.Models;

/**
 * Writes Archi's native format as Archi 5 writes it (element and attribute order, escaping, defaults left
 * out, version 5.0.0), so that Archi opens it as its own; the ZIP variant when the model has images.
 * What Archi has no slot for travels in ndaf: features, which Archi keeps.
 */
public final class ArchiWriter {

    private static final Set<String> MODEL_SLOTS = Set.of("name", "documentation");
    private static final Set<String> FOLDER_SLOTS = Set.of("name", "documentation", "type");
    private static final Set<String> CONCEPT_SLOTS = Set.of("name", "documentation", "type", "accessType", "strength", "directed");

    private ArchiWriter() {
    }

    /** Writes the model: a ZIP archive with model.xml and the images when it has images, else plain XML. */
    public static void write(EObject architecture, OutputStream out) {
        List<EObject> images = Models.list(architecture, "images");
        if (images.isEmpty()) {
            writeXml(architecture, out);
            return;
        }
        try {
            ZipOutputStream zip = new ZipOutputStream(out);
            zip.putNextEntry(new ZipEntry("model.xml"));
            ByteArrayOutputStream xml = new ByteArrayOutputStream();
            writeXml(architecture, xml);
            xml.writeTo(zip);
            zip.closeEntry();
            for (EObject image : images) {
                zip.putNextEntry(new ZipEntry(Models.string(image, "path")));
                byte[] data = (byte[]) Models.get(image, "data");
                if (data != null) {
                    zip.write(data);
                }
                zip.closeEntry();
            }
            zip.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the model as one plain XML document (images, if any, are left out). */
    public static void writeXml(EObject architecture, OutputStream stream) {
        XmlOut xml = new XmlOut(stream);
        ArchiOut out = new ArchiOut(xml, new ArchiMateProjection(architecture));
        xml.declaration();
        xml.start("archimate:model").attr("xmlns:xsi", ArchiNames.XSI).attr("xmlns:archimate", ArchiNames.NS);
        if (usesCanvas(architecture)) {
            xml.attr("xmlns:canvas", ArchiNames.CANVAS);
        }
        xml.attr("name", ArchiOut.emptyToNull(Models.string(architecture, "name"))).attr("id", Models.id(architecture)).attr("version", ArchiNames.VERSION);
        List<EObject> metadata = Models.list(architecture, "archiMetadata");
        if (!metadata.isEmpty()) {
            xml.start("metadata");
            for (EObject entry : metadata) {
                xml.start("entry").attr("key", ArchiOut.emptyToNull(Models.string(entry, "name")))
                        .attr("value", ArchiOut.emptyToNull(Models.string(entry, "value"))).end();
            }
            xml.end();
        }
        for (ArchiFolderLayout.Out folder : ArchiFolderLayout.of(architecture)) {
            folder(folder, out);
        }
        out.features(architecture, MODEL_SLOTS, true);
        out.properties(architecture);
        out.text("purpose", Models.string(architecture, "documentation"));
        for (EObject p : out.projection.profiles()) {
            xml.start("profile").attr("name", Models.string(p, "name")).attr("id", Models.id(p)).attr("imagePath", Models.string(p, "imagePath"))
                    .attr("specialization", Models.get(p, "specialization")).attr("conceptType", Models.string(p, "conceptType"));
            out.features(p, Set.of("name", "conceptType", "imagePath", "specialization"), true);
            xml.end();
        }
        xml.end();
        xml.finish();
    }

    private static void folder(ArchiFolderLayout.Out folder, ArchiOut out) {
        out.xml.start("folder").attr("name", ArchiOut.emptyToNull(folder.name)).attr("id", folder.id)
                .attr("type", "user".equals(folder.type) ? null : folder.type);
        boolean original = folder.source != null && folder.id.equals(Models.id(folder.source));
        if (original) {
            out.features(folder.source, FOLDER_SLOTS, true);
        }
        for (ArchiFolderLayout.Out sub : folder.folders) {
            folder(sub, out);
        }
        if (original) {
            out.documentation(folder.source);
            out.properties(folder.source);
        }
        for (EObject member : folder.members) {
            if (Models.isA(member, "View")) {
                new ArchiViewWriter(out).view(member);
            } else {
                concept(member, out);
            }
        }
        out.xml.end();
    }

    private static void concept(EObject c, ArchiOut out) {
        out.xml.start("element").attr("xsi:type", "archimate:" + ArchimateTypes.typeOf(c.eClass()))
                .attr("name", ArchiOut.emptyToNull(Models.string(c, "name"))).attr("id", Models.id(c));
        List<EObject> profiles = out.projection.profilesOf(c);
        if (!profiles.isEmpty()) {
            out.xml.attr("profiles", String.join(" ", profiles.stream().map(Models::id).toList()));
        }
        if (ArchimateTypes.isRelationship(c)) {
            out.xml.attr("source", Models.id((EObject) Models.get(c, "source"))).attr("target", Models.id((EObject) Models.get(c, "target")));
            if (Models.isA(c, "AccessRelationship") && !"write".equals(Models.string(c, "accessType"))) {
                out.xml.attr("accessType", List.of("write", "read", "access", "readwrite").indexOf(Models.string(c, "accessType")));
            } else if (Models.isA(c, "InfluenceRelationship")) {
                out.xml.attr("strength", ArchiOut.emptyToNull(Models.string(c, "strength")));
            } else if (Models.isA(c, "AssociationRelationship") && Boolean.TRUE.equals(Models.get(c, "directed"))) {
                out.xml.attr("directed", "true");
            }
        } else if (Models.isA(c, "Junction") && "or".equals(Models.string(c, "type"))) {
            out.xml.attr("type", "or");
        }
        out.features(c, CONCEPT_SLOTS, true);
        out.documentation(c);
        out.properties(c);
        out.xml.end();
    }

    private static boolean usesCanvas(EObject architecture) {
        for (EObject v : Models.<EObject>list(architecture, "views")) {
            if (Models.isA(v, "CanvasView")) {
                return true;
            }
            for (var it = v.eAllContents(); it.hasNext();) {
                if (it.next().eClass().getName().startsWith("Canvas")) {
                    return true;
                }
            }
        }
        return false;
    }
}
