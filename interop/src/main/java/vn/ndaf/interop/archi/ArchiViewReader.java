package vn.ndaf.interop.archi;

import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

import vn.ndaf.interop.io.XmlElement;
import vn.ndaf.interop.model.LangTexts;
import vn.ndaf.metamodel.Models;
import vn.ndaf.metamodel.NdafMetamodel;

/**
 * Reads Archi's diagram models: diagram objects with bounds relative to their parent (kept as they are),
 * and connections, which Archi nests under their source object and ndaf keeps in one list per view, in
 * document order.
 */
final class ArchiViewReader {

    private static final Set<String> VIEW_ATTRIBUTES = Set.of("name", "id", "connectionRouterType", "viewpoint", "background", "hintTitle");
    private static final Set<String> VIEW_CHILDREN = Set.of("feature", "child", "documentation", "property", "hintContent");
    private static final Set<String> NODE_ATTRIBUTES = Set.of("id", "name", "targetConnections", "font", "fontColor", "lineWidth", "lineColor",
            "textAlignment", "fillColor", "alpha", "textPosition", "imagePath", "imagePosition", "archimateElement", "type", "borderType", "model",
            "borderColor", "locked", "hintTitle");
    private static final Set<String> NODE_CHILDREN = Set.of("bounds", "feature", "sourceConnection", "child", "documentation", "property", "content",
            "hintContent", "notes");
    private static final Set<String> CONNECTION_ATTRIBUTES = Set.of("id", "name", "targetConnections", "font", "fontColor", "lineWidth", "lineColor",
            "textAlignment", "textPosition", "source", "target", "type", "archimateRelationship", "relationship", "locked");
    private static final Set<String> CONNECTION_CHILDREN = Set.of("feature", "sourceConnection", "property", "documentation", "bendpoint");
    private static final List<String> STRING_STYLES = List.of("font", "fontColor", "lineColor", "fillColor", "imagePath", "borderColor", "hintTitle");
    private static final List<String> INT_STYLES = List.of("lineWidth", "textAlignment", "alpha", "textPosition", "imagePosition", "borderType");

    private final ArchiContext ctx;

    ArchiViewReader(ArchiContext ctx) {
        this.ctx = ctx;
    }

    EObject view(XmlElement e, String viewClass) {
        ctx.unknowns(e, VIEW_ATTRIBUTES, VIEW_CHILDREN);
        EObject view = NdafMetamodel.get().create(viewClass);
        ctx.register(e, view);
        Models.set(view, "name", LangTexts.emptyToNull(e.attr("name")));
        Models.set(view, "connectionRouterType", ctx.intAttr(e, "connectionRouterType"));
        switch (viewClass) {
        case "ArchimateView" -> Models.set(view, "viewpoint", LangTexts.emptyToNull(e.attr("viewpoint")));
        case "SketchView" -> Models.set(view, "background", ctx.intAttr(e, "background"));
        default -> {
            Models.set(view, "hintTitle", e.attr("hintTitle"));
            XmlElement hint = e.child("", "hintContent");
            Models.set(view, "hintContent", hint == null ? null : hint.text());
        }
        }
        ctx.common(e, view);
        Models.list(ctx.architecture, "views").add(view);
        for (XmlElement c : e.children("", "child")) {
            node(c, view, view);
        }
        return view;
    }

    private void node(XmlElement e, EObject parent, EObject view) {
        String type = ArchiContext.type(e);
        String nodeClass = type == null ? null : ArchiNames.NODE_CLASSES.get(type);
        if (nodeClass == null) {
            throw ctx.problems.error(e, "<child id=\"" + e.attr("id") + "\"> has the type '" + type + "', which is not a diagram object type");
        }
        ctx.unknowns(e, NODE_ATTRIBUTES, NODE_CHILDREN);
        EObject node = NdafMetamodel.get().create(nodeClass);
        Models.list(parent, "children").add(node);
        ctx.register(e, node);
        if (e.attr("name") != null) {
            Models.set(node, "name", LangTexts.emptyToNull(e.attr("name")));
        }
        for (String name : STRING_STYLES) {
            setIfPresent(e, node, name, e.attr(name));
        }
        for (String name : INT_STYLES) {
            if (e.attr(name) != null) {
                setIfPresent(e, node, name, ctx.intAttr(e, name));
            }
        }
        if (e.attr("locked") != null) {
            setIfPresent(e, node, "locked", Boolean.valueOf(e.attr("locked")));
        }
        if (nodeClass.equals("ElementNode")) {
            if (e.attr("archimateElement") == null) {
                throw ctx.problems.error(e, "diagram object '" + e.attr("id") + "' has no archimateElement");
            }
            ctx.later(node, "element", e.attr("archimateElement"), "Element", e);
            Models.set(node, "figureType", ctx.intAttr(e, "type"));
        } else if (nodeClass.equals("ViewReferenceNode")) {
            if (e.attr("model") == null) {
                throw ctx.problems.error(e, "view reference '" + e.attr("id") + "' has no model");
            }
            ctx.later(node, "view", e.attr("model"), "View", e);
        }
        Models.set(node, "bounds", bounds(e.child("", "bounds")));
        ctx.common(e, node);
        for (String text : List.of("content", "hintContent", "notes")) {
            XmlElement t = e.child("", text);
            if (t != null) {
                setIfPresent(t, node, text, t.text());
            }
        }
        for (XmlElement c : e.children()) {
            if (c.localName().equals("child")) {
                node(c, node, view);
            } else if (c.localName().equals("sourceConnection")) {
                connection(c, node, view);
            }
        }
    }

