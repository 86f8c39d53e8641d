package vn.ndaf.cli;

/** A command cannot do what it was asked; the message says why and what to do instead. */
public class CommandException extends RuntimeException {

    public CommandException(String message) {
        super(message);
    }

    public CommandException(String message, Throwable cause) {
        super(message, cause);
    }
}
