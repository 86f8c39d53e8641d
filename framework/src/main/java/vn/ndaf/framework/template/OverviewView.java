package vn.ndaf.framework.template;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;

import vn.ndaf.metamodel.Models;
import vn.ndaf.metamodel.NdafMetamodel;

/**
 * A simple layered view: one visual group per row (e.g. per national layer), the row's elements side by
 * side in it, and a connection for every relationship of the architecture whose two ends are shown.
 * Elements of other architectures (national platforms, the province's LGSP) may be shown too.
 */
public final class OverviewView {

    /** One row of the view: its label and the elements shown in it, left to right. */
    public record Row(String key, String label, List<EObject> elements) {
    }

    private static final int NODE_WIDTH = 170;
    private static final int NODE_HEIGHT = 55;
    private static final int GAP = 15;
    private static final int ROW_HEIGHT = NODE_HEIGHT + 45;

    private OverviewView() {
    }

    /**
     * Adds the view to the architecture and returns it. Ids derive from what is shown: {@code <id>-g-<row>},
     * {@code <id>-n-<element id>} ({@code <id>-n-x-<element id>} for another architecture's element) and
     * {@code <id>-c-<relationship id>}.
     */
    public static EObject add(EObject architecture, String id, String name, List<Row> rows) {
        NdafMetamodel mm = NdafMetamodel.get();
        EObject view = mm.create("ArchimateView");
        Models.set(view, "id", id);
        Models.set(view, "name", name);
        Models.list(architecture, "views").add(view);
        int widest = rows.stream().mapToInt(r -> r.elements().size()).max().orElse(1);
        int groupWidth = Math.max(1, widest) * (NODE_WIDTH + GAP) + GAP;
        Map<EObject, EObject> nodes = new IdentityHashMap<>();
        int y = 20;
        for (Row row : rows) {
            if (row.elements().isEmpty()) {
                continue;
            }
            EObject group = mm.create("GroupNode");
            Models.set(group, "id", id + "-g-" + row.key());
            Models.set(group, "name", row.label());
            Models.set(group, "bounds", bounds(20, y, groupWidth, ROW_HEIGHT));
            Models.list(view, "children").add(group);
            int x = GAP;
            for (EObject element : row.elements()) {
                if (nodes.containsKey(element)) {
                    continue;
                }
                EObject node = mm.create("ElementNode");
                boolean own = element.eContainer() == architecture && !element.eIsProxy();
                Models.set(node, "id", id + "-n-" + (own ? "" : "x-") + ElementRefs.id(element));
                Models.set(node, "element", element);
                Models.set(node, "bounds", bounds(x, 30, NODE_WIDTH, NODE_HEIGHT));
                Models.list(group, "children").add(node);
                nodes.put(element, node);
                x += NODE_WIDTH + GAP;
            }
            y += ROW_HEIGHT + 20;
        }
        for (EObject relationship : Models.<EObject>list(architecture, "relationships")) {
            EObject source = nodes.get((EObject) relationship.eGet(relationship.eClass().getEStructuralFeature("source"), false));
            EObject target = nodes.get((EObject) relationship.eGet(relationship.eClass().getEStructuralFeature("target"), false));
            if (source == null || target == null) {
                continue;
            }
            EObject connection = mm.create("Connection");
            Models.set(connection, "id", id + "-c-" + Models.id(relationship));
            Models.set(connection, "source", source);
            Models.set(connection, "target", target);
            Models.set(connection, "relationship", relationship);
            Models.list(view, "connections").add(connection);
        }
        return view;
    }

    private static EObject bounds(int x, int y, int width, int height) {
        EObject b = NdafMetamodel.get().create("Bounds");
        Models.set(b, "x", x);
        Models.set(b, "y", y);
        Models.set(b, "width", width);
        Models.set(b, "height", height);
        return b;
    }
}
