package vn.ndaf.framework.template;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.ndaf.framework.registry.Body;

/**
 * The placeholders of name patterns and text attributes: {code}, {name}, {nameEn}, {fullName},
 * {fullNameEn} and {unit} (the full name as used in a sentence, "thành phố Hà Nội").
 */
public final class Placeholders {

    public static final Set<String> NAMES = Set.of("code", "name", "nameEn", "fullName", "fullNameEn", "unit");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

    private Placeholders() {
    }

    /** The first placeholder of {@code pattern} that is not known, or null. */
    public static String unknown(String pattern) {
        Matcher m = PLACEHOLDER.matcher(pattern);
        while (m.find()) {
            if (!NAMES.contains(m.group(1))) {
                return m.group();
            }
        }
        return null;
    }

    public static String apply(String pattern, Body body) {
        if (pattern == null) {
            return null;
        }
        Matcher m = PLACEHOLDER.matcher(pattern);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String value = switch (m.group(1)) {
                case "code" -> body.code();
                case "name" -> body.nameVi();
                case "nameEn" -> body.nameEn();
                case "fullName" -> body.fullNameVi();
                case "fullNameEn" -> body.fullNameEn();
                case "unit" -> body.unitPhrase();
                default -> m.group();
            };
            m.appendReplacement(sb, Matcher.quoteReplacement(value));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
