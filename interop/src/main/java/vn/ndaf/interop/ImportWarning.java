package vn.ndaf.interop;

/**
 * Something an import kept differently or could not keep, reported instead of silently dropped.
 *
 * @param part    the file or archive entry
 * @param line    the line (1-based), or 0 when the warning has no single place
 * @param message what happened and what ndaf did about it
 */
public record ImportWarning(String part, int line, String message) {

    @Override
    public String toString() {
        return ImportException.format(part, line, 0, message);
    }
}
