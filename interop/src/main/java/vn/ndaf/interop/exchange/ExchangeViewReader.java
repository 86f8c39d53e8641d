package vn.ndaf.interop.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;

import vn.ndaf.interop.exchange.ExchangePropertyReader.RawProperty;
import vn.ndaf.interop.io.XmlElement;
import vn.ndaf.interop.model.LangTexts;
import vn.ndaf.interop.model.Viewpoints;
import vn.ndaf.metamodel.Models;
import vn.ndaf.metamodel.NdafMetamodel;

/**
 * Reads the views of an exchange file: each view, then its nodes (absolute positions made relative to the
 * parent node, as ndaf keeps them), then its connections, whose ends, bendpoints and relationship are
 * checked once every node and connection of the view exists.
 */
final class ExchangeViewReader {

    private static final Set<String> VIEW_KINDS = Set.of("ArchimateView", "SketchView", "CanvasView");
    private static final Set<String> VIEW_ATTRIBUTES = Set.of("identifier", "viewpoint", "viewpointRef");
    private static final Set<String> VIEW_NDAF = Set.of("kind", "features", "offsetX", "offsetY", "connectionRouterType", "background", "hintTitle",
            "hintContent");
    private static final Set<String> VIEW_CHILDREN = Set.of("name", "documentation", "properties", "node", "connection");

    private record View(XmlElement xml, EObject view, int offsetX, int offsetY) {
    }

    private ExchangeViewReader() {
    }

    static void read(XmlElement model, ExchangeContext ctx) {
        XmlElement views = model.child(ExchangeNames.NS, "views");
        if (views == null) {
            return;
        }
        ExchangeUnknowns.children(views, Set.of("diagrams", "viewpoints"), Set.of(), ctx.problems);
        XmlElement viewpoints = views.child(ExchangeNames.NS, "viewpoints");
        if (viewpoints != null) {
            ctx.problems.warn(viewpoints, "the " + viewpoints.children().size()
                    + " custom viewpoint definition(s) in <viewpoints> are not kept; views keep the viewpoint names they use");
        }
        List<View> read = new ArrayList<>();
        for (XmlElement diagrams : views.children(ExchangeNames.NS, "diagrams")) {
            ExchangeUnknowns.children(diagrams, Set.of("view"), Set.of(), ctx.problems);
            for (XmlElement v : diagrams.children(ExchangeNames.NS, "view")) {
                read.add(view(v, ctx));
            }
        }
        for (View v : read) {
            ExchangeNodeReader nodes = new ExchangeNodeReader(ctx);
            for (XmlElement n : v.xml().children(ExchangeNames.NS, "node")) {
                nodes.node(n, v.view(), -v.offsetX(), -v.offsetY());
            }
            ExchangeConnectionReader connections = new ExchangeConnectionReader(ctx, v.view(), v.offsetX(), v.offsetY());
            for (XmlElement c : v.xml().children(ExchangeNames.NS, "connection")) {
                connections.connection(c);
            }
            connections.resolve();
        }
    }

    private static View view(XmlElement v, ExchangeContext ctx) {
        String identifier = ctx.identifier(v);
        String type = v.attr(ExchangeNames.XSI, "type") == null ? "Diagram" : ExchangeConceptReader.xsiType(v, ctx);
        if (!type.equals("Diagram")) {
            throw ctx.problems.error(v, "view '" + identifier + "' has the type '" + type + "'; the exchange format defines only Diagram views");
        }
        String kind = v.attr(ExchangeNames.NDAF, "kind");
        if (kind == null) {
            kind = "ArchimateView";
        } else if (!VIEW_KINDS.contains(kind)) {
            throw ctx.problems.error(v, "view '" + identifier + "' has ndaf:kind='" + kind + "'; it must be one of " + VIEW_KINDS);
        }
        ExchangeUnknowns.attributes(v, VIEW_ATTRIBUTES, VIEW_NDAF, ctx.problems);
        ExchangeUnknowns.children(v, VIEW_CHILDREN, Set.of(), ctx.problems);
        EObject view = NdafMetamodel.get().create(kind);
        List<RawProperty> properties = ExchangePropertyReader.read(v, ctx);
        String sourceId = ExchangePropertyReader.takeSourceId(properties);
        Models.set(view, "id", sourceId != null ? sourceId : identifier);
        LangTexts.set(view, "name", "nameVariants", ExchangeTexts.of(v, "name"));
        LangTexts.set(view, "documentation", "documentationVariants", ExchangeTexts.of(v, "documentation"));
        ExchangePropertyReader.attach(view, properties);
        String viewpoint = v.attr("viewpoint");
        if (viewpoint != null) {
            if (Models.isA(view, "ArchimateView")) {
                Models.set(view, "viewpoint", Viewpoints.fromExchange(viewpoint.trim()));
            } else {
                ctx.problems.warn(v, "the viewpoint '" + viewpoint + "' of " + kind + " '" + identifier + "' is not kept: only ArchiMate views have viewpoints");
            }
        }
        if (v.attr("viewpointRef") != null) {
            ctx.problems.warn(v, "the reference to the custom viewpoint '" + v.attr("viewpointRef") + "' of view '" + identifier + "' is not kept");
        }
        NdafAttributes.readFeatures(v, view);
        NdafScalars.read(v, view, NdafScalars.VIEW, ctx);
        Models.list(ctx.architecture, "views").add(view);
        ctx.register(v, identifier, Models.id(view), view);
        int offsetX = orZero(ctx.intAttr(v, ExchangeNames.NDAF, "offsetX", false));
        int offsetY = orZero(ctx.intAttr(v, ExchangeNames.NDAF, "offsetY", false));
        return new View(v, view, offsetX, offsetY);
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }
}
