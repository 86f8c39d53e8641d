package vn.ndaf.repository;

import java.util.List;

/**
 * What a write stored: the model's id, the new revision, how many nodes it created, updated, deleted, and the
 * warnings of the invariants the store tolerates (what Archi itself accepts in a model, such as a relationship
 * the ArchiMate 3.2 table does not allow): stored as given, and reported here.
 */
public record SaveResult(String uid, long revision, int created, int updated, int deleted, List<String> warnings) {

    public SaveResult {
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    public SaveResult(String uid, long revision, int created, int updated, int deleted) {
        this(uid, revision, created, updated, deleted, List.of());
    }

    public boolean changedAnything() {
        return created + updated + deleted > 0;
    }
}
