package vn.ndaf.api.graphql;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import graphql.schema.DataFetchingEnvironment;

import vn.ndaf.api.graphql.ArchitectureController.ArchitectureView;
import vn.ndaf.api.graphql.ArchitectureController.AttributeView;
import vn.ndaf.api.graphql.ArchitectureController.PropertyView;
import vn.ndaf.metamodel.NdafMetamodel;
import vn.ndaf.repository.LoadedModel;
import vn.ndaf.service.ArchitectureService;
import vn.ndaf.service.Caller;

/**
 * Views ready to draw (views.graphqls): the stored model is read through the repository and mapped to plain
 * records here, so the schema never shows the metamodel's classes.
 */
@Controller
public class ViewController {

    private static final NdafMetamodel MM = NdafMetamodel.get();
    /** Archi's default size of a new diagram object, applied where the model stores -1. */
    private static final int DEFAULT_WIDTH = 120;
    private static final int DEFAULT_HEIGHT = 55;
    private static final int JUNCTION_SIZE = 15;

    private final ArchitectureService architectures;
    private final RequestCallers callers;
    private final Map<String, LoadedModel> recent = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, LoadedModel> eldest) {
            return size() > 8;
        }
    };

    public ViewController(ArchitectureService architectures, RequestCallers callers) {
        this.architectures = architectures;
        this.callers = callers;
    }

    public record DiagramSummary(String id, String name, String kind, String viewpoint, int nodeCount, int connectionCount) {
    }

    public record Diagram(String id, String name, String documentation, String kind, String viewpoint, Integer connectionRouterType,
            List<DiagramNode> nodes, List<DiagramConnection> connections, Bounds extent) {
    }

    public record DiagramNode(String id, String kind, String name, String text, DiagramElement element, DiagramSummary targetView, String parent,
            List<String> children, Bounds bounds, Bounds absoluteBounds, Style style, List<String> viewRefs) {
    }

    public record DiagramElement(String id, String type, String archimateType, String name, String layer, String junctionType) {
    }

    public record Bounds(int x, int y, int width, int height) {
    }

    public record Style(String fillColor, Integer alpha, Integer lineAlpha, String lineColor, Integer lineWidth, Font font, Integer textAlignment,
            Integer textPosition, Integer figure, Integer borderType, List<AttributeView> features) {
    }

    public record Font(String descriptor, String name, Double size, boolean bold, boolean italic, String color) {
    }

    public record DiagramConnection(String id, DiagramRelationship relationship, String name, String source, String target,
            List<Bendpoint> bendpoints, Style style, Boolean nameVisible) {
    }

    public record DiagramRelationship(String id, String type, String name, String accessType, Boolean directed, String strength) {
    }

    public record Bendpoint(int startX, int startY, int endX, int endY, int x, int y) {
    }

    public record ElementDetails(String id, String type, String archimateType, String name, String documentation, String layer,
            List<PropertyView> properties, List<AttributeView> attributes, List<ElementRelationship> relationships, List<DiagramSummary> views) {
    }

    public record ElementRelationship(String id, String type, String name, String direction, DiagramElement other) {
    }

    @SchemaMapping(typeName = "Architecture")
    public List<DiagramSummary> diagrams(ArchitectureView architecture, DataFetchingEnvironment env) {
        return views(model(callers.of(env), architecture.id())).stream().map(ViewController::summary).toList();
    }

    @SchemaMapping(typeName = "Architecture")
    public Diagram diagram(ArchitectureView architecture, @Argument String id, DataFetchingEnvironment env) {
        return views(model(callers.of(env), architecture.id())).stream().filter(v -> id.equals(idOf(v))).findFirst().map(ViewController::diagram).orElse(null);
    }

    @SchemaMapping(typeName = "Architecture")
    public ElementDetails elementDetails(ArchitectureView architecture, @Argument String id, DataFetchingEnvironment env) {
        EObject root = model(callers.of(env), architecture.id());
        EObject element = list(root, "elements").stream().filter(e -> id.equals(idOf(e))).findFirst().orElse(null);
        if (element == null) {
            return null;
        }
        List<ElementRelationship> relationships = new ArrayList<>();
        for (EObject r : list(root, "relationships")) {
            EObject source = (EObject) get(r, "source");
            EObject target = (EObject) get(r, "target");
            if (source == element) {
                relationships.add(new ElementRelationship(idOf(r), r.eClass().getName(), str(r, "name"), "OUT", element(target)));
            }
            if (target == element) {
                relationships.add(new ElementRelationship(idOf(r), r.eClass().getName(), str(r, "name"), "IN", element(source)));
            }
        }
        List<DiagramSummary> shownIn = new ArrayList<>();
        for (EObject view : views(root)) {
            if (nodesOf(view).stream().anyMatch(n -> get(n, "element") == element)) {
                shownIn.add(summary(view));
            }
        }
        List<AttributeView> attributes = new ArrayList<>();
        for (var attribute : element.eClass().getEAllAttributes()) {
            String name = attribute.getName();
            if (!Set.of("id", "name", "documentation").contains(name) && element.eIsSet(attribute)) {
                attributes.add(new AttributeView(name, ArchitectureController.text(element.eGet(attribute))));
            }
        }
        List<PropertyView> properties = list(element, "properties").stream().map(p -> new PropertyView(str(p, "key"), str(p, "value"))).toList();
        return new ElementDetails(idOf(element), element.eClass().getName(), MM.archimateType(element.eClass()), str(element, "name"),
                str(element, "documentation"), layer(element.eClass()), properties, attributes, relationships, shownIn);
    }

    /** The stored model, reused while the architecture's revision has not moved (each use asks the service, for the caller). */
    private EObject model(Caller caller, String uid) {
        long revision = architectures.summary(caller, uid).map(s -> s.revision()).orElse(-1L);
        synchronized (recent) {
            LoadedModel cached = recent.get(uid);
            if (cached != null && cached.revision() == revision) {
                return cached.root();
            }
        }
        LoadedModel loaded = architectures.load(caller, uid);
        synchronized (recent) {
            recent.put(uid, loaded);
        }
        return loaded.root();
    }

    private static List<EObject> views(EObject root) {
        return list(root, "views");
    }

    private static DiagramSummary summary(EObject view) {
        return new DiagramSummary(idOf(view), str(view, "name"), viewKind(view), viewpoint(view), nodesOf(view).size(), list(view, "connections").size());
    }

    private static String viewKind(EObject view) {
        return switch (view.eClass().getName()) {
            case "SketchView" -> "sketch";
            case "CanvasView" -> "canvas";
            default -> "archimate";
        };
    }

    private static String viewpoint(EObject view) {
        String viewpoint = view.eClass().getEStructuralFeature("viewpoint") == null ? null : str(view, "viewpoint");
        return viewpoint == null || viewpoint.isBlank() ? null : viewpoint;
    }

    /** Every diagram object of a view, parents first, in drawing order. */
    private static List<EObject> nodesOf(EObject view) {
        List<EObject> all = new ArrayList<>();
        collect(list(view, "children"), all);
        return all;
    }

    private static void collect(List<EObject> children, List<EObject> into) {
        for (EObject child : children) {
            into.add(child);
            collect(list(child, "children"), into);
        }
    }

    private static Diagram diagram(EObject view) {
        List<DiagramNode> nodes = new ArrayList<>();
        Map<EObject, Bounds> absolute = new LinkedHashMap<>();
        addNodes(list(view, "children"), null, 0, 0, nodes, absolute);
        List<EObject> connections = list(view, "connections");
        Map<EObject, int[]> centres = new LinkedHashMap<>();
        absolute.forEach((node, b) -> centres.put(node, new int[] { b.x() + b.width() / 2, b.y() + b.height() / 2 }));
        List<DiagramConnection> drawn = new ArrayList<>();
        for (EObject c : connections) {
            drawn.add(connection(c, centres, new LinkedHashSet<>()));
        }
        int minX = Integer.MAX_VALUE, minY = Integer.MAX_VALUE, maxX = Integer.MIN_VALUE, maxY = Integer.MIN_VALUE;
        for (Bounds b : absolute.values()) {
            minX = Math.min(minX, b.x());
            minY = Math.min(minY, b.y());
            maxX = Math.max(maxX, b.x() + b.width());
            maxY = Math.max(maxY, b.y() + b.height());
        }
        for (DiagramConnection c : drawn) {
            for (Bendpoint p : c.bendpoints()) {
                minX = Math.min(minX, p.x());
                minY = Math.min(minY, p.y());
                maxX = Math.max(maxX, p.x());
                maxY = Math.max(maxY, p.y());
            }
        }
        Bounds extent = absolute.isEmpty() ? new Bounds(0, 0, 0, 0) : new Bounds(minX, minY, maxX - minX, maxY - minY);
        Integer router = (Integer) get(view, "connectionRouterType");
        return new Diagram(idOf(view), str(view, "name"), str(view, "documentation"), viewKind(view), viewpoint(view), router, nodes, drawn, extent);
    }

    private static void addNodes(List<EObject> children, String parent, int offsetX, int offsetY, List<DiagramNode> into, Map<EObject, Bounds> absolute) {
        for (EObject child : children) {
            EObject b = (EObject) get(child, "bounds");
            int x = b == null ? 0 : (Integer) get(b, "x");
            int y = b == null ? 0 : (Integer) get(b, "y");
            int w = b == null ? -1 : (Integer) get(b, "width");
            int h = b == null ? -1 : (Integer) get(b, "height");
            String kind = nodeKind(child);
            int defaultW = kind.equals("junction") ? JUNCTION_SIZE : DEFAULT_WIDTH;
            int defaultH = kind.equals("junction") ? JUNCTION_SIZE : DEFAULT_HEIGHT;
            Bounds abs = new Bounds(offsetX + x, offsetY + y, w < 0 ? defaultW : w, h < 0 ? defaultH : h);
            absolute.put(child, abs);
            List<EObject> grandChildren = list(child, "children");
            EObject element = has(child, "element") ? (EObject) get(child, "element") : null;
            EObject target = has(child, "view") ? (EObject) get(child, "view") : null;
            String text = has(child, "content") ? str(child, "content") : null;
            into.add(new DiagramNode(idOf(child), kind, str(child, "name"), text, element == null ? null : element(element),
                    target == null ? null : summary(target), parent, grandChildren.stream().map(ViewController::idOf).toList(), new Bounds(x, y, w, h), abs,
                    style(child), list(child, "viewRefs").stream().map(ViewController::idOf).toList()));
            addNodes(grandChildren, idOf(child), abs.x(), abs.y(), into, absolute);
        }
    }

    private static String nodeKind(EObject node) {
        return switch (node.eClass().getName()) {
            case "ElementNode" -> {
                EObject element = (EObject) get(node, "element");
                yield element != null && MM.isA(element.eClass(), "Junction") ? "junction" : "element";
            }
            case "GroupNode" -> "group";
            case "NoteNode" -> "note";
            case "ViewReferenceNode" -> "viewref";
            case "ImageNode", "CanvasImageNode" -> "image";
            case "StickyNode", "CanvasStickyNode", "CanvasBlockNode" -> "sticky";
            default -> "other";
        };
    }

    private static DiagramConnection connection(EObject c, Map<EObject, int[]> centres, Set<EObject> visiting) {
        EObject source = (EObject) get(c, "source");
        EObject target = (EObject) get(c, "target");
        int[] from = centre(source, centres, visiting);
        int[] to = centre(target, centres, visiting);
        List<EObject> points = list(c, "bendpoints");
        List<Bendpoint> bendpoints = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            EObject p = points.get(i);
            int sx = (Integer) get(p, "startX"), sy = (Integer) get(p, "startY"), ex = (Integer) get(p, "endX"), ey = (Integer) get(p, "endY");
            double weight = (i + 1) / (double) (points.size() + 1);
            int x = (int) Math.round((from[0] + sx) * (1 - weight) + (to[0] + ex) * weight);
            int y = (int) Math.round((from[1] + sy) * (1 - weight) + (to[1] + ey) * weight);
            bendpoints.add(new Bendpoint(sx, sy, ex, ey, x, y));
        }
        EObject relationship = (EObject) get(c, "relationship");
        return new DiagramConnection(idOf(c), relationship == null ? null : relationship(relationship), str(c, "name"), idOf(source), idOf(target),
                bendpoints, style(c), (Boolean) get(c, "nameVisible"));
    }

    /** Where a connection end is anchored: a node's centre, or the middle of the connection it ends at. */
    private static int[] centre(EObject end, Map<EObject, int[]> centres, Set<EObject> visiting) {
        int[] known = centres.get(end);
        if (known != null) {
            return known;
        }
        if (end != null && has(end, "bendpoints") && visiting.add(end)) {
            int[] a = centre((EObject) get(end, "source"), centres, visiting);
            int[] b = centre((EObject) get(end, "target"), centres, visiting);
            int[] middle = { (a[0] + b[0]) / 2, (a[1] + b[1]) / 2 };
            centres.put(end, middle);
            return middle;
        }
        return new int[] { 0, 0 };
    }

    private static DiagramRelationship relationship(EObject r) {
        String accessType = has(r, "accessType") ? str(r, "accessType") : null;
        Boolean directed = has(r, "directed") ? (Boolean) get(r, "directed") : null;
        String strength = has(r, "strength") ? str(r, "strength") : null;
        return new DiagramRelationship(idOf(r), r.eClass().getName(), str(r, "name"), accessType, directed, strength);
    }

    private static DiagramElement element(EObject e) {
        String junctionType = MM.isA(e.eClass(), "Junction") ? str(e, "type") : null;
        return new DiagramElement(idOf(e), e.eClass().getName(), MM.archimateType(e.eClass()), str(e, "name"), layer(e.eClass()), junctionType);
    }

    /** The ArchiMate layer of a class, from the metamodel's annotations (national concepts take their ArchiMate type's). */
    static String layer(EClass eClass) {
        List<EClass> candidates = new ArrayList<>();
        candidates.add(eClass);
        candidates.addAll(eClass.getEAllSuperTypes());
        for (EClass c : candidates) {
            var annotation = c.getEAnnotation(NdafMetamodel.ANNOTATION_ARCHIMATE);
            if (annotation != null && annotation.getDetails().get("layer") != null) {
                return annotation.getDetails().get("layer");
            }
        }
        return null;
    }

    private static Style style(EObject o) {
        Map<String, String> features = new LinkedHashMap<>();
        for (EObject f : list(o, "features")) {
            features.put(str(f, "name"), str(f, "value"));
        }
        Integer lineAlpha = integer(features.remove("lineAlpha"));
        String descriptor = str(o, "font");
        String fontColor = str(o, "fontColor");
        Font font = descriptor == null && fontColor == null ? null : font(descriptor, fontColor);
        return new Style(opt(o, "fillColor"), (Integer) opt(o, "alpha", Integer.class), lineAlpha, opt(o, "lineColor"), (Integer) opt(o, "lineWidth", Integer.class),
                font, (Integer) opt(o, "textAlignment", Integer.class), (Integer) opt(o, "textPosition", Integer.class), (Integer) opt(o, "figureType", Integer.class),
                (Integer) opt(o, "borderType", Integer.class), features.entrySet().stream().map(e -> new AttributeView(e.getKey(), e.getValue())).toList());
    }

    /** Reads an SWT font descriptor ("1|Arial|14.0|1|WINDOWS|..."): version, name, height in points, style bits (1 bold, 2 italic). */
    static Font font(String descriptor, String color) {
        String name = null;
        Double size = null;
        int style = 0;
        if (descriptor != null) {
            String[] parts = descriptor.split("\\|");
            if (parts.length > 1 && !parts[1].isBlank()) {
                name = parts[1];
            }
            if (parts.length > 2) {
                try {
                    size = Double.parseDouble(parts[2]);
                } catch (NumberFormatException e) {
                    size = null;
                }
            }
            if (parts.length > 3) {
                Integer bits = integer(parts[3]);
                style = bits == null ? 0 : bits;
            }
        }
        return new Font(descriptor, name, size, (style & 1) != 0, (style & 2) != 0, color);
    }

    private static Integer integer(String text) {
        if (text == null) {
            return null;
        }
        try {
            return Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String opt(EObject o, String name) {
        Object v = opt(o, name, Object.class);
        return v == null ? null : v.toString();
    }

    private static Object opt(EObject o, String name, Class<?> type) {
        EStructuralFeature f = o.eClass().getEStructuralFeature(name);
        if (f == null || !o.eIsSet(f)) {
            return null;
        }
        Object v = o.eGet(f);
        return type.isInstance(v) ? v : null;
    }

    private static boolean has(EObject o, String name) {
        return o.eClass().getEStructuralFeature(name) != null;
    }

    private static Object get(EObject o, String name) {
        EStructuralFeature f = o.eClass().getEStructuralFeature(name);
        return f == null ? null : o.eGet(f);
    }

    private static String str(EObject o, String name) {
        Object v = get(o, name);
        return v == null ? null : v.toString();
    }

    @SuppressWarnings("unchecked")
    private static List<EObject> list(EObject o, String name) {
        EStructuralFeature f = o.eClass().getEStructuralFeature(name);
        return f == null ? List.of() : (List<EObject>) o.eGet(f);
    }

    private static String idOf(EObject o) {
        return o == null ? null : str(o, "id");
    }
}
