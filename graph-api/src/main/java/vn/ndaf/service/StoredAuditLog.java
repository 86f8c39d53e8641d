package vn.ndaf.service;

import java.util.List;
import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.ndaf.repository.AccountStore;

/** The audit trail kept in the store ({@link AccountStore}); an event the store cannot take is logged instead, never lost silently. */
public final class StoredAuditLog implements AuditLog {

    private static final Logger LOG = LoggerFactory.getLogger(StoredAuditLog.class);
    /** The most events one read returns. */
    public static final int MAX_READ = 10_000;

    private final AccountStore store;

    public StoredAuditLog(AccountStore store) {
        this.store = Objects.requireNonNull(store);
    }

    @Override
    public void record(Caller caller, String action, String target, String detail) {
        try {
            store.audit(new AccountStore.AuditEvent(null, caller.name(), action, target, detail, caller.origin()));
        } catch (RuntimeException e) {
            LOG.warn("audit event not stored ({}): {} {} {} {} from {}", e.getMessage(), caller.name(), action, target, detail, caller.origin());
        }
    }

    @Override
    public List<Event> read(Caller caller, String who, String action, int limit) {
        Accounts.requireAdmin(caller, "read the audit trail");
        if (limit < 1 || limit > MAX_READ) {
            throw new IllegalArgumentException("The number of audit events to read must be between 1 and " + MAX_READ + ", not " + limit + ".");
        }
        return store.auditTrail(blank(who), blank(action), limit).stream()
                .map(e -> new Event(e.at() == null ? null : e.at().toString(), e.who(), e.action(), e.target(), e.detail(), e.origin())).toList();
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
