package vn.ndaf.interop.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;

import vn.ndaf.interop.model.Geometry;
import vn.ndaf.interop.model.LangTexts;
import vn.ndaf.interop.model.LangTexts.LangText;
import vn.ndaf.metamodel.Models;

/** Writes a node and, nested, its children. */
final class ExchangeNodeWriter {

    /** Archi's default size of an element figure, written where ndaf keeps -1 ("default size"). */
    private static final int DEFAULT_WIDTH = 120;
    private static final int DEFAULT_HEIGHT = 55;
    private static final Set<String> CONTENT_KINDS = Set.of("StickyNode", "CanvasBlockNode", "CanvasStickyNode");

    private final ExchangeOut out;
    private final int[] offset;

    ExchangeNodeWriter(ExchangeOut out, int[] offset) {
        this.out = out;
        this.offset = offset;
    }

    void node(EObject node) {
        String kind = node.eClass().getName();
        List<EObject> children = Models.list(node, "children");
        boolean viewReference = kind.equals("ViewReferenceNode");
        String type = kind.equals("ElementNode") ? "Element" : kind.equals("GroupNode") || !children.isEmpty() ? "Container" : "Label";
        int[] b = Geometry.absoluteBounds(node);
        out.xml.start("node").attr("identifier", out.ids.of(node)).attr("xsi:type", type);
        if (kind.equals("ElementNode")) {
            out.xml.attr("elementRef", out.ids.of((EObject) Models.get(node, "element")));
        }
        if (kind.equals("NoteNode") && type.equals("Label")) {
            EObject concept = (EObject) Models.get(node, "conceptRef");
            out.xml.attr("conceptRef", concept == null ? null : out.ids.of(concept));
            out.xml.attr("xpathPart", Models.string(node, "xpathPart"));
        }
        out.xml.attr("x", b[0] - offset[0]).attr("y", b[1] - offset[1]);
        out.xml.attr("w", b[2] > 0 ? b[2] : DEFAULT_WIDTH).attr("h", b[3] > 0 ? b[3] : DEFAULT_HEIGHT);
        if (!kind.equals(natural(type, viewReference, children.isEmpty()))) {
            out.ndaf("kind", kind);
        }
        out.sourceIdAttribute(node);
        if (b[2] <= 0) {
            out.ndaf("w", b[2]);
        }
        if (b[3] <= 0) {
            out.ndaf("h", b[3]);
        }
        if (kind.equals("NoteNode")) {
            out.ndaf("name", Models.string(node, "name"));
        }
        if (CONTENT_KINDS.contains(kind)) {
            out.ndaf("content", Models.string(node, "content"));
        }
        ExchangeStyleWriter.Node style = new ExchangeStyleWriter.Node(node);
        style.extensions(out);
        for (String name : List.of("textAlignment", "textPosition", "borderType", "figureType", "imagePath", "imagePosition", "borderColor",
                "locked", "hintTitle", "hintContent", "notes")) {
            out.ndaf(name, NdafScalars.text(node, name));
        }
        out.ndaf("features", NdafAttributes.features(node));
        out.ndaf("properties", NdafAttributes.properties(node));

        out.texts("label", labels(node, kind), false);
        out.documentation(node);
        style.write(out);
        List<EObject> viewRefs = new ArrayList<>();
        if (viewReference) {
            viewRefs.add((EObject) Models.get(node, "view"));
        }
        viewRefs.addAll(Models.list(node, "viewRefs"));
        for (EObject v : viewRefs) {
            out.xml.start("viewRef").attr("ref", out.ids.of(v)).end();
        }
        for (EObject child : children) {
            node(child);
        }
        out.xml.end();
    }

    /** The node class a reader infers from the xsi:type alone; ndaf:kind is written when the class differs. */
    private static String natural(String type, boolean hasViewRef, boolean noChildren) {
        return switch (type) {
        case "Element" -> "ElementNode";
        case "Container" -> "GroupNode";
        default -> hasViewRef && noChildren ? "ViewReferenceNode" : noChildren ? "NoteNode" : "GroupNode";
        };
    }

    private static List<LangText> labels(EObject node, String kind) {
        if (kind.equals("NoteNode")) {
            String content = Models.string(node, "content");
            List<EObject> variants = Models.list(node, "nameVariants");
            if (!variants.isEmpty() && LangTexts.sameText(Models.string(variants.get(0), "value"), content)) {
                List<LangText> texts = new ArrayList<>();
                for (EObject v : variants) {
                    texts.add(new LangText(Models.string(v, "lang"), LangTexts.nullToEmpty(Models.string(v, "value"))));
                }
                return texts;
            }
            return content == null ? List.of() : List.of(new LangText(null, content));
        }
        if (kind.equals("ViewReferenceNode") && Models.string(node, "name") == null) {
            String viewName = Models.string((EObject) Models.get(node, "view"), "name");
            return viewName == null ? List.of() : List.of(new LangText(null, viewName));
        }
        return ExchangeViewWriter.names(node);
    }
}
