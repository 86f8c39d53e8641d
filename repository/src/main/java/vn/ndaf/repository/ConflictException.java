package vn.ndaf.repository;

/**
 * A write was based on a stale version: someone else changed the same object first. Nothing of the write
 * was stored; the message names the object and the newer change.
 */
public class ConflictException extends RepositoryException {

    public ConflictException(String message) {
        super(message);
    }
}
