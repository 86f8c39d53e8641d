package vn.ndaf.interop;

/**
 * How to export.
 *
 * @param standardOnly for the exchange format: write the Open Group standard only, without ndaf's extension
 *                     namespace (what the standard has no slot for is then left out, as other tools do)
 * @param language     for the exchange format: the xml:lang to put on texts that have no language of their
 *                     own, or null for none
 * @param excelSafe    for CSV: Archi's "Excel compatible" option, so that a spreadsheet neither runs a cell as a
 *                     formula nor drops leading zeros and blanks (see {@link vn.ndaf.interop.csv.CsvExporter})
 */
public record ExportOptions(boolean standardOnly, String language, boolean excelSafe) {

    public ExportOptions(boolean standardOnly, String language) {
        this(standardOnly, language, false);
    }

    public static ExportOptions defaults() {
        return new ExportOptions(false, null);
    }

    public static ExportOptions standard() {
        return new ExportOptions(true, null);
    }

    public ExportOptions withLanguage(String newLanguage) {
        return new ExportOptions(standardOnly, newLanguage, excelSafe);
    }

    public ExportOptions withStandardOnly(boolean newStandardOnly) {
        return new ExportOptions(newStandardOnly, language, excelSafe);
    }

    public ExportOptions withExcelSafe(boolean newExcelSafe) {
        return new ExportOptions(standardOnly, language, newExcelSafe);
    }
}
