package vn.ndaf.interop.archi;

import java.util.Map;

/** Namespaces of Archi's native format and how its diagram classes map to ndaf's. */
final class ArchiNames {

    static final String NS = "http://www.archimatetool.com/archimate";
    static final String CANVAS = "http://www.archimatetool.com/archimate/canvas";
    static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    /** The model version ndaf writes, as every Archi 5 release does. */
    static final String VERSION = "5.0.0";

    /** Archi's diagram object classes (prefixed) and the ndaf class each becomes. */
    static final Map<String, String> NODE_CLASSES = Map.of(
            "archimate:DiagramObject", "ElementNode",
            "archimate:Group", "GroupNode",
            "archimate:Note", "NoteNode",
            "archimate:DiagramModelReference", "ViewReferenceNode",
            "archimate:DiagramModelImage", "ImageNode",
            "archimate:SketchModelSticky", "StickyNode",
            "archimate:SketchModelActor", "SketchActorNode",
            "canvas:CanvasModelBlock", "CanvasBlockNode",
            "canvas:CanvasModelSticky", "CanvasStickyNode",
            "canvas:CanvasModelImage", "CanvasImageNode");

    static final Map<String, String> VIEW_CLASSES = Map.of(
            "archimate:ArchimateDiagramModel", "ArchimateView",
            "archimate:DiagramModel", "ArchimateView",
            "archimate:SketchModel", "SketchView",
            "canvas:CanvasModel", "CanvasView");

    private ArchiNames() {
    }

    /** The Archi class (prefixed) of an ndaf node or view class. */
    static String archiClassOf(String ndafClass) {
        for (Map.Entry<String, String> e : NODE_CLASSES.entrySet()) {
            if (e.getValue().equals(ndafClass)) {
                return e.getKey();
            }
        }
        return switch (ndafClass) {
        case "ArchimateView" -> "archimate:ArchimateDiagramModel";
        case "SketchView" -> "archimate:SketchModel";
        case "CanvasView" -> "canvas:CanvasModel";
        default -> throw new IllegalArgumentException("No Archi class for " + ndafClass);
        };
    }
}
