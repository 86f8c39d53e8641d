package vn.ndaf.interop.io;

import java.util.ArrayList;
import java.util.List;

/**
 * Name/value lists in one string, {@code name=value&name=value}, for places where a format has room for
 * one text only (an extension attribute, an Archi feature). {@code %}, {@code &}, {@code =}, {@code ;} and
 * every control or space character are percent-encoded; everything else is written as is. A
 * pair without {@code =} has a null value.
 */
public final class Pairs {

    private Pairs() {
    }

    /** One name/value pair; the value may be null. */
    public record Pair(String name, String value) {
    }

    public static String encode(List<Pair> pairs) {
        StringBuilder sb = new StringBuilder();
        for (Pair p : pairs) {
            if (sb.length() > 0) {
                sb.append('&');
            }
            sb.append(escape(p.name() == null ? "" : p.name()));
            if (p.value() != null) {
                sb.append('=').append(escape(p.value()));
            }
        }
        return sb.toString();
    }

    public static List<Pair> decode(String text) {
        List<Pair> pairs = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return pairs;
        }
        for (String item : text.split("&", -1)) {
            int eq = item.indexOf('=');
            if (eq < 0) {
                pairs.add(new Pair(unescape(item), null));
            } else {
                pairs.add(new Pair(unescape(item.substring(0, eq)), unescape(item.substring(eq + 1))));
            }
        }
        return pairs;
    }

    public static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c <= ' ' || c == '%' || c == '&' || c == '=' || c == ';' || c == 0x7F) {
                sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16))).append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Reverses {@link #escape}: every %XX becomes the character XX (only ASCII is ever escaped). */
    public static String unescape(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '%' && i + 2 < s.length()) {
                int hi = Character.digit(s.charAt(i + 1), 16);
                int lo = Character.digit(s.charAt(i + 2), 16);
                if (hi >= 0 && lo >= 0) {
                    sb.append((char) (hi * 16 + lo));
                    i += 3;
                    continue;
                }
            }
            sb.append(c);
            i++;
        }
        return sb.toString();
    }
}
