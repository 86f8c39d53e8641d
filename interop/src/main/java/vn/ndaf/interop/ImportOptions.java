package vn.ndaf.interop;

/**
 * How to import: the name of the input for messages, the size limit, what to set on the architecture, and
 * who is told about progress.
 *
 * @param fileName  the input's name, used in messages (e.g. Archisurance.xml)
 * @param maxBytes  the largest input accepted, also the most an archive may expand to
 * @param bodyCode  when not null, the body the architecture belongs to (overrides the file's ndaf:body)
 * @param name      when not null, the architecture's name (overrides the file's)
 * @param state     when not null, baseline, transition or target (overrides the file's ndaf:state)
 * @param progress  told how reading advances
 * @param strict    when true, what ArchiMate 3.2 or the format forbids but Archi tolerates (a relationship the
 *                  table does not allow, an unknown viewpoint, a property without definition, an empty name, a
 *                  junction joining relationships of different types) refuses the import instead of being
 *                  kept with a warning
 */
public record ImportOptions(String fileName, long maxBytes, String bodyCode, String name, String state, ImportProgress progress, boolean strict) {

    /** 256 MB: generous for any real model, small enough to refuse a runaway input. */
    public static final long DEFAULT_MAX_BYTES = 256L * 1024 * 1024;

    public ImportOptions {
        fileName = fileName == null || fileName.isBlank() ? "input" : fileName;
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("The size limit must be positive, not " + maxBytes);
        }
        progress = progress == null ? ImportProgress.NONE : progress;
    }

    /** Tolerant options (warnings, not refusals, for what Archi tolerates). */
    public ImportOptions(String fileName, long maxBytes, String bodyCode, String name, String state, ImportProgress progress) {
        this(fileName, maxBytes, bodyCode, name, state, progress, false);
    }

    public static ImportOptions defaults() {
        return new ImportOptions("input", DEFAULT_MAX_BYTES, null, null, null, ImportProgress.NONE);
    }

    public static ImportOptions named(String fileName) {
        return defaults().withFileName(fileName);
    }

    public ImportOptions withFileName(String newFileName) {
        return new ImportOptions(newFileName, maxBytes, bodyCode, name, state, progress, strict);
    }

    public ImportOptions withMaxBytes(long newMaxBytes) {
        return new ImportOptions(fileName, newMaxBytes, bodyCode, name, state, progress, strict);
    }

    public ImportOptions withBody(String newBodyCode) {
        return new ImportOptions(fileName, maxBytes, newBodyCode, name, state, progress, strict);
    }

    public ImportOptions withName(String newName) {
        return new ImportOptions(fileName, maxBytes, bodyCode, newName, state, progress, strict);
    }

    public ImportOptions withState(String newState) {
        return new ImportOptions(fileName, maxBytes, bodyCode, name, newState, progress, strict);
    }

    /** Strict: refuse what Archi tolerates instead of keeping it with a warning. */
    public ImportOptions withStrict(boolean newStrict) {
        return new ImportOptions(fileName, maxBytes, bodyCode, name, state, progress, newStrict);
    }

    public ImportOptions withProgress(ImportProgress newProgress) {
        return new ImportOptions(fileName, maxBytes, bodyCode, name, state, newProgress, strict);
    }
}
