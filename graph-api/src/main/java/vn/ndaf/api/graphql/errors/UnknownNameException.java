package vn.ndaf.api.graphql.errors;

/** The request names a body, template or other registered thing by a code or name that is not known: NOT_FOUND. */
public class UnknownNameException extends IllegalArgumentException {

    public UnknownNameException(String message) {
        super(message);
    }
}
