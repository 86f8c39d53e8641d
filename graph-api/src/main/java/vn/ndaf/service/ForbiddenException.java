package vn.ndaf.service;

/** The caller may not do what it asked; nothing was changed. GraphQL answers it with the code FORBIDDEN. */
public class ForbiddenException extends AccessDeniedException {

    public ForbiddenException(String message) {
        super(message);
    }
}
