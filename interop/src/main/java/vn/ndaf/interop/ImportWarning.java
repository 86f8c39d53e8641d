package vn.ndaf.interop;

/**
 * Something an import kept differently or could not keep, reported instead of silently dropped.
 *
 * @param part    the file or archive entry
 * @param line    the line (1-based), or 0 when the warning has no single place
 * @param message what happened and what ndaf did about it
 * @param kind    what sort of warning it is, one of the constants below (docs/interop.md, "Tolerance")
 */
public record ImportWarning(String part, int line, String message, String kind) {

    /** A relationship the ArchiMate 3.2 table does not allow between its ends, kept as it is. */
    public static final String RELATIONSHIP_INVALID = "relationship.invalid";
    /** A view's viewpoint that is not one of ArchiMate's (Archi's) viewpoints, kept as it is. */
    public static final String VIEWPOINT_UNKNOWN = "viewpoint.unknown";
    /** A property referring to a property definition the file does not have, kept under that reference. */
    public static final String PROPERTY_UNDEFINED = "property.undefined";
    /** An element or view without a name, kept without one. */
    public static final String NAME_EMPTY = "name.empty";
    /** A junction joining relationships of different types, kept as it is. */
    public static final String JUNCTION_MIXED = "junction.mixed";
    /** An attribute value the format does not define (an exchange accessType or isDirected), read as Archi reads it. */
    public static final String VALUE_INVALID = "value.invalid";
    /** Attributes and elements of the file ndaf does not know, reported and left out. */
    public static final String XML_UNKNOWN = "xml.unknown";
    /** Anything else kept differently (style details, legacy versions, foreign extensions, ...). */
    public static final String ADJUSTED = "import.adjusted";

    public ImportWarning {
        kind = kind == null || kind.isBlank() ? ADJUSTED : kind;
    }

    public ImportWarning(String part, int line, String message) {
        this(part, line, message, ADJUSTED);
    }

    @Override
    public String toString() {
        return ImportException.format(part, line, 0, message);
    }
}
