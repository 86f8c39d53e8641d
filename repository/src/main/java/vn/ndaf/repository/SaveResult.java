package vn.ndaf.repository;

/** What a write stored: the model's id, the new revision and how many nodes it created, updated, deleted. */
public record SaveResult(String uid, long revision, int created, int updated, int deleted) {

    public boolean changedAnything() {
        return created + updated + deleted > 0;
    }
}
