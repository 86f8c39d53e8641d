package vn.ndaf.repository;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class AccountStoreIT {

    private final AccountStore accounts = new AccountStore(TestStore.get().driver());

    @Test
    void account_StoredOnce_FoundListedAndRemovedWithItsTokens() {
        String name = "u-" + UUID.randomUUID();
        AccountStore.Account account = new AccountStore.Account(name, List.of("ARCHITECT"), List.of("01", "79"), false, "{bcrypt}x", null);
        assertThat(accounts.create(account)).isTrue();
        assertThat(accounts.create(account)).as("second account of the same name").isFalse();
        AccountStore.Account found = accounts.find(name).orElseThrow();
        assertThat(found.roles()).containsExactly("ARCHITECT");
        assertThat(found.scopes()).containsExactly("01", "79");
        assertThat(found.hash()).isEqualTo("{bcrypt}x");
        assertThat(accounts.all()).extracting(AccountStore.Account::name).contains(name);

        String digest = "d-" + UUID.randomUUID();
        Instant expires = Instant.parse("2031-01-02T03:04:05Z");
        assertThat(accounts.addToken(new AccountStore.Token(digest, name, null, expires))).isTrue();
        assertThat(accounts.token(digest).orElseThrow().expires()).isEqualTo(expires);
        assertThat(accounts.addToken(new AccountStore.Token("d-" + UUID.randomUUID(), "nobody-" + UUID.randomUUID(), null, null))).isFalse();

        assertThat(accounts.remove(name)).isTrue();
        assertThat(accounts.find(name)).isEmpty();
        assertThat(accounts.token(digest)).as("token of a removed account").isEmpty();
        assertThat(accounts.remove(name)).isFalse();
    }

    @Test
    void auditTrail_NewestFirst_FilteredByWho() {
        String who = "w-" + UUID.randomUUID();
        accounts.audit(new AccountStore.AuditEvent(Instant.parse("2030-01-01T00:00:00Z"), who, "sign-in", who, "basic", "127.0.0.1"));
        accounts.audit(new AccountStore.AuditEvent(Instant.parse("2030-01-02T00:00:00Z"), who, "sign-in-failed", who, "wrong password", "10.0.0.1"));
        List<AccountStore.AuditEvent> trail = accounts.auditTrail(who, null, 10);
        assertThat(trail).extracting(AccountStore.AuditEvent::action).containsExactly("sign-in-failed", "sign-in");
        assertThat(trail.get(0).origin()).isEqualTo("10.0.0.1");
        assertThat(accounts.auditTrail(who, "sign-in", 10)).hasSize(1);
    }
}
