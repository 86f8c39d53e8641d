package vn.ndaf.repository;

/** A repository operation was refused; nothing was written. The message says what and why. */
public class RepositoryException extends RuntimeException {

    public RepositoryException(String message) {
        super(message);
    }

    public RepositoryException(String message, Throwable cause) {
        super(message, cause);
    }
}
