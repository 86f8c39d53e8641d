package vn.ndaf.service;

import java.util.Objects;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The services' one route to the store: asks the {@link AccessPolicy}, runs the work, and for audited actions
 * records the outcome in the {@link AuditLog}. Every public service method goes through {@link #read} or
 * {@link #write}.
 */
public final class Guard {

    /** Allows everything, records nothing: the services of a command on a stopped store, and of tests. */
    public static final Guard OPEN = new Guard(AccessPolicy.ALLOW_ALL, AuditLog.NONE);

    private final AccessPolicy policy;
    private final AuditLog audit;

    public Guard(AccessPolicy policy, AuditLog audit) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.audit = Objects.requireNonNull(audit, "audit");
    }

    /** A read or an analysis: allowed by the policy, then done. */
    <T> T read(Caller caller, Action action, Target target, Supplier<T> work) {
        check(caller, action, target, null);
        return work.get();
    }

    /** A write, import, export or store-wide change: allowed by the policy, done, and recorded with its outcome. */
    <T> T write(Caller caller, Action action, Target target, String what, Supplier<T> work) {
        return writeRecordedIfChanged(caller, action, target, what, work, result -> true);
    }

    /**
     * A write that must leave the store as it was when it fails (a restore into an empty store): allowed by the
     * policy, done, and recorded only when it succeeded (a refusal by the policy is recorded as for any write).
     */
    <T> T writeRecordedIfDone(Caller caller, Action action, Target target, String what, Supplier<T> work) {
        check(caller, action, target, what);
        T result = work.get();
        audit.record(caller, action, target, AuditLog.Outcome.DONE, what);
        return result;
    }

    /**
     * A store-wide step that most of the time finds nothing to do (the reference-data check every command and
     * every start begins with): allowed by the policy, done, and recorded only when {@code changed} says the
     * result changed something, or when it failed, so that the audit lists what happened rather than every start.
     * {@link #write} is this step with every result recorded.
     */
    <T> T writeRecordedIfChanged(Caller caller, Action action, Target target, String what, Supplier<T> work, Predicate<? super T> changed) {
        check(caller, action, target, what);
        T result;
        try {
            result = work.get();
        } catch (RuntimeException | Error e) {
            audit.record(caller, action, target, AuditLog.Outcome.FAILED, what + ": " + e.getMessage());
            throw e;
        }
        if (changed.test(result)) {
            audit.record(caller, action, target, AuditLog.Outcome.DONE, what);
        }
        return result;
    }

    void write(Caller caller, Action action, Target target, String what, Runnable work) {
        write(caller, action, target, what, () -> {
            work.run();
            return null;
        });
    }

    /**
     * A refusal the service decides itself from what it read (a reviewer approving what they submitted): recorded as
     * the policy's refusals are, and returned for the service to throw.
     */
    AccessDeniedException refuse(Caller caller, Action action, Target target, String what, AccessDeniedException refusal) {
        if (action.audited()) {
            audit.record(caller, action, target, AuditLog.Outcome.REFUSED, what + ": " + refusal.getMessage());
        }
        return refusal;
    }

    private void check(Caller caller, Action action, Target target, String what) {
        Objects.requireNonNull(caller, "caller");
        try {
            policy.check(caller, action, target);
        } catch (AccessDeniedException e) {
            if (action.audited()) {
                audit.record(caller, action, target, AuditLog.Outcome.REFUSED, what == null ? e.getMessage() : what);
            }
            throw e;
        }
    }
}
