package vn.ndaf.service;

/** A caller asked for something the {@link AccessPolicy} does not allow; nothing was read or changed. */
public class AccessDeniedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AccessDeniedException(String message) {
        super(message);
    }
}
