package vn.ndaf.interop.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;

import vn.ndaf.interop.io.XmlElement;
import vn.ndaf.interop.model.ConnectionChecks;
import vn.ndaf.interop.model.Geometry;
import vn.ndaf.interop.model.LangTexts;
import vn.ndaf.metamodel.Models;
import vn.ndaf.metamodel.NdafMetamodel;
import vn.ndaf.metamodel.validation.Describe;

/**
 * Reads the connections of one view. Ends are resolved once all connections exist (a connection may end at
 * a later one); a connection showing a relationship must join what the relationship joins. Bendpoints come
 * from ndaf's exact offsets when present, else from the absolute points (GEF's formula reversed).
 */
final class ExchangeConnectionReader {

    private static final Set<String> ATTRIBUTES = Set.of("identifier", "source", "target", "relationshipRef");
    private static final Set<String> CHILDREN = Set.of("label", "documentation", "style", "viewRef", "sourceAttachment", "bendpoint", "targetAttachment");
    private static final Set<String> NDAF;

    static {
        java.util.Set<String> ndaf = new java.util.HashSet<>(NdafScalars.CONNECTION.keySet());
        ndaf.addAll(Set.of("sourceId", "features", "properties", "bendpoints"));
        NDAF = Set.copyOf(ndaf);
    }

    private record Pending(XmlElement xml, EObject connection) {
    }

    private final ExchangeContext ctx;
    private final EObject view;
    private final int offsetX;
    private final int offsetY;
    private final List<Pending> pending = new ArrayList<>();

    ExchangeConnectionReader(ExchangeContext ctx, EObject view, int offsetX, int offsetY) {
        this.ctx = ctx;
        this.view = view;
        this.offsetX = offsetX;
        this.offsetY = offsetY;
    }

    void connection(XmlElement c) {
        String identifier = ctx.identifier(c);
        String type = ExchangeConceptReader.xsiType(c, ctx);
        if (!Set.of("Relationship", "NestingRelationship", "Line").contains(type)) {
            throw ctx.problems.error(c, "connection '" + identifier + "' has the type '" + type + "'; a connection must be a Relationship or a Line");
        }
        ExchangeUnknowns.attributes(c, ATTRIBUTES, NDAF, ctx.problems);
        ExchangeUnknowns.children(c, CHILDREN, Set.of(), ctx.problems);
        EObject connection = NdafMetamodel.get().create("Connection");
        String sourceId = c.attr(ExchangeNames.NDAF, "sourceId");
        Models.set(connection, "id", sourceId != null ? sourceId : identifier);
        String ref = c.attr("relationshipRef");
        if (!type.equals("Line")) {
            EObject relationship = ctx.byIdentifier.get(ref);
            if (relationship == null || !Models.isA(relationship, "Relationship")) {
                throw ctx.problems.error(c, "connection '" + identifier + "' has the relationshipRef '" + ref + "', "
                        + (relationship == null ? "which is not in the file" : "which is " + Describe.of(relationship) + ", not a relationship"));
            }
            Models.set(connection, "relationship", relationship);
        } else if (ref != null) {
            ctx.problems.warn(c, "the relationshipRef of Line '" + identifier + "' is not kept: a Line shows no relationship");
        }
        LangTexts.set(connection, "name", "nameVariants", ExchangeTexts.of(c, "label"));
        LangTexts.set(connection, "documentation", "documentationVariants", ExchangeTexts.of(c, "documentation"));
        for (XmlElement viewRef : c.children(ExchangeNames.NS, "viewRef")) {
            EObject target = ctx.byIdentifier.get(viewRef.attr("ref"));
            if (target == null || !Models.isA(target, "View")) {
                throw ctx.problems.error(viewRef, "connection '" + identifier + "' has the viewRef '" + viewRef.attr("ref") + "', which is not a view of the file");
            }
            Models.<EObject>list(connection, "viewRefs").add(target);
        }
        ExchangeStyleReader.connection(c, connection, ctx);
        NdafAttributes.readFeatures(c, connection);
        NdafAttributes.readProperties(c, connection);
        NdafScalars.read(c, connection, NdafScalars.CONNECTION, ctx);
        Models.set(connection, "sourceAttachment", point(c.child(ExchangeNames.NS, "sourceAttachment")));
        Models.set(connection, "targetAttachment", point(c.child(ExchangeNames.NS, "targetAttachment")));
        Models.list(view, "connections").add(connection);
        ctx.register(c, identifier, Models.id(connection), connection);
        pending.add(new Pending(c, connection));
    }

