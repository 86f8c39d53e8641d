package vn.ndaf.repository;

import java.util.List;

/**
 * A write was refused because the model would break invariants of the metamodel (a security level of 9, a
 * date that is not yyyy-mm-dd, a commune under a body that is not a province); nothing was written. Each
 * problem names the rule, the object and the value.
 */
public class InvalidModelException extends RepositoryException {

    private final List<String> problems;

    public InvalidModelException(String message, List<String> problems) {
        super(message);
        this.problems = List.copyOf(problems);
    }

    /** One line per problem: {@code [rule id] message}. */
    public List<String> problems() {
        return problems;
    }
}
