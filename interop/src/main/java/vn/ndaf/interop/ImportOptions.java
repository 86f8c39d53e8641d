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
 */
public record ImportOptions(String fileName, long maxBytes, String bodyCode, String name, String state, ImportProgress progress) {

    /** 256 MB: generous for any real model, small enough to refuse a runaway input. */
    public static final long DEFAULT_MAX_BYTES = 256L * 1024 * 1024;

    public ImportOptions {
        fileName = fileName == null || fileName.isBlank() ? "input" : fileName;
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("The size limit must be positive, not " + maxBytes);
        }
        progress = progress == null ? ImportProgress.NONE : progress;
    }

    public static ImportOptions defaults() {
        return new ImportOptions("input", DEFAULT_MAX_BYTES, null, null, null, ImportProgress.NONE);
    }

    public static ImportOptions named(String fileName) {
        return defaults().withFileName(fileName);
    }

    public ImportOptions withFileName(String newFileName) {
        return new ImportOptions(newFileName, maxBytes, bodyCode, name, state, progress);
    }

    public ImportOptions withMaxBytes(long newMaxBytes) {
        return new ImportOptions(fileName, newMaxBytes, bodyCode, name, state, progress);
    }

    public ImportOptions withBody(String newBodyCode) {
        return new ImportOptions(fileName, maxBytes, newBodyCode, name, state, progress);
    }

    public ImportOptions withName(String newName) {
        return new ImportOptions(fileName, maxBytes, bodyCode, newName, state, progress);
    }

    public ImportOptions withState(String newState) {
        return new ImportOptions(fileName, maxBytes, bodyCode, name, newState, progress);
    }

    public ImportOptions withProgress(ImportProgress newProgress) {
        return new ImportOptions(fileName, maxBytes, bodyCode, name, state, newProgress);
    }
}
