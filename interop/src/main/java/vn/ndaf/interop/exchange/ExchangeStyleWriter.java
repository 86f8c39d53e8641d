package vn.ndaf.interop.exchange;

import org.eclipse.emf.ecore.EObject;

import vn.ndaf.interop.model.Colors;
import vn.ndaf.interop.model.FontSpec;
import vn.ndaf.metamodel.Models;

/**
 * Writes a {@code <style>} from ndaf's style attributes, and the extension attributes that keep what the
 * standard cannot say exactly: Archi's alpha when percent rounding would change it, the whole Archi font
 * string, colours that are not {@code #rrggbb}, line widths below 1. Nothing is written for absent values:
 * ndaf does not materialise tool defaults.
 */
final class ExchangeStyleWriter {

    private ExchangeStyleWriter() {
    }

    /** The style of a node (or, with {@code connection} set, of a connection). */
    static class Node {
        private final EObject object;
        private final boolean connection;
        private final int[] fill;
        private final int[] line;
        private final int[] fontColor;
        private final FontSpec font;
        private final Integer alpha;
        private final Integer lineAlpha;
        private final Integer lineWidth;

        Node(EObject object) {
            this(object, false);
        }

        Node(EObject object, boolean connection) {
            this.object = object;
            this.connection = connection;
            this.fill = connection ? null : Colors.parse(Models.string(object, "fillColor"));
            this.line = Colors.parse(Models.string(object, "lineColor"));
            this.fontColor = Colors.parse(Models.string(object, "fontColor"));
            this.font = FontSpec.parse(Models.string(object, "font"));
            this.alpha = connection ? null : (Integer) Models.get(object, "alpha");
            this.lineAlpha = connection ? null : featureInt(object, "lineAlpha");
            this.lineWidth = (Integer) Models.get(object, "lineWidth");
        }

        /** The extension attributes (to be written while the start tag is open). */
        void extensions(ExchangeOut out) {
            if (!connection) {
                if (Models.string(object, "fillColor") != null && fill == null) {
                    out.ndaf("fillColor", Models.string(object, "fillColor"));
                }
                if (alpha != null && (fill == null || Colors.alphaOfPercent(Colors.percentOfAlpha(alpha)) != alpha)) {
                    out.ndaf("alpha", alpha);
                }
            }
            if (Models.string(object, "lineColor") != null && line == null) {
                out.ndaf("lineColor", Models.string(object, "lineColor"));
            }
            if (Models.string(object, "fontColor") != null && fontColor == null) {
                out.ndaf("fontColor", Models.string(object, "fontColor"));
            }
            String archiFont = Models.string(object, "font");
            if (archiFont != null && (font == null || font.exchangeSize() == null || !archiFont.equals(font.toArchi()))) {
                out.ndaf("font", archiFont);
            }
            if (lineWidth != null && lineWidth < 1) {
                out.ndaf("lineWidth", lineWidth);
            }
        }

        void write(ExchangeOut out) {
            boolean hasFont = font != null && font.exchangeSize() != null || fontColor != null;
            boolean hasLineWidth = lineWidth != null && lineWidth >= 1;
            if (fill == null && line == null && !hasFont && !hasLineWidth) {
                return;
            }
            out.xml.start("style");
            if (hasLineWidth) {
                out.xml.attr("lineWidth", lineWidth);
            }
            if (fill != null) {
                color(out, "fillColor", fill, alpha == null ? null : Colors.percentOfAlpha(alpha));
            }
            if (line != null) {
                color(out, "lineColor", line, lineAlpha == null ? null : Colors.percentOfAlpha(lineAlpha));
            }
            if (hasFont) {
                out.xml.start("font");
                if (font != null && font.exchangeSize() != null) {
                    out.xml.attr("name", font.name()).attr("size", font.exchangeSize()).attr("style", font.exchangeStyle());
                }
                if (fontColor != null) {
                    color(out, "color", fontColor, null);
                }
                out.xml.end();
            }
            out.xml.end();
        }

        private static void color(ExchangeOut out, String element, int[] rgb, Integer percent) {
            out.xml.start(element).attr("r", rgb[0]).attr("g", rgb[1]).attr("b", rgb[2]).attr("a", percent).end();
        }

        private static Integer featureInt(EObject holder, String name) {
            for (EObject f : Models.<EObject>list(holder, "features")) {
                if (name.equals(Models.string(f, "name"))) {
                    try {
                        int v = Integer.parseInt(Models.string(f, "value").trim());
                        return v >= 0 && v <= 255 ? v : null;
                    } catch (RuntimeException e) {
                        return null;
                    }
                }
            }
            return null;
        }
    }
}
