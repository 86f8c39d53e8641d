package vn.ndaf.framework.template;

/**
 * A relationship a template expects, of an ArchiMate relationship class (e.g. ServingRelationship), from one
 * endpoint to another. Its id in an instantiated architecture is {@link #id()}.
 */
public record ExpectedRelationship(String type, Endpoint from, Endpoint to, boolean required, String note) {

    /** The relationship's id in an architecture made from the template, e.g. {@code r-n-CDVCQG-serving-tthc-system}. */
    public String id() {
        String kind = type.endsWith("Relationship") ? type.substring(0, type.length() - "Relationship".length()) : type;
        return "r-" + from.idPart() + "-" + kind.toLowerCase(java.util.Locale.ROOT) + "-" + to.idPart();
    }

    @Override
    public String toString() {
        return type + " " + from + " -> " + to;
    }
}
