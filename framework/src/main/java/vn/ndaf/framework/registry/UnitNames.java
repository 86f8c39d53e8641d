package vn.ndaf.framework.registry;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * How names of administrative units are compared. Vietnamese is written with the tone mark on either vowel
 * of a pair ("Hòa" and "Hoà", "Thụy" and "Thuỵ"): the key keeps every letter, the vowel marks (â, ă, ơ, ư)
 * and the tone marks in their order, but not where the tone sits, and ignores case, spacing and leading zeros
 * of numbers ("Phường 01" is "Phường 1"). Unit types are recognised at the start of a name.
 */
public final class UnitNames {

    /** Unit types of a province, longest first. */
    static final List<String> PROVINCE_TYPES = List.of("thành phố", "thủ đô", "tỉnh");
    /** Unit types of a district, longest first. */
    static final List<String> DISTRICT_TYPES = List.of("thành phố", "thị xã", "huyện đảo", "huyện", "quận", "tp.", "tp");
    /** Unit types of a commune, longest first. */
    static final List<String> COMMUNE_TYPES = List.of("thị trấn", "đặc khu", "phường", "xã");

    private static final java.util.regex.Pattern DIGITS = java.util.regex.Pattern.compile("0*\\d+");
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("[\\s\\p{Z}]+");
    private static final java.util.regex.Pattern WORD_BREAK = java.util.regex.Pattern.compile("[\\s\\-–]+");
    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}+");
    private static final java.util.regex.Pattern NOT_LETTER = java.util.regex.Pattern.compile("[^a-z0-9]");

    private UnitNames() {
    }

    /** The comparison key of a name (without its unit type): "Hoà Bình" and "hòa  bình" give the same key. */
    public static String key(String name) {
        StringBuilder out = new StringBuilder();
        for (String word : WORD_BREAK.split(spaces(name).toLowerCase(Locale.ROOT))) {
            if (word.isEmpty()) {
                continue;
            }
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(wordKey(word));
        }
        return out.toString();
    }

    private static String wordKey(String word) {
        if (DIGITS.matcher(word).matches()) {
            return word.replaceFirst("^0+(?=\\d)", "");
        }
        String d = Normalizer.normalize(word, Normalizer.Form.NFD);
        StringBuilder letters = new StringBuilder();
        StringBuilder tones = new StringBuilder();
        for (char c : d.toCharArray()) {
            switch (c) {
                case '\u0300', '\u0301', '\u0303', '\u0309', '\u0323' -> tones.append(c);
                default -> letters.append(c);
            }
        }
        return Normalizer.normalize(letters, Normalizer.Form.NFC) + (tones.isEmpty() ? "" : "~" + tones);
    }

    /** The text composed (NFC: the published text mixes composed and decomposed letters), every run of white space (non-breaking spaces too) as one space, stripped. */
    public static String spaces(String text) {
        return SPACES.matcher(Normalizer.normalize(text, Normalizer.Form.NFC)).replaceAll(" ").strip();
    }

    /**
     * A looser key for names the published text spells differently from the list before the reform ("Đăk" and
     * "Đắk", "M’gar" and "M'Gar", "Đakrông" and "Đa Krông", "Quý" and "Quí"): letters without any accent,
     * apostrophes or spaces, y written as i.
     */
    public static String looseKey(String name) {
        return NOT_LETTER.matcher(fold(name)).replaceAll("").replace('y', 'i');
    }

    /** Letters only, accents and đ folded, lower case: what search and the user's typing have in common. */
    public static String fold(String text) {
        String d = Normalizer.normalize(text.toLowerCase(Locale.ROOT).replace('đ', 'd'), Normalizer.Form.NFD);
        return MARKS.matcher(d).replaceAll("");
    }

    /** The unit type {@code name} starts with (one of {@code types}, lower case), or null. */
    static String typeOf(String name, List<String> types) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (String t : types) {
            if (lower.startsWith(t + " ") || lower.startsWith(t + ".") && t.equals("tp")) {
                return t;
            }
        }
        return null;
    }

    /** {@code name} without its leading unit type {@code type} (repeated types, "Phường Phường X", dropped too). */
    static String withoutType(String name, String type) {
        String rest = name.strip();
        while (type != null && rest.toLowerCase(Locale.ROOT).startsWith(type + " ")) {
            rest = rest.substring(type.length()).strip();
        }
        if (type != null && type.startsWith("tp") && rest.startsWith(".")) {
            rest = rest.substring(1).strip();
        }
        return rest;
    }

    /** "xã" → "Xã", "thị trấn" → "Thị trấn", "tp" → "Thành phố". */
    static String capitalised(String type) {
        if (type.startsWith("tp")) {
            return "Thành phố";
        }
        return type.substring(0, 1).toUpperCase(Locale.ROOT) + type.substring(1);
    }
}
