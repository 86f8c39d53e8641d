package vn.ndaf.interop.archi;

import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;

import vn.ndaf.metamodel.Models;

/**
 * Writes a view as Archi does: diagram objects nested as in ndaf, each connection under its source (a
 * node or another connection) in the order of the view's connection list, and every object's incoming
 * connections in {@code targetConnections}.
 */
final class ArchiViewWriter {

    private static final Set<String> VIEW_SLOTS = Set.of("name", "documentation", "connectionRouterType", "viewpoint", "background", "hintTitle",
            "hintContent");
    private static final Set<String> CONNECTION_SLOTS = Set.of("name", "documentation", "font", "fontColor", "lineWidth", "lineColor", "textAlignment",
            "textPosition", "connectionType");

    private final ArchiOut out;
    private List<EObject> connections;
    private boolean canvas;

    ArchiViewWriter(ArchiOut out) {
        this.out = out;
    }

    void view(EObject view) {
        String ndafClass = view.eClass().getName();
        connections = Models.list(view, "connections");
        canvas = ndafClass.equals("CanvasView");
        out.xml.start("element").attr("xsi:type", ArchiNames.archiClassOf(ndafClass)).attr("name", ArchiOut.emptyToNull(Models.string(view, "name")))
                .attr("id", Models.id(view)).attr("connectionRouterType", Models.get(view, "connectionRouterType"));
        switch (ndafClass) {
        case "ArchimateView" -> out.xml.attr("viewpoint", ArchiOut.emptyToNull(Models.string(view, "viewpoint")));
        case "SketchView" -> out.xml.attr("background", Models.get(view, "background"));
        default -> out.xml.attr("hintTitle", Models.string(view, "hintTitle"));
        }
        out.features(view, VIEW_SLOTS, true);
        for (EObject child : Models.<EObject>list(view, "children")) {
            node(child);
        }
        out.documentation(view);
        out.properties(view);
        if (canvas) {
            out.text("hintContent", Models.string(view, "hintContent"));
        }
        out.xml.end();
    }

    private void node(EObject node) {
        String ndafClass = node.eClass().getName();
        ArchiNodeSpec spec = ArchiNodeSpec.of(ndafClass);
        out.xml.start("child").attr("xsi:type", spec.archiType()).attr("id", Models.id(node));
        if (spec.named()) {
            out.xml.attr("name", ArchiOut.emptyToNull(Models.string(node, "name")));
        }
        out.xml.attr("targetConnections", targetConnections(node));
        for (String name : ArchiNodeSpec.SHARED) {
            out.xml.attr(name, Models.get(node, name));
        }
        for (String name : spec.attributes()) {
            out.xml.attr(name, Models.get(node, name));
        }
        if (ndafClass.equals("ElementNode")) {
            out.xml.attr("archimateElement", Models.id((EObject) Models.get(node, "element"))).attr("type", Models.get(node, "figureType"));
        } else if (ndafClass.equals("ViewReferenceNode")) {
            out.xml.attr("model", Models.id((EObject) Models.get(node, "view")));
        }
        bounds((EObject) Models.get(node, "bounds"));
        out.features(node, spec.slots(), spec.hasProperties());
        sourceConnections(node);
        List<EObject> children = Models.list(node, "children");
        if (!spec.children().contains("child")) {
            children.forEach(this::node);
        }
        for (String part : spec.children()) {
            switch (part) {
            case "child" -> children.forEach(this::node);
            case "documentation" -> out.documentation(node);
            case "property" -> out.properties(node);
            default -> out.text(part, Models.string(node, part));
            }
        }
        out.xml.end();
    }

    private void sourceConnections(EObject source) {
        for (EObject c : connections) {
            if (Models.get(c, "source") == source) {
                connection(c);
            }
        }
    }

    private void connection(EObject c) {
        EObject relationship = (EObject) Models.get(c, "relationship");
        String type = relationship != null ? "archimate:Connection" : canvas ? "canvas:CanvasModelConnection" : null;
        out.xml.start("sourceConnection").attr("xsi:type", type).attr("id", Models.id(c));
        if (relationship == null) {
            out.xml.attr("name", ArchiOut.emptyToNull(Models.string(c, "name")));
        }
        out.xml.attr("targetConnections", targetConnections(c));
        for (String name : List.of("font", "fontColor", "lineWidth", "lineColor", "textAlignment", "textPosition")) {
            out.xml.attr(name, Models.get(c, name));
        }
        out.xml.attr("source", Models.id((EObject) Models.get(c, "source"))).attr("target", Models.id((EObject) Models.get(c, "target")));
        out.xml.attr("type", Models.get(c, "connectionType"));
        if (relationship != null) {
            out.xml.attr("archimateRelationship", Models.id(relationship));
        } else if (canvas) {
            out.xml.attr("locked", Models.get(c, "locked"));
        }
        Set<String> slots = new java.util.HashSet<>(CONNECTION_SLOTS);
        if (relationship != null) {
            slots.remove("name");
        }
        if (relationship == null && canvas) {
            slots.add("locked");
        }
        out.features(c, slots, true);
        sourceConnections(c);
        out.properties(c);
        out.documentation(c);
        for (EObject b : Models.<EObject>list(c, "bendpoints")) {
            out.xml.start("bendpoint");
            for (String name : List.of("startX", "startY", "endX", "endY")) {
                Integer v = (Integer) Models.get(b, name);
                out.xml.attr(name, v == 0 ? null : v);
            }
            out.xml.end();
        }
        out.xml.end();
    }

    private void bounds(EObject b) {
        if (b == null) {
            return;
        }
        int x = (Integer) Models.get(b, "x");
        int y = (Integer) Models.get(b, "y");
        int w = (Integer) Models.get(b, "width");
        int h = (Integer) Models.get(b, "height");
        out.xml.start("bounds").attr("x", x == 0 ? null : x).attr("y", y == 0 ? null : y).attr("width", w == -1 ? null : w)
                .attr("height", h == -1 ? null : h).end();
    }

    private String targetConnections(EObject target) {
        StringBuilder sb = new StringBuilder();
        for (EObject c : connections) {
            if (Models.get(c, "target") == target) {
                if (sb.length() > 0) {
                    sb.append(' ');
                }
                sb.append(Models.id(c));
            }
        }
        return sb.length() == 0 ? null : sb.toString();
    }
}