    private void connection(XmlElement e, EObject source, EObject view) {
        String type = ArchiContext.type(e);
        if (type != null && !type.equals("archimate:Connection") && !type.equals("canvas:CanvasModelConnection")
                && !type.equals("archimate:DiagramModelConnection")) {
            throw ctx.problems.error(e, "<sourceConnection id=\"" + e.attr("id") + "\"> has the type '" + type + "', which is not a connection type");
        }
        ctx.unknowns(e, CONNECTION_ATTRIBUTES, CONNECTION_CHILDREN);
        EObject c = NdafMetamodel.get().create("Connection");
        Models.list(view, "connections").add(c);
        ctx.register(e, c);
        Models.set(c, "name", LangTexts.emptyToNull(e.attr("name")));
        for (String name : List.of("font", "fontColor", "lineColor")) {
            Models.set(c, name, e.attr(name));
        }
        for (String name : List.of("lineWidth", "textAlignment", "textPosition")) {
            Models.set(c, name, ctx.intAttr(e, name));
        }
        Models.set(c, "connectionType", ctx.intAttr(e, "type"));
        if (e.attr("locked") != null) {
            Models.set(c, "locked", Boolean.valueOf(e.attr("locked")));
        }
        if (e.attr("source") != null) {
            ctx.later(c, "source", e.attr("source"), "Connectable", e);
        } else {
            Models.set(c, "source", source);
        }
        if (e.attr("target") == null) {
            throw ctx.problems.error(e, "connection '" + e.attr("id") + "' has no target");
        }
        ctx.later(c, "target", e.attr("target"), "Connectable", e);
        String relationship = e.attr("archimateRelationship") != null ? e.attr("archimateRelationship") : e.attr("relationship");
        if ("archimate:Connection".equals(type) && relationship == null) {
            throw ctx.problems.error(e, "connection '" + e.attr("id") + "' shows no archimateRelationship");
        }
        ctx.later(c, "relationship", relationship, "Relationship", e);
        ctx.common(e, c);
        for (XmlElement b : e.children("", "bendpoint")) {
            ctx.unknowns(b, Set.of("startX", "startY", "endX", "endY"), Set.of());
            EObject bp = NdafMetamodel.get().create("Bendpoint");
            for (String name : List.of("startX", "startY", "endX", "endY")) {
                Integer v = ctx.intAttr(b, name);
                Models.set(bp, name, v == null ? 0 : v);
            }
            Models.list(c, "bendpoints").add(bp);
        }
        ctx.connections.add(new ArchiContext.Located(c, e.line()));
        for (XmlElement nested : e.children("", "sourceConnection")) {
            connection(nested, c, view);
        }
    }

    private EObject bounds(XmlElement b) {
        if (b == null) {
            return null;
        }
        ctx.unknowns(b, Set.of("x", "y", "width", "height"), Set.of());
        EObject bounds = NdafMetamodel.get().create("Bounds");
        Integer x = ctx.intAttr(b, "x");
        Integer y = ctx.intAttr(b, "y");
        Integer w = ctx.intAttr(b, "width");
        Integer h = ctx.intAttr(b, "height");
        Models.set(bounds, "x", x == null ? 0 : x);
        Models.set(bounds, "y", y == null ? 0 : y);
        Models.set(bounds, "width", w == null ? -1 : w);
        Models.set(bounds, "height", h == null ? -1 : h);
        return bounds;
    }

    private void setIfPresent(XmlElement e, EObject node, String name, Object value) {
        if (value == null) {
            return;
        }
        EStructuralFeature f = node.eClass().getEStructuralFeature(name);
        if (f == null) {
            ctx.problems.warn(e, name + "=\"" + value + "\" is not kept: a " + node.eClass().getName() + " has no " + name);
            return;
        }
        node.eSet(f, value);
    }
}
