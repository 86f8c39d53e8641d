package vn.ndaf.repository.store;

/** The embedded store's data folder is held by another process. The message says which and what to do. */
public class DataFolderInUseException extends StoreException {

    public DataFolderInUseException(String message) {
        super(message);
    }
}
