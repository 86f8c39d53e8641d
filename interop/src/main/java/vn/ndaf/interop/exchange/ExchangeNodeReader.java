package vn.ndaf.interop.exchange;

import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;

import vn.ndaf.interop.io.XmlElement;
import vn.ndaf.interop.model.LangTexts;
import vn.ndaf.interop.model.LangTexts.LangText;
import vn.ndaf.metamodel.Models;
import vn.ndaf.metamodel.NdafMetamodel;
import vn.ndaf.metamodel.validation.Describe;

/** Reads the nodes of one view, recursively. */
final class ExchangeNodeReader {

    private static final Set<String> NODE_KINDS = Set.of("ElementNode", "GroupNode", "NoteNode", "ViewReferenceNode", "ImageNode", "StickyNode",
            "SketchActorNode", "CanvasBlockNode", "CanvasStickyNode", "CanvasImageNode");
    private static final Set<String> NODE_ATTRIBUTES = Set.of("identifier", "x", "y", "w", "h", "elementRef", "conceptRef", "xpathPart");
    private static final Set<String> NODE_CHILDREN = Set.of("label", "documentation", "style", "viewRef", "node");
    private static final Set<String> NODE_NDAF;

    static {
        java.util.Set<String> ndaf = new java.util.HashSet<>(NdafScalars.NODE.keySet());
        ndaf.addAll(Set.of("kind", "sourceId", "features", "properties", "w", "h"));
        NODE_NDAF = Set.copyOf(ndaf);
    }

    private final ExchangeContext ctx;

    ExchangeNodeReader(ExchangeContext ctx) {
        this.ctx = ctx;
    }

    /** Reads a node into {@code parent} (the view or a node) whose absolute position in the file is px, py. */
    void node(XmlElement n, EObject parent, int px, int py) {
        String identifier = ctx.identifier(n);
        String type = ExchangeConceptReader.xsiType(n, ctx);
        List<XmlElement> childNodes = n.children(ExchangeNames.NS, "node");
        List<XmlElement> viewRefs = n.children(ExchangeNames.NS, "viewRef");
        String kind = kind(n, identifier, type, childNodes, viewRefs);
        ExchangeUnknowns.attributes(n, NODE_ATTRIBUTES, NODE_NDAF, ctx.problems);
        ExchangeUnknowns.children(n, NODE_CHILDREN, Set.of(), ctx.problems);
        EObject node = NdafMetamodel.get().create(kind);
        String sourceId = n.attr(ExchangeNames.NDAF, "sourceId");
        Models.set(node, "id", sourceId != null ? sourceId : identifier);
        int x = ctx.intAttr(n, "", "x", true);
        int y = ctx.intAttr(n, "", "y", true);
        int w = ctx.intAttr(n, "", "w", true);
        int h = ctx.intAttr(n, "", "h", true);
        EObject bounds = NdafMetamodel.get().create("Bounds");
        Models.set(bounds, "x", x - px);
        Models.set(bounds, "y", y - py);
        Models.set(bounds, "width", orDefault(ctx.intAttr(n, ExchangeNames.NDAF, "w", false), w));
        Models.set(bounds, "height", orDefault(ctx.intAttr(n, ExchangeNames.NDAF, "h", false), h));
        Models.set(node, "bounds", bounds);
        Models.list(parent, "children").add(node);
        ctx.register(n, identifier, Models.id(node), node);

        int firstExtraViewRef = 0;
        List<LangText> labels = ExchangeTexts.of(n, "label");
        switch (kind) {
        case "ElementNode" -> Models.set(node, "element", element(n, identifier));
        case "NoteNode" -> {
            note(n, node, labels);
            labels = List.of();
        }
        case "ViewReferenceNode" -> {
            EObject target = view(viewRefs.get(0), identifier);
            Models.set(node, "view", target);
            firstExtraViewRef = 1;
            if (!labels.isEmpty() && LangTexts.sameText(labels.get(0).value(), Models.string(target, "name")) && labels.size() == 1) {
                labels = List.of();
            }
        }
        default -> {
            // the label is the name
        }
        }
        LangTexts.set(node, "name", "nameVariants", labels);
        LangTexts.set(node, "documentation", "documentationVariants", ExchangeTexts.of(n, "documentation"));
        for (int i = firstExtraViewRef; i < viewRefs.size(); i++) {
            Models.<EObject>list(node, "viewRefs").add(view(viewRefs.get(i), identifier));
        }
        ExchangeStyleReader.node(n, node, ctx);
        NdafAttributes.readFeatures(n, node);
        NdafAttributes.readProperties(n, node);
        NdafScalars.read(n, node, NdafScalars.NODE, ctx);
        for (XmlElement child : childNodes) {
            node(child, node, x, y);
        }
    }

