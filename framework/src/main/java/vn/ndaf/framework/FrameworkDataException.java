package vn.ndaf.framework;

/** The framework data cannot be used: the message names the file, the place in it and what is wrong. */
public class FrameworkDataException extends RuntimeException {

    public FrameworkDataException(String message) {
        super(message);
    }

    public FrameworkDataException(String message, Throwable cause) {
        super(message, cause);
    }
}
