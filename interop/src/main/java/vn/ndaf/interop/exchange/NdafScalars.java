package vn.ndaf.interop.exchange;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

import vn.ndaf.interop.io.XmlElement;
import vn.ndaf.metamodel.Models;

/**
 * The single-valued attributes ndaf writes as extension attributes of the same name on views, nodes and
 * connections (the standard has no slot for them), with their types.
 */
final class NdafScalars {

    enum Type {
        STRING, INT, BOOLEAN
    }

    static final Map<String, Type> VIEW = new LinkedHashMap<>();
    static final Map<String, Type> NODE = new LinkedHashMap<>();
    static final Map<String, Type> CONNECTION = new LinkedHashMap<>();

    static {
        VIEW.put("connectionRouterType", Type.INT);
        VIEW.put("background", Type.INT);
        VIEW.put("hintTitle", Type.STRING);
        VIEW.put("hintContent", Type.STRING);

        NODE.put("name", Type.STRING);
        NODE.put("content", Type.STRING);
        NODE.put("alpha", Type.INT);
        NODE.put("font", Type.STRING);
        NODE.put("fillColor", Type.STRING);
        NODE.put("lineColor", Type.STRING);
        NODE.put("fontColor", Type.STRING);
        NODE.put("lineWidth", Type.INT);
        NODE.put("textAlignment", Type.INT);
        NODE.put("textPosition", Type.INT);
        NODE.put("borderType", Type.INT);
        NODE.put("figureType", Type.INT);
        NODE.put("imagePath", Type.STRING);
        NODE.put("imagePosition", Type.INT);
        NODE.put("borderColor", Type.STRING);
        NODE.put("locked", Type.BOOLEAN);
        NODE.put("hintTitle", Type.STRING);
        NODE.put("hintContent", Type.STRING);
        NODE.put("notes", Type.STRING);

        CONNECTION.put("name", Type.STRING);
        CONNECTION.put("font", Type.STRING);
        CONNECTION.put("lineColor", Type.STRING);
        CONNECTION.put("fontColor", Type.STRING);
        CONNECTION.put("lineWidth", Type.INT);
        CONNECTION.put("textAlignment", Type.INT);
        CONNECTION.put("textPosition", Type.INT);
        CONNECTION.put("connectionType", Type.INT);
        CONNECTION.put("nameVisible", Type.BOOLEAN);
        CONNECTION.put("locked", Type.BOOLEAN);
    }

    private NdafScalars() {
    }

    /** Sets every attribute of {@code table} that the element carries; one the class cannot hold is reported. */
    static void read(XmlElement e, EObject object, Map<String, Type> table, ExchangeContext ctx) {
        for (Map.Entry<String, Type> entry : table.entrySet()) {
            String text = e.attr(ExchangeNames.NDAF, entry.getKey());
            if (text == null) {
                continue;
            }
            EStructuralFeature feature = object.eClass().getEStructuralFeature(entry.getKey());
            if (feature == null) {
                ctx.problems.warn(e, "ndaf:" + entry.getKey() + "=\"" + text + "\" is not kept: a " + object.eClass().getName() + " has no " + entry.getKey());
                continue;
            }
            Object value = switch (entry.getValue()) {
            case STRING -> text;
            case INT -> ctx.intAttr(e, ExchangeNames.NDAF, entry.getKey(), true);
            case BOOLEAN -> Boolean.valueOf(text.trim());
            };
            Models.set(object, entry.getKey(), value);
        }
    }

    /** The value of a feature as attribute text, or null when unset or the class has no such feature. */
    static String text(EObject object, String feature) {
        EStructuralFeature f = object.eClass().getEStructuralFeature(feature);
        if (f == null) {
            return null;
        }
        Object v = object.eGet(f);
        return v == null ? null : v.toString();
    }
}
