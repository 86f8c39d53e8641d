package vn.ndaf.interop.model;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * A font as Archi stores it, SWT's {@code FontData} string {@code 1|name|height|style|platform|...}, and as
 * the exchange format writes it (name, size in points, style words). Only name, height and style are
 * portable; ndaf keeps the whole string as it came.
 *
 * @param name   font family
 * @param height size in points (may be fractional)
 * @param bold   bold style bit
 * @param italic italic style bit
 */
public record FontSpec(String name, double height, boolean bold, boolean italic) {

    /** The platform tag ndaf writes in fonts it builds from exchange-format fonts; SWT ignores the rest on other platforms. */
    private static final String PLATFORM = "GTK";

    /** The font of an Archi font string, or null when the string has no readable name and height. */
    public static FontSpec parse(String archiFont) {
        if (archiFont == null) {
            return null;
        }
        String[] parts = archiFont.split("\\|", -1);
        if (parts.length < 4 || parts[1].isEmpty()) {
            return null;
        }
        try {
            double height = Double.parseDouble(parts[2]);
            int style = Integer.parseInt(parts[3].trim());
            return new FontSpec(parts[1], height, (style & 1) != 0, (style & 2) != 0);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The font of the exchange format's name, size and style attributes (size and style may be null). */
    public static FontSpec ofExchange(String name, String size, String style) {
        double height = 0;
        if (size != null && !size.isBlank()) {
            height = Double.parseDouble(size.trim());
        }
        String words = style == null ? "" : style.toLowerCase(Locale.ROOT);
        return new FontSpec(name, height, words.contains("bold"), words.contains("italic"));
    }

    /** Archi's font string for this font. */
    public String toArchi() {
        int style = (bold ? 1 : 0) | (italic ? 2 : 0);
        String size = height == Math.rint(height) ? (long) height + ".0" : BigDecimal.valueOf(height).toPlainString();
        return "1|" + name + "|" + size + "|" + style + "|" + PLATFORM + "|1|";
    }

    /** The exchange format's size: whole or half points, at least 1; null when the height cannot be written. */
    public String exchangeSize() {
        if (height <= 0) {
            return null;
        }
        double halves = Math.round(height * 2) / 2.0;
        if (halves < 1) {
            halves = 1;
        }
        return halves == Math.rint(halves) ? Long.toString((long) halves) : BigDecimal.valueOf(halves).toPlainString();
    }

    /** The exchange format's style words, or null for a plain font. */
    public String exchangeStyle() {
        if (bold && italic) {
            return "bold italic";
        }
        return bold ? "bold" : italic ? "italic" : null;
    }
}
