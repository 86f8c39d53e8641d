package vn.ndaf.interop.exchange;

import java.util.Base64;
import java.util.List;

import org.eclipse.emf.ecore.EObject;

import vn.ndaf.metamodel.Models;

/** Writes ndaf's model-level extension elements: specializations, images and Archi's legacy metadata. */
final class ExchangeExtensionWriter {

    private static final String P = ExchangeNames.NDAF_PREFIX + ":";

    private ExchangeExtensionWriter() {
    }

    static void write(EObject architecture, ExchangeOut out) {
        List<EObject> profiles = out.projection.profiles();
        if (!profiles.isEmpty()) {
            out.xml.start(P + "profiles");
            for (EObject p : profiles) {
                out.xml.start(P + "profile").attr("id", Models.id(p)).attr("name", Models.string(p, "name"))
                        .attr("conceptType", Models.string(p, "conceptType")).attr("imagePath", Models.string(p, "imagePath"))
                        .attr("specialization", Models.get(p, "specialization")).attr("features", NdafAttributes.features(p)).end();
            }
            out.xml.end();
        }
        List<EObject> images = Models.list(architecture, "images");
        if (!images.isEmpty()) {
            out.xml.start(P + "images");
            for (EObject i : images) {
                byte[] data = (byte[]) Models.get(i, "data");
                out.xml.start(P + "image").attr("path", Models.string(i, "path"));
                out.xml.textAndEnd(data == null ? "" : Base64.getEncoder().encodeToString(data));
            }
            out.xml.end();
        }
        List<EObject> metadata = Models.list(architecture, "archiMetadata");
        if (!metadata.isEmpty()) {
            out.xml.start(P + "archiMetadata");
            for (EObject entry : metadata) {
                out.xml.start(P + "entry").attr("key", Models.string(entry, "name")).attr("value", Models.string(entry, "value")).end();
            }
            out.xml.end();
        }
    }
}
