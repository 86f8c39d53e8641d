package vn.ndaf.interop;

/**
 * A file cannot be imported. The message names the file (or the part of an archive), the line and column
 * when known, and the reason, e.g. {@code Archisurance.xml line 42: relationship 'r7' ... is not allowed}.
 * Nothing is stored when an import fails.
 */
public class ImportException extends RuntimeException {

    private final String part;
    private final int line;
    private final int column;
    private final String reason;

    public ImportException(String part, int line, int column, String reason) {
        this(part, line, column, reason, null);
    }

    public ImportException(String part, int line, int column, String reason, Throwable cause) {
        super(format(part, line, column, reason), cause);
        this.part = part;
        this.line = line;
        this.column = column;
        this.reason = reason;
    }

    public ImportException(String part, String reason) {
        this(part, 0, 0, reason, null);
    }

    public ImportException(String part, String reason, Throwable cause) {
        this(part, 0, 0, reason, cause);
    }

    /** The file or archive entry the problem is in. */
    public String part() {
        return part;
    }

    /** The line (1-based), or 0 when the problem has no single place. */
    public int line() {
        return line;
    }

    /** The column (1-based), or 0 when unknown. */
    public int column() {
        return column;
    }

    /** The reason alone, without the place. */
    public String reason() {
        return reason;
    }

    static String format(String part, int line, int column, String reason) {
        StringBuilder sb = new StringBuilder(part == null || part.isBlank() ? "input" : part);
        if (line > 0) {
            sb.append(" line ").append(line);
            if (column > 0) {
                sb.append(", column ").append(column);
            }
        }
        return sb.append(": ").append(reason).toString();
    }
}
