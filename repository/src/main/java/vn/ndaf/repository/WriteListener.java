package vn.ndaf.repository;

/**
 * Told after a write to an architecture has been committed (never inside the write's transaction), e.g. so
 * that the analysis brings that architecture's findings up to date. A listener that fails does not undo
 * the write; the failure is reported to the caller after the write.
 */
@FunctionalInterface
public interface WriteListener {

    void written(String architectureId);
}
