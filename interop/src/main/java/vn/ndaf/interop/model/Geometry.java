package vn.ndaf.interop.model;

import org.eclipse.emf.ecore.EObject;

import vn.ndaf.metamodel.Models;

/**
 * Diagram geometry. ndaf keeps Archi's form: bounds relative to the parent object, bendpoints as offsets
 * from the centres of the connection's source and target. The exchange format uses absolute positions;
 * these are the conversions (GEF's relative bendpoint formula, Java integer arithmetic as Archi uses it).
 */
public final class Geometry {

    private Geometry() {
    }

    /** x, y, width, height of a diagram object's bounds (0, 0, -1, -1 when it has none). */
    public static int[] bounds(EObject diagramObject) {
        EObject b = (EObject) Models.get(diagramObject, "bounds");
        if (b == null) {
            return new int[] { 0, 0, -1, -1 };
        }
        return new int[] { (Integer) Models.get(b, "x"), (Integer) Models.get(b, "y"), (Integer) Models.get(b, "width"), (Integer) Models.get(b, "height") };
    }

    /** The bounds with x and y made absolute: the sum over the object and every enclosing diagram object. */
    public static int[] absoluteBounds(EObject diagramObject) {
        int[] b = bounds(diagramObject);
        for (EObject p = diagramObject.eContainer(); p != null && Models.isA(p, "DiagramObject"); p = p.eContainer()) {
            int[] pb = bounds(p);
            b[0] += pb[0];
            b[1] += pb[1];
        }
        return b;
    }

    /** The centre of absolute bounds, with Java's truncating division. */
    public static int[] centre(int[] absolute) {
        return new int[] { absolute[0] + absolute[2] / 2, absolute[1] + absolute[3] / 2 };
    }

    /**
     * The absolute position of bendpoint {@code index} (0-based) of {@code count}, from its offsets to the
     * source and target centres.
     */
    public static int[] absoluteBendpoint(int index, int count, int[] sourceCentre, int[] targetCentre, int startX, int startY, int endX, int endY) {
        double w = (index + 1) / (double) (count + 1);
        int x = (int) ((sourceCentre[0] + startX) * (1 - w) + (targetCentre[0] + endX) * w);
        int y = (int) ((sourceCentre[1] + startY) * (1 - w) + (targetCentre[1] + endY) * w);
        return new int[] { x, y };
    }

    /** The offsets startX, startY, endX, endY of an absolute point to the source and target centres. */
    public static int[] relativeBendpoint(int x, int y, int[] sourceCentre, int[] targetCentre) {
        return new int[] { x - sourceCentre[0], y - sourceCentre[1], x - targetCentre[0], y - targetCentre[1] };
    }
}
