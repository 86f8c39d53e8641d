package vn.ndaf.service;

/**
 * Where the services record who did what: every write, import, export and store-wide change, once it has
 * succeeded (and every refusal of one), with the caller (name and origin), the action, its target and a
 * description in the user's terms. Until the audit trail exists the record goes nowhere ({@link #NONE}).
 */
@FunctionalInterface
public interface AuditLog {

    /** Records nothing. */
    AuditLog NONE = (caller, action, target, outcome, what) -> {
    };

    /** How an audited action ended. */
    enum Outcome {
        DONE, REFUSED, FAILED
    }

    void record(Caller caller, Action action, Target target, Outcome outcome, String what);
}
