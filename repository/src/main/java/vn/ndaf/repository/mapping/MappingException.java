package vn.ndaf.repository.mapping;

/** A model cannot be mapped to the graph (or back); the message names the object and the reason. */
public class MappingException extends RuntimeException {

    public MappingException(String message) {
        super(message);
    }
}
