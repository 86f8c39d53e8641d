package vn.ndaf.repository.store;

/** The graph store cannot be opened or used; the message is meant for the person who ran the command. */
public class StoreException extends RuntimeException {

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
