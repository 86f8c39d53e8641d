package vn.ndaf.interop.exchange;

import java.util.Base64;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;

import vn.ndaf.interop.io.XmlElement;
import vn.ndaf.metamodel.Models;
import vn.ndaf.metamodel.NdafMetamodel;

/**
 * Reads ndaf's model-level extension elements: the specializations (with Archi's image and flag), the
 * images themselves, and Archi's legacy metadata entries.
 */
final class ExchangeExtensionReader {

    private ExchangeExtensionReader() {
    }

    static void read(XmlElement model, ExchangeContext ctx) {
        for (XmlElement profiles : model.children(ExchangeNames.NDAF, "profiles")) {
            for (XmlElement p : profiles.children(ExchangeNames.NDAF, "profile")) {
                profile(p, ctx);
            }
        }
        for (XmlElement images : model.children(ExchangeNames.NDAF, "images")) {
            for (XmlElement i : images.children(ExchangeNames.NDAF, "image")) {
                image(i, ctx);
            }
        }
        for (XmlElement metadata : model.children(ExchangeNames.NDAF, "archiMetadata")) {
            for (XmlElement entry : metadata.children(ExchangeNames.NDAF, "entry")) {
                EObject f = NdafMetamodel.get().create("Feature");
                Models.set(f, "name", entry.attr("key"));
                Models.set(f, "value", entry.attr("value"));
                Models.list(ctx.architecture, "archiMetadata").add(f);
            }
        }
    }

    private static void profile(XmlElement p, ExchangeContext ctx) {
        ExchangeUnknowns.attributes(p, Set.of("id", "name", "conceptType", "imagePath", "specialization", "features"), Set.of(), ctx.problems);
        String id = p.attr("id");
        String name = p.attr("name");
        String conceptType = p.attr("conceptType");
        if (id == null || name == null || conceptType == null) {
            throw ctx.problems.error(p, "<ndaf:profile> needs id, name and conceptType");
        }
        EObject profile = NdafMetamodel.get().create("Profile");
        Models.set(profile, "id", id);
        Models.set(profile, "name", name);
        Models.set(profile, "conceptType", conceptType);
        Models.set(profile, "imagePath", p.attr("imagePath"));
        if (p.attr("specialization") != null) {
            Models.set(profile, "specialization", Boolean.valueOf(p.attr("specialization")));
        }
        String features = p.attr("features");
        if (features != null) {
            for (var pair : vn.ndaf.interop.io.Pairs.decode(features)) {
                EObject f = NdafMetamodel.get().create("Feature");
                Models.set(f, "name", pair.name());
                Models.set(f, "value", pair.value());
                Models.list(profile, "features").add(f);
            }
        }
        Models.list(ctx.architecture, "profiles").add(profile);
        ctx.ids.register(id, profile, p.line(), ctx.problems);
        ctx.profilesById.put(id, profile);
    }

    private static void image(XmlElement i, ExchangeContext ctx) {
        String path = i.attr("path");
        if (path == null) {
            throw ctx.problems.error(i, "<ndaf:image> has no path");
        }
        EObject image = NdafMetamodel.get().create("ImageAsset");
        Models.set(image, "path", path);
        try {
            Models.set(image, "data", Base64.getMimeDecoder().decode(i.text()));
        } catch (IllegalArgumentException e) {
            throw ctx.problems.error(i, "the image " + path + " is not valid base64: " + e.getMessage());
        }
        Models.list(ctx.architecture, "images").add(image);
    }
}
