package vn.ndaf.framework.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the published Vietnamese text of what a unit was formed from into fragments, one per unit named
 * (docs/bodies.md, "How the published text is read"):
 * <ul>
 * <li>"giữ nguyên" (the whole text): the unit was kept unchanged;</li>
 * <li>the list is split at commas, semicolons and "và" outside parentheses; a sentence after the list
 *     (". Từ ngày …") is a note, not a predecessor;</li>
 * <li>"một phần …" and "phần còn lại của …" before a name make it and the names after it parts, until
 *     "toàn bộ …"; "(phần còn lại sau khi sáp nhập vào …)" after a name makes that one a part;</li>
 * <li>"(huyện X)", "(quận X)", "(thị xã X)", "(thành phố X)", "(thuộc huyện X)" after a name say the district it was in;</li>
 * <li>a name without a unit type takes the type of the name before it ("các phường Cửa Nam, Điện Biên");</li>
 * <li>a fragment starting with a word for a place below a commune (thôn, xóm, …, from registry.yaml) names no unit.</li>
 * </ul>
 */
final class PredecessorText {

    /** One unit named by the text. {@code type} is a unit type in lower case or null; {@code qualifier} a district named in parentheses. */
    record Fragment(String published, String type, String name, String qualifier, boolean whole, boolean notUnit) {
    }

    record Parsed(boolean unchanged, String note, List<Fragment> fragments) {
    }

    private static final Pattern NOTE = Pattern.compile("\\.\\s+(?=\\p{Lu})");
    private static final Pattern PAREN = Pattern.compile("\\(([^()]*)\\)");
    private static final Pattern QUALIFIER = Pattern.compile("(?iu)^(?:thuộc\\s+)?((?:huyện|quận|thị xã|thành phố|tp\\.?)\\s+.+)$");
    private static final Pattern AFTER = Pattern.compile("(?iu)\\s*sau khi s[ắa]p x[ếe]p.*$");
    private static final List<String> TYPES = List.of("thành phố", "thủ đô", "tỉnh", "thị xã", "huyện đảo", "huyện", "quận", "thị trấn", "đặc khu",
            "phường", "xã");

    private final Map<String, Object> aliases;
    private final List<String> notUnits;

    PredecessorText(Map<String, Object> aliases, List<String> notUnits) {
        this.aliases = aliases;
        this.notUnits = notUnits.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
    }

    static boolean unchanged(String text) {
        return text.strip().replaceAll("[\\s.]+$", "").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").equals(UnitPredecessors.UNCHANGED_VI);
    }

    Parsed parse(String text) {
        String body = UnitNames.spaces(text);
        if (unchanged(body)) {
            return new Parsed(true, null, List.of());
        }
        String note = null;
        Matcher m = NOTE.matcher(body);
        if (m.find()) {
            note = body.substring(m.end()).strip();
            body = body.substring(0, m.start());
        }
        body = body.replaceAll("[.\\s]+$", "");
        List<Fragment> fragments = new ArrayList<>();
        boolean stickyPart = false;
        boolean partMarkerOnly = false;
        String inheritedType = null;
        for (String item : split(body)) {
            String s = item.strip();
            boolean part = false;
            String qualifier = null;
            Matcher p = PAREN.matcher(s);
            StringBuilder rest = new StringBuilder();
            int last = 0;
            while (p.find()) {
                String inside = p.group(1).strip();
                String lower = inside.toLowerCase(Locale.ROOT);
                if (lower.contains("phần còn lại") || lower.startsWith("một phần")) {
                    part = true;
                } else {
                    Matcher q = QUALIFIER.matcher(inside);
                    if (q.matches()) {
                        qualifier = q.group(1).strip();
                    }
                }
                rest.append(s, last, p.start());
                last = p.end();
            }
            rest.append(s.substring(last));
            s = rest.toString().replace("(", " ").replace(")", " ").replaceAll("\\s+", " ").strip();
            s = AFTER.matcher(s).replaceAll("").strip();
            // the words that say how much of the units that follow came: only parts, or all of them
            boolean named = true;
            while (named) {
                String lower = s.toLowerCase(Locale.ROOT);
                String marker = null;
                for (String w : List.of("và ", "sắp xếp ", "toàn bộ", "toàn bố", "một phần", "phần còn lại", "phần còn lai", "diện tích tn", "diện tích tự nhiên", "quy mô dân số", "của ",
                        "các ")) {
                    if (lower.startsWith(w)) {
                        marker = w;
                        break;
                    }
                }
                if (marker == null) {
                    named = false;
                    continue;
                }
                if (marker.startsWith("toàn b")) {
                    stickyPart = partMarkerOnly;
                } else if (marker.equals("một phần") || marker.startsWith("phần còn la")) {
                    stickyPart = true;
                }
                s = s.substring(marker.length()).strip();
                if (marker.equals("các ")) {
                    // "các phường Cửa Nam, Điện Biên": the plural type gives the type of the names after it
                    String type = s.contains(" ") ? typeAt(s) : typeAt(s + " ");
                    if (type != null) {
                        inheritedType = type;
                        String after = s.length() > type.length() ? s.substring(type.length()).strip() : "";
                        if (after.isEmpty() || typeAt(after) != null) {
                            s = after;
                        }
                    }
                }
            }
            if (s.isEmpty()) {
                partMarkerOnly = stickyPart;
                continue;
            }
            partMarkerOnly = false;
            part = part || stickyPart;
            Object alias = aliases.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(item.strip())).map(Map.Entry::getValue).findFirst()
                    .orElse(null);
            if (alias != null) {
                s = alias.toString();
            }
            String type = typeAt(s);
            String name;
            if (type != null) {
                name = UnitNames.withoutType(s, type);
                String again = typeAt(name);
                if (again != null && again.equals(type)) {
                    name = UnitNames.withoutType(name, again);
                }
                inheritedType = type;
            } else {
                String lower = s.toLowerCase(Locale.ROOT);
                if (notUnits.stream().anyMatch(w -> lower.startsWith(w + " ") || lower.equals(w))) {
                    fragments.add(new Fragment(item.strip(), null, s, qualifier, !part, true));
                    continue;
                }
                type = inheritedType;
                name = s;
            }
            fragments.add(new Fragment(item.strip(), type, name, qualifier, !part, false));
        }
        return new Parsed(false, note, fragments);
    }

    private static String typeAt(String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        for (String t : TYPES) {
            if (lower.startsWith(t + " ")) {
                return t;
            }
        }
        if (lower.startsWith("tp.") || lower.startsWith("tp ")) {
            return "tp";
        }
        return null;
    }

    /** The items of a list: split at ',', ';' and ' và ' outside parentheses. */
    static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth = Math.max(0, depth - 1);
            }
            if (depth == 0 && (c == ',' || c == ';')) {
                out.add(current.toString());
                current.setLength(0);
                continue;
            }
            if (depth == 0 && text.startsWith(" và ", i)) {
                out.add(current.toString());
                current.setLength(0);
                i += 3;
                continue;
            }
            current.append(c);
        }
        out.add(current.toString());
        return out.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
