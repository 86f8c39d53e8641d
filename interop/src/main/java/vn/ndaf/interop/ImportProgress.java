package vn.ndaf.interop;

/** Told how an import advances: bytes read of the input, and objects created so far. */
public interface ImportProgress {

    ImportProgress NONE = new ImportProgress() {
    };

    /** {@code done} of {@code total} bytes have been read. */
    default void bytesRead(long done, long total) {
    }

    /** {@code count} model objects have been created so far. */
    default void objectsCreated(long count) {
    }
}
