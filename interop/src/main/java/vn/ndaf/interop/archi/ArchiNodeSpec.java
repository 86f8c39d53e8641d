package vn.ndaf.interop.archi;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How each ndaf node class is written as its Archi class: the attributes after the shared ones, the child
 * elements after bounds, features and connections, and so which ndaf attributes have a slot in Archi.
 *
 * @param archiType  Archi's xsi:type
 * @param attributes class-specific attributes, in Archi's order (ndaf attribute names; figureType is written as type)
 * @param children   class-specific child elements, in Archi's order: child, documentation, property, content, hintContent, notes
 * @param named      whether Archi writes a name for the class
 */
record ArchiNodeSpec(String archiType, List<String> attributes, List<String> children, boolean named) {

    static final List<String> SHARED = List.of("font", "fontColor", "lineWidth", "lineColor", "textAlignment", "fillColor", "alpha");

    private static final Map<String, ArchiNodeSpec> SPECS = Map.of(
            "ElementNode", new ArchiNodeSpec("archimate:DiagramObject", List.of("textPosition", "imagePath", "imagePosition"), List.of("child"), false),
            "GroupNode", new ArchiNodeSpec("archimate:Group", List.of("textPosition", "borderType", "imagePath", "imagePosition"),
                    List.of("child", "documentation", "property"), true),
            "NoteNode", new ArchiNodeSpec("archimate:Note", List.of("textPosition", "borderType", "imagePath", "imagePosition"),
                    List.of("content", "property"), true),
            "ViewReferenceNode", new ArchiNodeSpec("archimate:DiagramModelReference", List.of("textPosition", "imagePath", "imagePosition"), List.of(), false),
            "ImageNode", new ArchiNodeSpec("archimate:DiagramModelImage", List.of("borderColor", "imagePath"), List.of("property", "documentation"), true),
            "StickyNode", new ArchiNodeSpec("archimate:SketchModelSticky", List.of("textPosition", "imagePath", "imagePosition"),
                    List.of("child", "content", "property"), true),
            "SketchActorNode", new ArchiNodeSpec("archimate:SketchModelActor", List.of(), List.of("documentation", "property"), true),
            "CanvasBlockNode", new ArchiNodeSpec("canvas:CanvasModelBlock", List.of("imagePath", "imagePosition", "locked", "borderColor", "hintTitle",
                    "textPosition"), List.of("child", "property", "hintContent", "content"), true),
            "CanvasStickyNode", new ArchiNodeSpec("canvas:CanvasModelSticky", List.of("imagePath", "imagePosition", "locked", "borderColor", "textPosition"),
                    List.of("content", "notes", "property"), true),
            "CanvasImageNode", new ArchiNodeSpec("canvas:CanvasModelImage", List.of("borderColor", "imagePath", "locked"),
                    List.of("property", "documentation"), true));

    static ArchiNodeSpec of(String ndafClass) {
        ArchiNodeSpec spec = SPECS.get(ndafClass);
        if (spec == null) {
            throw new IllegalArgumentException("No Archi class for the node class " + ndafClass);
        }
        return spec;
    }

    /** The ndaf attributes that have a slot in this Archi class. */
    Set<String> slots() {
        Set<String> slots = new HashSet<>(SHARED);
        slots.addAll(attributes);
        if (named) {
            slots.add("name");
        }
        for (String c : children) {
            if (!c.equals("child") && !c.equals("property")) {
                slots.add(c);
            }
        }
        if (archiType.equals("archimate:DiagramObject")) {
            slots.add("figureType");
        }
        return slots;
    }

    boolean hasProperties() {
        return children.contains("property");
    }
}