    private String kind(XmlElement n, String identifier, String type, List<XmlElement> childNodes, List<XmlElement> viewRefs) {
        String kind = n.attr(ExchangeNames.NDAF, "kind");
        if (kind != null && !NODE_KINDS.contains(kind)) {
            throw ctx.problems.error(n, "node '" + identifier + "' has ndaf:kind='" + kind + "'; it must be one of " + NODE_KINDS);
        }
        switch (type) {
        case "Element" -> {
            if (n.attr("elementRef") == null) {
                throw ctx.problems.error(n, "node '" + identifier + "' of type Element has no elementRef");
            }
            return "ElementNode";
        }
        case "Container" -> {
            return kind != null ? kind : "GroupNode";
        }
        case "Label" -> {
            if (kind != null) {
                return kind;
            }
            if (!viewRefs.isEmpty() && childNodes.isEmpty()) {
                return "ViewReferenceNode";
            }
            return childNodes.isEmpty() ? "NoteNode" : "GroupNode";
        }
        default -> throw ctx.problems.error(n, "node '" + identifier + "' has the type '" + type + "'; a node must be an Element, Container or Label");
        }
    }

    private void note(XmlElement n, EObject node, List<LangText> labels) {
        if (!labels.isEmpty()) {
            Models.set(node, "content", LangTexts.emptyToNull(labels.get(0).value()));
            if (labels.size() > 1 || labels.get(0).lang() != null) {
                LangTexts.set(node, "name", "nameVariants", labels);
                Models.set(node, "name", null);
            }
        }
        String conceptRef = n.attr("conceptRef");
        if (conceptRef != null) {
            EObject concept = ctx.byIdentifier.get(conceptRef);
            if (concept == null || !Models.isA(concept, "Concept")) {
                throw ctx.problems.error(n, "label '" + n.attr("identifier") + "' has the conceptRef '" + conceptRef + "', "
                        + (concept == null ? "which is not in the file" : "which is " + Describe.of(concept) + ", not a concept"));
            }
            Models.set(node, "conceptRef", concept);
        }
        Models.set(node, "xpathPart", n.attr("xpathPart"));
    }

    private EObject element(XmlElement n, String identifier) {
        String ref = n.attr("elementRef");
        EObject element = ctx.byIdentifier.get(ref);
        if (element == null || !Models.isA(element, "Element")) {
            throw ctx.problems.error(n, "node '" + identifier + "' has the elementRef '" + ref + "', "
                    + (element == null ? "which is not in the file" : "which is " + Describe.of(element) + ", not an element"));
        }
        return element;
    }

    private EObject view(XmlElement viewRef, String identifier) {
        String ref = viewRef.attr("ref");
        EObject target = ctx.byIdentifier.get(ref);
        if (target == null || !Models.isA(target, "View")) {
            throw ctx.problems.error(viewRef, "node '" + identifier + "' has the viewRef '" + ref + "', "
                    + (target == null ? "which is not in the file" : "which is " + Describe.of(target) + ", not a view"));
        }
        return target;
    }

    private static int orDefault(Integer value, int fallback) {
        return value == null ? fallback : value;
    }
}
