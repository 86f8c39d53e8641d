package vn.ndaf.repository;

/** Told how a long operation advances: {@code done} of {@code total} units of the named phase. */
@FunctionalInterface
public interface ProgressListener {

    ProgressListener NONE = (phase, done, total) -> {
    };

    void progress(String phase, long done, long total);
}
