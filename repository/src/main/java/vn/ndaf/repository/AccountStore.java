package vn.ndaf.repository;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * Accounts, bearer tokens and the audit trail as the store keeps them (docs/security.md): one {@code :Account}
 * per account ({@code name, roles, scopes, cleared, hash, created}), one {@code :AccessToken} per token
 * ({@code digest, account, created, expires}; the token's secret is never stored, only its digest) and one
 * {@code :AuditEvent} per recorded event ({@code at, who, action, target, detail, origin}). Hashing and
 * verifying are the caller's; this class only stores and reads.
 */
public final class AccountStore {

    /** A stored account; {@code hash} is the encoded password hash (with its algorithm's prefix). */
    public record Account(String name, List<String> roles, List<String> scopes, boolean cleared, String hash, Instant created) {
    }

    /** A stored token: whose, since and until when (null: never expires). */
    public record Token(String digest, String account, Instant created, Instant expires) {
    }

    /** One audit event. */
    public record AuditEvent(Instant at, String who, String action, String target, String detail, String origin) {
    }

    private final Driver driver;

    public AccountStore(Driver driver) {
        this.driver = driver;
    }

    /** Whether any account holds the role. */
    public boolean anyWithRole(String role) {
        return Transactions.read(driver, tx -> tx.run("MATCH (a:Account) WHERE $role IN a.roles RETURN count(a) > 0 AS any", Map.of("role", role))
                .single().get("any").asBoolean());
    }

    public Optional<Account> find(String name) {
        return Transactions.read(driver, tx -> tx.run("MATCH (a:Account {name: $name}) RETURN a", Map.of("name", name)).list(r -> account(r.get("a"))))
                .stream().findFirst();
    }

    /** Every account, by name. */
    public List<Account> all() {
        return Transactions.read(driver, tx -> tx.run("MATCH (a:Account) RETURN a ORDER BY a.name").list(r -> account(r.get("a"))));
    }

    /** Stores a new account; false when one of that name is already stored (nothing changes then). */
    public boolean create(Account account) {
        Map<String, Object> p = new HashMap<>();
        p.put("name", account.name());
        p.put("roles", account.roles());
        p.put("scopes", account.scopes());
        p.put("cleared", account.cleared());
        p.put("hash", account.hash());
        p.put("created", (account.created() == null ? Instant.now() : account.created()).atOffset(ZoneOffset.UTC));
        return Transactions.write(driver, tx -> {
            boolean exists = tx.run("MATCH (a:Account {name: $name}) RETURN count(a) > 0 AS e", p).single().get("e").asBoolean();
            if (exists) {
                return false;
            }
            tx.run("CREATE (:Account {name: $name, roles: $roles, scopes: $scopes, cleared: $cleared, hash: $hash, created: $created})", p).consume();
            return true;
        });
    }

    /** Replaces an account's password hash; false when no such account. */
    public boolean setHash(String name, String hash) {
        return Transactions.write(driver, tx -> tx.run("MATCH (a:Account {name: $name}) SET a.hash = $hash RETURN count(a) AS n",
                Map.of("name", name, "hash", hash)).single().get("n").asLong() > 0);
    }

    /** Removes an account and its tokens; false when no such account. */
    public boolean remove(String name) {
        return Transactions.write(driver, tx -> {
            tx.run("MATCH (t:AccessToken {account: $name}) DELETE t", Map.of("name", name)).consume();
            return tx.run("MATCH (a:Account {name: $name}) DELETE a RETURN count(*) AS n", Map.of("name", name)).single().get("n").asLong() > 0;
        });
    }

    /** Stores a token for an existing account; false when there is no such account. */
    public boolean addToken(Token token) {
        Map<String, Object> p = new HashMap<>();
        p.put("digest", token.digest());
        p.put("account", token.account());
        p.put("created", (token.created() == null ? Instant.now() : token.created()).atOffset(ZoneOffset.UTC));
        p.put("expires", token.expires() == null ? null : token.expires().atOffset(ZoneOffset.UTC));
        return Transactions.write(driver, tx -> tx.run("""
                MATCH (a:Account {name: $account})
                CREATE (:AccessToken {digest: $digest, account: $account, created: $created, expires: $expires})
                RETURN count(a) AS n""", p).single().get("n").asLong() > 0);
    }

    /** The token of this digest, if stored. */
    public Optional<Token> token(String digest) {
        return Transactions.read(driver, tx -> tx.run("MATCH (t:AccessToken {digest: $digest}) RETURN t", Map.of("digest", digest)).list(r -> {
            Value t = r.get("t");
            return new Token(t.get("digest").asString(), t.get("account").asString(), instant(t.get("created")), instant(t.get("expires")));
        })).stream().findFirst();
    }

    /** Removes every token of an account; returns how many there were. */
    public long revokeTokens(String account) {
        return Transactions.write(driver, tx -> tx.run("MATCH (t:AccessToken {account: $name}) DELETE t RETURN count(*) AS n", Map.of("name", account))
                .single().get("n").asLong());
    }

    /** Records one audit event. */
    public void audit(AuditEvent event) {
        Map<String, Object> p = new HashMap<>();
        p.put("at", (event.at() == null ? Instant.now() : event.at()).atOffset(ZoneOffset.UTC));
        p.put("who", event.who());
        p.put("action", event.action());
        p.put("target", event.target());
        p.put("detail", event.detail());
        p.put("origin", event.origin());
        Transactions.write(driver, tx -> tx.run("CREATE (:AuditEvent {at: $at, who: $who, action: $action, target: $target, detail: $detail, origin: $origin})", p)
                .consume());
    }

    /**
     * The newest audit events first, at most {@code limit}, optionally only those of one account ({@code who}) or
     * one action (null: any).
     */
    public List<AuditEvent> auditTrail(String who, String action, int limit) {
        Map<String, Object> p = new HashMap<>();
        p.put("who", who);
        p.put("action", action);
        p.put("limit", limit);
        return Transactions.read(driver, tx -> tx.run("""
                MATCH (e:AuditEvent)
                WHERE ($who IS NULL OR e.who = $who) AND ($action IS NULL OR e.action = $action)
                RETURN e ORDER BY e.at DESC LIMIT $limit""", p).list(AccountStore::event));
    }

    private static AuditEvent event(Record r) {
        Value e = r.get("e");
        return new AuditEvent(instant(e.get("at")), text(e.get("who")), text(e.get("action")), text(e.get("target")), text(e.get("detail")), text(e.get("origin")));
    }

    private static Account account(Value a) {
        return new Account(a.get("name").asString(), strings(a.get("roles")), strings(a.get("scopes")), a.get("cleared").asBoolean(false),
                text(a.get("hash")), instant(a.get("created")));
    }

    private static List<String> strings(Value v) {
        return v == null || v.isNull() ? List.of() : new ArrayList<>(v.asList(Value::asString));
    }

    private static String text(Value v) {
        return v == null || v.isNull() ? null : v.asString();
    }

    private static Instant instant(Value v) {
        return v == null || v.isNull() ? null : v.asZonedDateTime().toInstant();
    }
}
