package vn.ndaf.interop.model;

import java.util.Locale;

/** Colours as Archi writes them ({@code #rrggbb}, lowercase) and as r, g, b numbers. */
public final class Colors {

    private Colors() {
    }

    /** r, g, b of a {@code #rrggbb} string, or null when the text is not one. */
    public static int[] parse(String hex) {
        if (hex == null || hex.length() != 7 || hex.charAt(0) != '#') {
            return null;
        }
        try {
            int value = Integer.parseInt(hex.substring(1), 16);
            return new int[] { (value >> 16) & 255, (value >> 8) & 255, value & 255 };
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public static String format(int r, int g, int b) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", r, g, b);
    }

    /** The exchange format's 0-100 opacity for Archi's 0-255 alpha (Java rounding, as Archi does). */
    public static int percentOfAlpha(int alpha) {
        return Math.round(alpha / 255f * 100f);
    }

    /** Archi's 0-255 alpha for the exchange format's 0-100 opacity. */
    public static int alphaOfPercent(int percent) {
        return Math.round(percent / 100f * 255f);
    }
}
