package vn.ndaf.interop.exchange;

import java.util.HashSet;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;

import vn.ndaf.interop.io.XmlElement;
import vn.ndaf.interop.model.Folders;
import vn.ndaf.interop.model.LangTexts;
import vn.ndaf.metamodel.Models;
import vn.ndaf.metamodel.NdafMetamodel;
import vn.ndaf.metamodel.validation.Describe;

/**
 * Reads {@code <organizations>} into folders: an item with child items (or without a reference) is a
 * folder, an item referring to a concept or view files it in its parent folder. A top-level folder whose
 * label is one of Archi's top-level folder names takes that folder's kind. Items without an identifier get
 * a deterministic one.
 */
final class ExchangeOrganizationReader {

    private static final Set<String> ITEM_ATTRIBUTES = Set.of("identifier", "identifierRef");
    private static final Set<String> ITEM_NDAF = Set.of("sourceId", "folderType", "features", "properties");
    private static final Set<String> ITEM_CHILDREN = Set.of("label", "documentation", "item");

    private final ExchangeContext ctx;
    private final Set<EObject> filed = new HashSet<>();
    private int generated;

    private ExchangeOrganizationReader(ExchangeContext ctx) {
        this.ctx = ctx;
    }

    static void read(XmlElement model, ExchangeContext ctx) {
        ExchangeOrganizationReader reader = new ExchangeOrganizationReader(ctx);
        for (XmlElement organizations : model.children(ExchangeNames.NS, "organizations")) {
            ExchangeUnknowns.children(organizations, Set.of("item"), Set.of(), ctx.problems);
            for (XmlElement item : organizations.children(ExchangeNames.NS, "item")) {
                reader.item(item, null);
            }
        }
    }

    private void item(XmlElement item, EObject parent) {
        ExchangeUnknowns.attributes(item, ITEM_ATTRIBUTES, ITEM_NDAF, ctx.problems);
        ExchangeUnknowns.children(item, ITEM_CHILDREN, Set.of(), ctx.problems);
        String ref = item.attr("identifierRef");
        if (ref != null && item.children(ExchangeNames.NS, "item").isEmpty()) {
            member(item, ref, parent);
            return;
        }
        if (ref != null) {
            ctx.problems.warn(item, "the identifierRef '" + ref + "' of an item that has child items is not kept; the item is read as a folder");
        }
        EObject folder = NdafMetamodel.get().create("Folder");
        String identifier = item.attr("identifier");
        String sourceId = item.attr(ExchangeNames.NDAF, "sourceId");
        String id = sourceId != null ? sourceId : identifier != null ? identifier : ctx.ids.unused("id-folder-" + (++generated));
        Models.set(folder, "id", id);
        LangTexts.set(folder, "name", "nameVariants", ExchangeTexts.of(item, "label"));
        LangTexts.set(folder, "documentation", "documentationVariants", ExchangeTexts.of(item, "documentation"));
        String kind = item.attr(ExchangeNames.NDAF, "folderType");
        if (kind == null && parent == null) {
            kind = Folders.kindOfDefaultName(Models.string(folder, "name"));
        }
        if (kind != null) {
            try {
                Models.set(folder, "type", kind);
            } catch (IllegalArgumentException e) {
                throw ctx.problems.error(item, "ndaf:folderType='" + kind + "' is not a folder kind");
            }
        }
        NdafAttributes.readFeatures(item, folder);
        NdafAttributes.readProperties(item, folder);
        Models.list(parent == null ? ctx.architecture : parent, "folders").add(folder);
        ctx.register(item, identifier, id, folder);
        for (XmlElement child : item.children(ExchangeNames.NS, "item")) {
            item(child, folder);
        }
    }

    private void member(XmlElement item, String ref, EObject parent) {
        EObject object = ctx.byIdentifier.get(ref);
        if (object == null) {
            throw ctx.problems.error(item, "the organization item refers to '" + ref + "', which is not in the file");
        }
        if (!Models.isA(object, "Concept") && !Models.isA(object, "View")) {
            ctx.problems.warn(item, "the organization item for " + Describe.of(object) + " is not kept: folders hold concepts and views only");
            return;
        }
        if (parent == null) {
            ctx.problems.warn(item, "the organization item for " + Describe.of(object) + " is outside any folder; it is not kept as a folder entry");
            return;
        }
        if (!filed.add(object)) {
            ctx.problems.warn(item, Describe.of(object) + " is filed in a second folder; ndaf keeps it in the first one only");
            return;
        }
        Models.<EObject>list(parent, "members").add(object);
    }
}
