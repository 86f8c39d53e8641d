package vn.ndaf.api.graphql.limits;

import java.time.Duration;

import graphql.ExecutionInput;
import graphql.GraphQLContext;

/**
 * When a request's time is up. Kept in the request's GraphQL context: fields that start after it fail with
 * TIMEOUT, and the engine is told to stop.
 */
public final class Deadline {

    static final String KEY = "ndaf.deadline";

    private final long at;
    private final Duration timeout;
    private volatile boolean expired;
    private volatile ExecutionInput input;

    Deadline(Duration timeout) {
        this.timeout = timeout;
        this.at = System.nanoTime() + timeout.toNanos();
    }

    /** The deadline of the request of this context, or null. */
    static Deadline of(GraphQLContext context) {
        return context == null ? null : context.get(KEY);
    }

    Duration timeout() {
        return timeout;
    }

    boolean passed() {
        return expired || System.nanoTime() - at > 0;
    }

    void running(ExecutionInput executionInput) {
        this.input = executionInput;
        if (expired) {
            executionInput.cancel();
        }
    }

    /** Time is up: no field starts any more. */
    void expire() {
        expired = true;
        ExecutionInput running = input;
        if (running != null) {
            running.cancel();
        }
    }
}
