package vn.ndaf.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

import vn.ndaf.repository.AccountStore;
import vn.ndaf.service.Caller.Role;

/**
 * The local accounts (docs/security.md): adding, listing and removing them, and bearer tokens for them. Passwords
 * are kept as salted slow hashes (Spring Security's delegating encoder, bcrypt by default); a token's secret is
 * shown once and only its SHA-256 digest is stored. Every change is ADMIN's and is audited.
 */
public final class Accounts {

    /** The administrator every server has. */
    public static final String ADMIN = "admin";
    /** How ndaf's own bearer tokens begin, so that they are told from OpenID Connect / JWT tokens. */
    public static final String TOKEN_PREFIX = "ndaf_";
    /** The shortest password an account takes. */
    public static final int MIN_PASSWORD_LENGTH = 8;
    /** The longest life of a token, in days. */
    public static final int MAX_TOKEN_DAYS = 3650;
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{0,63}");
    private static final Pattern SCOPE = Pattern.compile("[A-Za-z0-9._-]{1,32}");
    private static final SecureRandom RANDOM = new SecureRandom();

    /** An account as listed: never its hash. */
    public record Account(String name, Set<Role> roles, Set<String> scopes, boolean cleared, String created) {
    }

    /** A new token: its secret (shown once) and when it expires (null: never). */
    public record NewToken(String account, String token, String expires) {
    }

    private final AccountStore store;
    private final AuditLog audit;
    private final PasswordEncoder encoder;

    public Accounts(AccountStore store, AuditLog audit) {
        this(store, audit, PasswordEncoderFactories.createDelegatingPasswordEncoder());
    }

    public Accounts(AccountStore store, AuditLog audit, PasswordEncoder encoder) {
        this.store = store;
        this.audit = audit;
        this.encoder = encoder;
    }

    public PasswordEncoder encoder() {
        return encoder;
    }

    /** Every account, by name. */
    public List<Account> list(Caller caller) {
        requireAdmin(caller, "list the accounts");
        return store.all().stream().map(Accounts::view).toList();
    }

    /** Adds an account with one role; scopes are codes of bodies (for ARCHITECT). */
    public Account add(Caller caller, String name, Role role, List<String> scopes, String password) {
        requireAdmin(caller, "add accounts");
        checkName(name);
        if (role == null) {
            throw new IllegalArgumentException("An account needs a role: one of ADMIN, ARCHITECT, ANALYST, REVIEWER.");
        }
        checkPassword(password);
        Set<String> codes = new LinkedHashSet<>();
        for (String s : scopes == null ? List.<String>of() : scopes) {
            String code = s.strip();
            if (code.isEmpty()) {
                continue;
            }
            if (!SCOPE.matcher(code).matches()) {
                throw new IllegalArgumentException("'" + code + "' is not a body code; a scope is a list of body codes such as 01,79.");
            }
            codes.add(code);
        }
        AccountStore.Account stored = new AccountStore.Account(name, List.of(role.name()), new ArrayList<>(codes), role == Role.ADMIN,
                encoder.encode(password), Instant.now());
        if (!store.create(stored)) {
            throw new IllegalArgumentException("An account named " + name + " already exists; nothing was changed.");
        }
        audit.record(caller, "user-add", name, role.name() + (codes.isEmpty() ? "" : " scope " + String.join(",", codes)));
        return view(stored);
    }

    /** Removes an account and its tokens. The last administrator stays. */
    public void remove(Caller caller, String name) {
        requireAdmin(caller, "remove accounts");
        AccountStore.Account account = store.find(name).orElseThrow(() -> new IllegalArgumentException("No account named " + name + "; nothing was changed."));
        if (account.roles().contains(Role.ADMIN.name()) && store.all().stream().filter(a -> a.roles().contains(Role.ADMIN.name())).count() <= 1) {
            throw new IllegalArgumentException("The account " + name + " is the last administrator and stays; add another ADMIN first.");
        }
        store.remove(name);
        audit.record(caller, "user-remove", name, "");
    }

    /** Sets a new password for an account (ADMIN, or the account itself). */
    public void setPassword(Caller caller, String name, String password) {
        if (!caller.has(Role.ADMIN) && !caller.name().equals(name)) {
            throw new ForbiddenException("Only an administrator changes another account's password; nothing was changed.");
        }
        checkPassword(password);
        if (!store.setHash(name, encoder.encode(password))) {
            throw new IllegalArgumentException("No account named " + name + "; nothing was changed.");
        }
        audit.record(caller, "password-change", name, "");
    }

