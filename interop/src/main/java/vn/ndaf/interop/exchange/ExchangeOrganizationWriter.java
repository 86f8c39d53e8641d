package vn.ndaf.interop.exchange;

import java.util.List;

import org.eclipse.emf.ecore.EObject;

import vn.ndaf.metamodel.Models;

/** Writes folders as {@code <organizations>}: one item per folder, with its identifier, and one per filed concept or view. */
final class ExchangeOrganizationWriter {

    private ExchangeOrganizationWriter() {
    }

    static void write(EObject architecture, ExchangeOut out) {
        List<EObject> folders = Models.list(architecture, "folders");
        if (folders.isEmpty()) {
            return;
        }
        out.xml.start("organizations");
        for (EObject folder : folders) {
            folder(folder, out);
        }
        out.xml.end();
    }

    private static void folder(EObject folder, ExchangeOut out) {
        out.xml.start("item").attr("identifier", out.ids.of(folder));
        out.sourceIdAttribute(folder);
        String type = Models.string(folder, "type");
        if (type != null && !type.equals("user")) {
            out.ndaf("folderType", type);
        }
        out.ndaf("features", NdafAttributes.features(folder));
        out.ndaf("properties", NdafAttributes.properties(folder));
        out.names(folder, "label", false);
        out.documentation(folder);
        for (EObject sub : Models.<EObject>list(folder, "folders")) {
            folder(sub, out);
        }
        for (EObject member : Models.<EObject>list(folder, "members")) {
            out.xml.start("item").attr("identifierRef", out.ids.of(member)).end();
        }
        out.xml.end();
    }
}