    /** Resolves ends, checks relationships against ends, and sets bendpoints. */
    void resolve() {
        for (Pending p : pending) {
            Models.set(p.connection(), "source", end(p, "source"));
            Models.set(p.connection(), "target", end(p, "target"));
            ConnectionChecks.checkShowsRelationship(p.connection(), p.xml().line(), ctx.problems);
            bendpoints(p);
        }
    }

    private EObject end(Pending p, String which) {
        String ref = p.xml().attr(which);
        String identifier = p.xml().attr("identifier");
        if (ref == null) {
            throw ctx.problems.error(p.xml(), "connection '" + identifier + "' has no " + which);
        }
        EObject end = ctx.byIdentifier.get(ref);
        if (end == null || !(Models.isA(end, "DiagramObject") || Models.isA(end, "Connection"))) {
            throw ctx.problems.error(p.xml(), "connection '" + identifier + "' has the " + which + " '" + ref + "', "
                    + (end == null ? "which is not in the file" : "which is " + Describe.of(end) + ", not a node or connection"));
        }
        if (viewOf(end) != view) {
            throw ctx.problems.error(p.xml(), "connection '" + identifier + "' has the " + which + " '" + ref + "', which is in another view");
        }
        return end;
    }

    private static EObject viewOf(EObject o) {
        EObject v = o;
        while (v != null && !Models.isA(v, "View")) {
            v = v.eContainer();
        }
        return v;
    }

    private void bendpoints(Pending p) {
        String raw = p.xml().attr(ExchangeNames.NDAF, "bendpoints");
        List<EObject> target = Models.list(p.connection(), "bendpoints");
        if (raw != null) {
            for (String item : raw.isBlank() ? new String[0] : raw.trim().split(";")) {
                String[] v = item.split(",");
                if (v.length != 4) {
                    throw ctx.problems.error(p.xml(), "ndaf:bendpoints item '" + item + "' must be startX,startY,endX,endY");
                }
                try {
                    target.add(bendpoint(Integer.parseInt(v[0].trim()), Integer.parseInt(v[1].trim()), Integer.parseInt(v[2].trim()),
                            Integer.parseInt(v[3].trim())));
                } catch (NumberFormatException e) {
                    throw ctx.problems.error(p.xml(), "ndaf:bendpoints item '" + item + "' holds a value that is not a whole number");
                }
            }
            return;
        }
        List<XmlElement> points = p.xml().children(ExchangeNames.NS, "bendpoint");
        if (points.isEmpty()) {
            return;
        }
        EObject source = (EObject) Models.get(p.connection(), "source");
        EObject targetEnd = (EObject) Models.get(p.connection(), "target");
        if (!Models.isA(source, "DiagramObject") || !Models.isA(targetEnd, "DiagramObject")) {
            ctx.problems.warn(p.xml(), "the " + points.size() + " bendpoint(s) of connection '" + p.xml().attr("identifier")
                    + "' are not kept: they are relative to node centres, and this connection ends at another connection");
            return;
        }
        int[] sc = Geometry.centre(Geometry.absoluteBounds(source));
        int[] tc = Geometry.centre(Geometry.absoluteBounds(targetEnd));
        for (XmlElement bp : points) {
            int x = ctx.intAttr(bp, "", "x", true) + offsetX;
            int y = ctx.intAttr(bp, "", "y", true) + offsetY;
            int[] r = Geometry.relativeBendpoint(x, y, sc, tc);
            target.add(bendpoint(r[0], r[1], r[2], r[3]));
        }
    }

    private static EObject bendpoint(int startX, int startY, int endX, int endY) {
        EObject b = NdafMetamodel.get().create("Bendpoint");
        Models.set(b, "startX", startX);
        Models.set(b, "startY", startY);
        Models.set(b, "endX", endX);
        Models.set(b, "endY", endY);
        return b;
    }

    private EObject point(XmlElement at) {
        if (at == null) {
            return null;
        }
        EObject point = NdafMetamodel.get().create("Point");
        Models.set(point, "x", ctx.intAttr(at, "", "x", true) + offsetX);
        Models.set(point, "y", ctx.intAttr(at, "", "y", true) + offsetY);
        return point;
    }
}