    /** A new bearer token for the account, valid {@code days} days (null: never expires). */
    public NewToken createToken(Caller caller, String name, Integer days) {
        requireAdmin(caller, "create tokens");
        if (days != null && (days < 1 || days > MAX_TOKEN_DAYS)) {
            throw new IllegalArgumentException("--days takes 1 to " + MAX_TOKEN_DAYS + ", not " + days + ".");
        }
        if (store.find(name).isEmpty()) {
            throw new IllegalArgumentException("No account named " + name + "; nothing was changed.");
        }
        String token = newSecret();
        Instant expires = days == null ? null : Instant.now().plus(Duration.ofDays(days));
        if (!store.addToken(new AccountStore.Token(digest(token), name, Instant.now(), expires))) {
            throw new IllegalArgumentException("No account named " + name + "; nothing was changed.");
        }
        audit.record(caller, "token-create", name, expires == null ? "never expires" : "expires " + expires);
        return new NewToken(name, token, expires == null ? null : expires.toString());
    }

    /** Revokes every token of the account; returns how many. */
    public long revokeTokens(Caller caller, String name) {
        if (!caller.has(Role.ADMIN) && !caller.name().equals(name)) {
            throw new ForbiddenException("Only an administrator revokes another account's tokens; nothing was changed.");
        }
        long n = store.revokeTokens(name);
        audit.record(caller, "token-revoke", name, n + " tokens");
        return n;
    }

    /**
     * Creates {@code admin} when the store holds no administrator: with {@code password} when given, else with a
     * generated one, which is returned (to be shown once). Empty when an administrator exists or the password was given.
     */
    public Optional<String> ensureAdministrator(Caller caller, String password) {
        if (store.anyWithRole(Role.ADMIN.name())) {
            return Optional.empty();
        }
        boolean generated = password == null || password.isBlank();
        String chosen = generated ? newPassword() : password;
        if (!generated) {
            checkPassword(chosen);
        }
        AccountStore.Account admin = new AccountStore.Account(ADMIN, List.of(Role.ADMIN.name()), List.of(), true, encoder.encode(chosen), Instant.now());
        if (!store.create(admin)) {
            // an account named admin exists without the role: give it no rights silently, say so
            throw new IllegalStateException("The store holds no administrator, and an account named " + ADMIN
                    + " without the ADMIN role exists; remove it with 'ndaf user remove admin' on the stopped store.");
        }
        audit.record(caller, "user-add", ADMIN, "ADMIN (first start)" + (generated ? ", generated password" : ", password from NDAF_ADMIN_PASSWORD"));
        return generated ? Optional.of(chosen) : Optional.empty();
    }

    /** The caller may do administration, or is refused. */
    public static void requireAdmin(Caller caller, String what) {
        if (caller == null || !caller.has(Role.ADMIN)) {
            throw new ForbiddenException("Only an administrator may " + what + "; nothing was changed.");
        }
    }

    /** The role of this name, case-insensitively. */
    public static Role role(String name) {
        try {
            return Role.valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("'" + name + "' is not a role; use one of ADMIN, ARCHITECT, ANALYST, REVIEWER.");
        }
    }

    /** The stored digest of a token's secret. */
    public static String digest(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A new random secret in ndaf's token format. */
    public static String newSecret() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return TOKEN_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    private static String newPassword() {
        byte[] secret = new byte[15];
        RANDOM.nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    private static void checkName(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("'" + name + "' is not an account name: up to 64 letters, digits and . _ @ -, starting with a letter or digit.");
        }
    }

    private static void checkPassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new IllegalArgumentException("A password needs at least " + MIN_PASSWORD_LENGTH + " characters; nothing was changed.");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > 72) {
            throw new IllegalArgumentException("A password has at most 72 bytes (bcrypt's limit; a Vietnamese letter takes 2 or 3); nothing was changed.");
        }
    }

    private static Account view(AccountStore.Account a) {
        Set<Role> roles = new LinkedHashSet<>();
        for (String r : a.roles()) {
            try {
                roles.add(Role.valueOf(r));
            } catch (IllegalArgumentException e) {
                // a role this version does not know gives nothing
            }
        }
        return new Account(a.name(), roles, new LinkedHashSet<>(a.scopes()), a.cleared(), a.created() == null ? null : a.created().toString());
    }
}
