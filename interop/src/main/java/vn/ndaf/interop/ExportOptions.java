package vn.ndaf.interop;

/**
 * How to export.
 *
 * @param standardOnly for the exchange format: write the Open Group standard only, without ndaf's extension
 *                     namespace (what the standard has no slot for is then left out, as other tools do)
 * @param language     for the exchange format: the xml:lang to put on texts that have no language of their
 *                     own, or null for none
 */
public record ExportOptions(boolean standardOnly, String language) {

    public static ExportOptions defaults() {
        return new ExportOptions(false, null);
    }

    public static ExportOptions standard() {
        return new ExportOptions(true, null);
    }

    public ExportOptions withLanguage(String newLanguage) {
        return new ExportOptions(standardOnly, newLanguage);
    }
}
