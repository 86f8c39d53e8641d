package vn.ndaf.interop.exchange;

import java.util.Set;

import org.eclipse.emf.ecore.EObject;

import vn.ndaf.interop.io.XmlElement;
import vn.ndaf.interop.model.Colors;
import vn.ndaf.interop.model.FontSpec;
import vn.ndaf.metamodel.Models;

/**
 * Reads a node's or connection's {@code <style>}: colours to {@code #rrggbb}, the fill opacity to Archi's
 * alpha, the line opacity to Archi's lineAlpha feature, the font to Archi's font string. An ndaf extension
 * attribute holding the exact original value wins over the standard one.
 */
final class ExchangeStyleReader {

    private ExchangeStyleReader() {
    }

    static void node(XmlElement node, EObject object, ExchangeContext ctx) {
        XmlElement style = node.child(ExchangeNames.NS, "style");
        if (style == null) {
            return;
        }
        checkShape(style, ctx);
        XmlElement fill = style.child(ExchangeNames.NS, "fillColor");
        if (fill != null) {
            Models.set(object, "fillColor", rgb(fill, ctx));
            Integer a = percent(fill, ctx);
            if (a != null && node.attr(ExchangeNames.NDAF, "alpha") == null) {
                Models.set(object, "alpha", Colors.alphaOfPercent(a));
            }
        }
        XmlElement line = style.child(ExchangeNames.NS, "lineColor");
        if (line != null) {
            Models.set(object, "lineColor", rgb(line, ctx));
            Integer a = percent(line, ctx);
            if (a != null && !NdafAttributes.hasFeature(object, "lineAlpha")) {
                NdafAttributes.addFeature(object, "lineAlpha", Integer.toString(Colors.alphaOfPercent(a)));
            }
        }
        font(style, node, object, ctx);
        lineWidth(style, object, ctx);
    }

    static void connection(XmlElement connection, EObject object, ExchangeContext ctx) {
        XmlElement style = connection.child(ExchangeNames.NS, "style");
        if (style == null) {
            return;
        }
        checkShape(style, ctx);
        XmlElement line = style.child(ExchangeNames.NS, "lineColor");
        if (line != null) {
            Models.set(object, "lineColor", rgb(line, ctx));
            Integer a = percent(line, ctx);
            if (a != null && a != 100) {
                ctx.problems.warn(line, "the line opacity " + a + " of connection '" + connection.attr("identifier") + "' is not kept (ndaf keeps no opacity for connections)");
            }
        }
        XmlElement fill = style.child(ExchangeNames.NS, "fillColor");
        if (fill != null) {
            ctx.problems.warn(fill, "the fill colour of connection '" + connection.attr("identifier") + "' is not kept (connections have no fill)");
        }
        font(style, connection, object, ctx);
        lineWidth(style, object, ctx);
    }

    /** Reports what a style holds beyond the standard's colours, font and line width. */
    private static void checkShape(XmlElement style, ExchangeContext ctx) {
        ExchangeUnknowns.attributes(style, Set.of("lineWidth"), Set.of(), ctx.problems);
        ExchangeUnknowns.children(style, Set.of("lineColor", "fillColor", "font"), Set.of(), ctx.problems);
        for (XmlElement c : style.children()) {
            ExchangeUnknowns.attributes(c, c.localName().equals("font") ? Set.of("name", "size", "style") : Set.of("r", "g", "b", "a"), Set.of(), ctx.problems);
            if (c.localName().equals("font")) {
                ExchangeUnknowns.children(c, Set.of("color"), Set.of(), ctx.problems);
            }
        }
    }

    private static void font(XmlElement style, XmlElement owner, EObject object, ExchangeContext ctx) {
        XmlElement font = style.child(ExchangeNames.NS, "font");
        if (font == null) {
            return;
        }
        XmlElement color = font.child(ExchangeNames.NS, "color");
        if (color != null) {
            Models.set(object, "fontColor", rgb(color, ctx));
        }
        if (owner.attr(ExchangeNames.NDAF, "font") != null) {
            return;
        }
        String name = font.attr("name");
        String size = font.attr("size");
        if (name == null || name.isBlank()) {
            if (size != null || font.attr("style") != null) {
                ctx.problems.warn(font, "a font without a name cannot be kept; its size and style are left out");
            }
            return;
        }
        try {
            Models.set(object, "font", FontSpec.ofExchange(name, size, font.attr("style")).toArchi());
        } catch (NumberFormatException e) {
            throw ctx.problems.error(font, "the font size '" + size + "' is not a number");
        }
    }

    private static void lineWidth(XmlElement style, EObject object, ExchangeContext ctx) {
        Integer width = ctx.intAttr(style, "", "lineWidth", false);
        if (width != null) {
            Models.set(object, "lineWidth", width);
        }
    }

    /** {@code #rrggbb} of an RGBColorType element; missing or out-of-range values are errors. */
    static String rgb(XmlElement color, ExchangeContext ctx) {
        int r = channel(color, "r", ctx);
        int g = channel(color, "g", ctx);
        int b = channel(color, "b", ctx);
        return Colors.format(r, g, b);
    }

    private static int channel(XmlElement color, String name, ExchangeContext ctx) {
        Integer value = ctx.intAttr(color, "", name, true);
        if (value < 0 || value > 255) {
            throw ctx.problems.error(color, "the colour value " + name + "=" + value + " of <" + color.localName() + "> is outside 0-255");
        }
        return value;
    }

    private static Integer percent(XmlElement color, ExchangeContext ctx) {
        Integer a = ctx.intAttr(color, "", "a", false);
        if (a != null && (a < 0 || a > 100)) {
            throw ctx.problems.error(color, "the opacity a=" + a + " of <" + color.localName() + "> is outside 0-100");
        }
        return a;
    }
}
