package vn.ndaf.service;

import java.util.List;
import java.util.Locale;

/**
 * The audit trail (docs/security.md): who did what, to what, when and from where. Sign-ins, failed sign-ins and
 * account changes are recorded by the security code; every write, import, export and store-wide change (and every
 * refusal of one) by the service layer's {@link Guard}, once it has ended.
 */
public interface AuditLog {

    /** Records nothing; reads nothing. */
    AuditLog NONE = new AuditLog() {
        @Override
        public void record(Caller caller, String action, String target, String detail) {
        }
    };

    /** How an audited action of the service layer ended. */
    enum Outcome {
        DONE, REFUSED, FAILED
    }

    /** One recorded event. */
    record Event(String at, String who, String action, String target, String detail, String origin) {
    }

    /** Receives the service layer's records as they are made. */
    @FunctionalInterface
    interface ServiceRecorder {
        void record(Caller caller, Action action, Target target, Outcome outcome, String what);
    }

    /**
     * Records that {@code caller} did {@code action} (e.g. {@code sign-in}, {@code user-add}, {@code write}) to
     * {@code target} (an account, an architecture id), with a short {@code detail}; its origin is the caller's.
     */
    void record(Caller caller, String action, String target, String detail);

    /** The newest events first, at most {@code limit}, of one account and of one action when they are given; ADMIN only. */
    default List<Event> read(Caller caller, String who, String action, int limit) {
        return List.of();
    }

    /**
     * Records an action of the service layer: its name in lower case, followed by "-refused" or "-failed" when it did
     * not succeed (e.g. {@code write}, {@code export-refused}).
     */
    default void record(Caller caller, Action action, Target target, Outcome outcome, String what) {
        String name = action.name().toLowerCase(Locale.ROOT) + (outcome == Outcome.DONE ? "" : "-" + outcome.name().toLowerCase(Locale.ROOT));
        record(caller, name, target.toString(), what);
    }

    /** An audit log that hands the service layer's records to {@code recorder} and keeps nothing else. */
    static AuditLog recording(ServiceRecorder recorder) {
        return new AuditLog() {
            @Override
            public void record(Caller caller, String action, String target, String detail) {
            }

            @Override
            public void record(Caller caller, Action action, Target target, Outcome outcome, String what) {
                recorder.record(caller, action, target, outcome, what);
            }
        };
    }
}
