package vn.ndaf.interop.exchange;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;

import vn.ndaf.interop.model.Geometry;
import vn.ndaf.metamodel.Models;

/**
 * Writes a connection: {@code Relationship} when it shows one, else {@code Line}; its bendpoints at absolute
 * positions (when both ends are nodes), and in the extension namespace the exact offsets ndaf keeps.
 */
final class ExchangeConnectionWriter {

    private final ExchangeOut out;
    private final int[] offset;

    ExchangeConnectionWriter(ExchangeOut out, int[] offset) {
        this.out = out;
        this.offset = offset;
    }

    void connection(EObject c) {
        EObject relationship = (EObject) Models.get(c, "relationship");
        out.xml.start("connection").attr("identifier", out.ids.of(c)).attr("xsi:type", relationship == null ? "Line" : "Relationship");
        if (relationship != null) {
            out.xml.attr("relationshipRef", out.ids.of(relationship));
        }
        out.xml.attr("source", out.ids.of((EObject) Models.get(c, "source"))).attr("target", out.ids.of((EObject) Models.get(c, "target")));
        out.sourceIdAttribute(c);
        ExchangeStyleWriter.Node style = new ExchangeStyleWriter.Node(c, true);
        style.extensions(out);
        for (String name : List.of("textAlignment", "textPosition", "connectionType", "nameVisible", "locked")) {
            out.ndaf(name, NdafScalars.text(c, name));
        }
        out.ndaf("features", NdafAttributes.features(c));
        out.ndaf("properties", NdafAttributes.properties(c));
        List<EObject> bendpoints = Models.list(c, "bendpoints");
        if (!bendpoints.isEmpty()) {
            List<String> raw = new ArrayList<>();
            for (EObject b : bendpoints) {
                raw.add(Models.get(b, "startX") + "," + Models.get(b, "startY") + "," + Models.get(b, "endX") + "," + Models.get(b, "endY"));
            }
            out.ndaf("bendpoints", String.join(";", raw));
        }
        out.texts("label", ExchangeViewWriter.names(c), false);
        out.documentation(c);
        style.write(out);
        for (EObject v : Models.<EObject>list(c, "viewRefs")) {
            out.xml.start("viewRef").attr("ref", out.ids.of(v)).end();
        }
        point("sourceAttachment", (EObject) Models.get(c, "sourceAttachment"));
        for (int[] p : absoluteBendpoints(c)) {
            out.xml.start("bendpoint").attr("x", p[0] - offset[0]).attr("y", p[1] - offset[1]).end();
        }
        point("targetAttachment", (EObject) Models.get(c, "targetAttachment"));
        out.xml.end();
    }

    private void point(String element, EObject p) {
        if (p != null) {
            out.xml.start(element).attr("x", (Integer) Models.get(p, "x") - offset[0]).attr("y", (Integer) Models.get(p, "y") - offset[1]).end();
        }
    }

    /** The absolute bendpoint positions of a connection between two nodes (none when an end is a connection). */
    static List<int[]> absoluteBendpoints(EObject c) {
        List<EObject> bendpoints = Models.list(c, "bendpoints");
        EObject source = (EObject) Models.get(c, "source");
        EObject target = (EObject) Models.get(c, "target");
        List<int[]> points = new ArrayList<>();
        if (bendpoints.isEmpty() || source == null || target == null || !Models.isA(source, "DiagramObject") || !Models.isA(target, "DiagramObject")) {
            return points;
        }
        int[] sc = Geometry.centre(Geometry.absoluteBounds(source));
        int[] tc = Geometry.centre(Geometry.absoluteBounds(target));
        for (int i = 0; i < bendpoints.size(); i++) {
            EObject b = bendpoints.get(i);
            points.add(Geometry.absoluteBendpoint(i, bendpoints.size(), sc, tc, (Integer) Models.get(b, "startX"), (Integer) Models.get(b, "startY"),
                    (Integer) Models.get(b, "endX"), (Integer) Models.get(b, "endY")));
        }
        return points;
    }
}
