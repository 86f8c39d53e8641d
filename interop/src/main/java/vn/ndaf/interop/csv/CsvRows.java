package vn.ndaf.interop.csv;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import vn.ndaf.interop.ImportException;

/**
 * Parses one Archi CSV file as Archi does: UTF-8 with an optional byte order mark, Commons CSV's default
 * format with {@code #} comment lines, and the delimiter found by trying comma, semicolon and tab in turn
 * (moving on only when the parser meets a character between a closing quote and the delimiter).
 */
final class CsvRows {

    /** A record with the line it ends on. */
    record Row(List<String> values, long line) {

        int size() {
            return values.size();
        }

        String get(int i) {
            return values.get(i);
        }
    }

    private static final char[] DELIMITERS = { ',', ';', '\t' };
    private static final String WRONG_DELIMITER = "invalid character between encapsulated token and delimiter";

    private CsvRows() {
    }

    static List<Row> parse(byte[] bytes, String part) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        ImportException last = null;
        for (char delimiter : DELIMITERS) {
            try {
                return parse(text, delimiter);
            } catch (UncheckedIOException | IllegalStateException e) {
                String message = e.getCause() != null && e.getCause().getMessage() != null ? e.getCause().getMessage() : String.valueOf(e.getMessage());
                last = new ImportException(part, "cannot be read as CSV: " + message, e);
                if (!message.toLowerCase(java.util.Locale.ROOT).contains(WRONG_DELIMITER)) {
                    throw last;
                }
            }
        }
        throw last;
    }

    private static List<Row> parse(String text, char delimiter) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setCommentMarker('#').get();
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                List<String> values = new ArrayList<>(record.size());
                record.forEach(values::add);
                rows.add(new Row(values, parser.getCurrentLineNumber()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
