package vn.ndaf.repository;

/** Asked for an architecture, element or revision that is not stored. */
public class NotFoundException extends RepositoryException {

    public NotFoundException(String message) {
        super(message);
    }
}
