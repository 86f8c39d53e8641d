package vn.ndaf.api.graphql.errors;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites messages of the layers below into the user's terms: no metamodel data-type names (EInt), no stored
 * relationship types (-ELEMENT->), no prefixes of the GraphQL engine's internals.
 */
public final class UserMessages {

    /** The value kinds of the metamodel's data types, as a user would say them. */
    private static final Map<String, String> KINDS = Map.ofEntries(Map.entry("EInt", "a whole number"), Map.entry("EIntegerObject", "a whole number"),
            Map.entry("ELong", "a whole number"), Map.entry("ELongObject", "a whole number"), Map.entry("EShort", "a whole number"),
            Map.entry("EShortObject", "a whole number"), Map.entry("EBigInteger", "a whole number"), Map.entry("EDouble", "a number"),
            Map.entry("EDoubleObject", "a number"), Map.entry("EFloat", "a number"), Map.entry("EFloatObject", "a number"),
            Map.entry("EBigDecimal", "a number"), Map.entry("EBoolean", "true or false"), Map.entry("EBooleanObject", "true or false"),
            Map.entry("EDate", "a date such as 2026-01-31"), Map.entry("EString", "text"), Map.entry("EByteArray", "binary content (base64)"));

    /** "'abc' is not a valid Database.securityLevel; expected a EInt" */
    private static final Pattern WRONG_VALUE = Pattern.compile("'(.*)' is not a valid (\\w+)\\.(\\w+); expected an? (E\\w+)", Pattern.DOTALL);
    /** "'x' is not a valid View.viewpoint; one of a, b" */
    private static final Pattern WRONG_LITERAL = Pattern.compile("'(.*)' is not a valid (\\w+)\\.(\\w+); one of ", Pattern.DOTALL);
    /** " -ELEMENT-> " in a list of referrers */
    private static final Pattern STORED_REFERENCE = Pattern.compile(" -([A-Z][A-Z0-9_]*)-> ");
    /** "Validation error (FieldUndefined@[architecture/foo]) : " */
    private static final Pattern VALIDATION_PREFIX = Pattern.compile("^Validation error \\((\\w+)(@\\[[^\\]]*\\])?\\) : ");
    /** Java class names, e.g. java.lang.String or vn.ndaf.repository.X */
    private static final Pattern JAVA_NAME = Pattern.compile("\\b(?:java|javax|jakarta|org|com|vn|graphql|reactor)\\.(?:[a-z][\\w$]*\\.)+[A-Z][\\w$]*");

    private UserMessages() {
    }

    /** The message in the user's terms; null stays null. */
    public static String translate(String message) {
        if (message == null) {
            return null;
        }
        String text = message;
        Matcher wrong = WRONG_VALUE.matcher(text);
        if (wrong.find()) {
            String kind = KINDS.getOrDefault(wrong.group(4), "a value of another kind");
            text = wrong.replaceFirst(Matcher.quoteReplacement("the attribute " + wrong.group(3) + " of " + wrong.group(2) + " takes " + kind + ", not '"
                    + wrong.group(1) + "'"));
        }
        Matcher literal = WRONG_LITERAL.matcher(text);
        if (literal.find()) {
            text = literal.replaceFirst(Matcher.quoteReplacement("the attribute " + literal.group(3) + " of " + literal.group(2) + " does not take '"
                    + literal.group(1) + "'; it takes one of "));
        }
        Matcher reference = STORED_REFERENCE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (reference.find()) {
            reference.appendReplacement(out, Matcher.quoteReplacement(" refers, as its " + referenceName(reference.group(1)) + ", to "));
        }
        reference.appendTail(out);
        text = out.toString();
        text = VALIDATION_PREFIX.matcher(text).replaceFirst("");
        text = JAVA_NAME.matcher(text).replaceAll(m -> Matcher.quoteReplacement(simple(m.group())));
        return text;
    }

    /** ELEMENT -> element, SOURCE_NODE -> sourceNode: the reference as the schema names it. */
    static String referenceName(String storedType) {
        String[] parts = storedType.toLowerCase(Locale.ROOT).split("_");
        StringBuilder name = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            if (!parts[i].isEmpty()) {
                name.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
            }
        }
        return name.toString();
    }

    /** java.lang.Integer -> a whole number; other class names -> "a value". */
    private static String simple(String className) {
        String simple = className.substring(className.lastIndexOf('.') + 1);
        return switch (simple) {
            case "Integer", "Long", "Short", "BigInteger" -> "a whole number";
            case "Double", "Float", "BigDecimal" -> "a number";
            case "Boolean" -> "true or false";
            case "String" -> "text";
            default -> "a value";
        };
    }
}
