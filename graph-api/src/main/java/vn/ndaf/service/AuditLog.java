package vn.ndaf.service;

import java.util.List;

/**
 * The audit trail (docs/security.md): who did what, to what, when and from where. Sign-ins, failed sign-ins and
 * account changes are recorded by the security code; writes and exports by the services that do them.
 */
public interface AuditLog {

    /** One recorded event. */
    record Event(String at, String who, String action, String target, String detail, String origin) {
    }

    /**
     * Records that {@code caller} did {@code action} (e.g. {@code sign-in}, {@code user-add}, {@code write}) to
     * {@code target} (an account, an architecture id), with a short {@code detail}; its origin is the caller's.
     */
    void record(Caller caller, String action, String target, String detail);

    /** The newest events first, at most {@code limit}, of one account and of one action when they are given; ADMIN only. */
    List<Event> read(Caller caller, String who, String action, int limit);
}
