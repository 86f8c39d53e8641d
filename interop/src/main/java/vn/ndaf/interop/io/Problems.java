package vn.ndaf.interop.io;

import java.util.ArrayList;
import java.util.List;

import vn.ndaf.interop.ImportException;
import vn.ndaf.interop.ImportWarning;

/**
 * Collects the warnings of one import and builds its errors, each naming the part (file or archive entry)
 * and the line.
 */
public final class Problems {

    private final String part;
    private final List<ImportWarning> warnings;

    public Problems(String part) {
        this(part, new ArrayList<>());
    }

    private Problems(String part, List<ImportWarning> warnings) {
        this.part = part;
        this.warnings = warnings;
    }

    /** The same warning list, reported against another part (an archive entry, a sibling file). */
    public Problems forPart(String otherPart) {
        return new Problems(otherPart, warnings);
    }

    public String part() {
        return part;
    }

    public void warn(int line, String message) {
        warnings.add(new ImportWarning(part, line, message));
    }

    public void warn(XmlElement at, String message) {
        warn(at == null ? 0 : at.line(), message);
    }

    /** An error to throw: the import stops and nothing is stored. */
    public ImportException error(int line, String reason) {
        return new ImportException(part, line, 0, reason);
    }

    public ImportException error(XmlElement at, String reason) {
        return at == null ? error(0, reason) : new ImportException(part, at.line(), at.column(), reason);
    }

    public List<ImportWarning> warnings() {
        return warnings;
    }
}
