package vn.ndaf.interop.io;

import java.util.ArrayList;
import java.util.List;

import vn.ndaf.interop.ImportException;
import vn.ndaf.interop.ImportWarning;

/**
 * Collects the warnings of one import and builds its errors, each naming the part (file or archive entry)
 * and the line. What Archi tolerates goes through {@link #tolerate}: a warning of its kind, or in a strict
 * import an error.
 */
public final class Problems {

    private final String part;
    private final List<ImportWarning> warnings;
    private final boolean strict;

    public Problems(String part) {
        this(part, false);
    }

    public Problems(String part, boolean strict) {
        this(part, new ArrayList<>(), strict);
    }

    private Problems(String part, List<ImportWarning> warnings, boolean strict) {
        this.part = part;
        this.warnings = warnings;
        this.strict = strict;
    }

    /** The same warning list, reported against another part (an archive entry, a sibling file). */
    public Problems forPart(String otherPart) {
        return new Problems(otherPart, warnings, strict);
    }

    public String part() {
        return part;
    }

    /** Whether what Archi tolerates is refused. */
    public boolean strict() {
        return strict;
    }

    public void warn(int line, String message) {
        warnings.add(new ImportWarning(part, line, message));
    }

    public void warn(XmlElement at, String message) {
        warn(at == null ? 0 : at.line(), message);
    }

    public void warn(XmlElement at, String kind, String message) {
        warn(at == null ? 0 : at.line(), kind, message);
    }

    /** A warning of a given kind (see {@link ImportWarning}). */
    public void warn(int line, String kind, String message) {
        warnings.add(new ImportWarning(part, line, message, kind));
    }

    /**
     * Something ArchiMate or the format forbids but Archi opens: a warning of {@code kind} saying it was kept,
     * or, in a strict import, the error {@code message} (the import stops, nothing is stored).
     */
    public void tolerate(int line, String kind, String message) {
        if (strict) {
            throw error(line, message + " (refused because the import is strict)");
        }
        warn(line, kind, message + "; kept as it is");
    }

    public void tolerate(XmlElement at, String kind, String message) {
        if (strict && at != null) {
            throw new ImportException(part, at.line(), at.column(), message + " (refused because the import is strict)");
        }
        tolerate(at == null ? 0 : at.line(), kind, message);
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
