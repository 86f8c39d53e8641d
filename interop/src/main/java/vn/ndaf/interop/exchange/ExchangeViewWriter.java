package vn.ndaf.interop.exchange;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;

import vn.ndaf.interop.io.XmlOut;
import vn.ndaf.interop.model.Geometry;
import vn.ndaf.interop.model.LangTexts;
import vn.ndaf.interop.model.LangTexts.LangText;
import vn.ndaf.interop.model.Viewpoints;
import vn.ndaf.metamodel.Models;

/**
 * Writes the views: nodes at absolute positions (shifted so that nothing is negative, the shift recorded),
 * bendpoints at absolute positions, every connection including those between nested nodes, and all views
 * (sketch and canvas views too, as diagrams of labels and lines).
 */
final class ExchangeViewWriter {

    private final ExchangeOut shared;

    ExchangeViewWriter(ExchangeOut shared) {
        this.shared = shared;
    }

    /** The {@code <views>} element as markup to place in the file, or null when there are no views. */
    String render(EObject architecture) {
        List<EObject> views = Models.list(architecture, "views");
        if (views.isEmpty()) {
            return null;
        }
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        XmlOut xml = new XmlOut(buffer, 1);
        ExchangeOut out = shared.to(xml);
        xml.start("views").start("diagrams");
        for (EObject view : views) {
            view(view, out);
        }
        xml.end().end();
        xml.finish();
        return buffer.toString(StandardCharsets.UTF_8).stripLeading();
    }

    private void view(EObject view, ExchangeOut out) {
        int[] offset = offset(view);
        out.xml.start("view").attr("identifier", out.ids.of(view)).attr("xsi:type", "Diagram");
        if (Models.isA(view, "ArchimateView")) {
            out.xml.attr("viewpoint", Viewpoints.toExchange(Models.string(view, "viewpoint")));
        } else {
            out.ndaf("kind", view.eClass().getName());
        }
        out.ndaf("features", NdafAttributes.features(view));
        if (offset[0] != 0) {
            out.ndaf("offsetX", offset[0]);
        }
        if (offset[1] != 0) {
            out.ndaf("offsetY", offset[1]);
        }
        for (String name : NdafScalars.VIEW.keySet()) {
            out.ndaf(name, NdafScalars.text(view, name));
        }
        out.names(view, "name", true);
        out.documentation(view);
        out.properties(view, null);
        ExchangeNodeWriter nodes = new ExchangeNodeWriter(out, offset);
        for (EObject child : Models.<EObject>list(view, "children")) {
            nodes.node(child);
        }
        ExchangeConnectionWriter connections = new ExchangeConnectionWriter(out, offset);
        for (EObject connection : Models.<EObject>list(view, "connections")) {
            connections.connection(connection);
        }
        out.xml.end();
    }

    /**
     * The shift that makes every written coordinate non-negative: the smallest absolute x and y of any
     * node, bendpoint or attachment, when below zero (Archi considers top-level nodes only, which can leave
     * nested nodes negative).
     */
    static int[] offset(EObject view) {
        int minX = 0;
        int minY = 0;
        for (TreeIterator<EObject> it = view.eAllContents(); it.hasNext();) {
            EObject o = it.next();
            List<int[]> points = new ArrayList<>();
            if (Models.isA(o, "DiagramObject")) {
                points.add(Geometry.absoluteBounds(o));
            } else if (Models.isA(o, "Connection")) {
                points.addAll(ExchangeConnectionWriter.absoluteBendpoints(o));
                for (String a : List.of("sourceAttachment", "targetAttachment")) {
                    EObject p = (EObject) Models.get(o, a);
                    if (p != null) {
                        points.add(new int[] { (Integer) Models.get(p, "x"), (Integer) Models.get(p, "y") });
                    }
                }
                it.prune();
            }
            for (int[] p : points) {
                minX = Math.min(minX, p[0]);
                minY = Math.min(minY, p[1]);
            }
        }
        return new int[] { minX, minY };
    }

    /** The label texts of a node or connection with a name. */
    static List<LangText> names(EObject o) {
        return LangTexts.forExport(o, "name", "nameVariants");
    }
}
