package vn.ndaf.api.graphql.errors;

/** A field was about to run after the request's time was up; it becomes a TIMEOUT error. */
public class RequestTimeoutException extends RuntimeException {

    public RequestTimeoutException(String message) {
        super(message);
    }
}
