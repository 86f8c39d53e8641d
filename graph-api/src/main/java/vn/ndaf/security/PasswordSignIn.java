package vn.ndaf.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import vn.ndaf.repository.AccountStore;
import vn.ndaf.service.Accounts;
import vn.ndaf.service.AuditLog;
import vn.ndaf.service.Caller;

/**
 * Checks a name and password (HTTP Basic and the sign-in form) against the stored accounts: refused while the
 * account is locked or the address throttled ({@link SignInAttempts}); every sign-in and failed attempt is
 * audited. A password once verified is remembered, as a digest, for {@code cacheFor} so that a Basic client does
 * not pay the slow hash on every request.
 */
final class PasswordSignIn implements AuthenticationProvider {

    private final AccountStore store;
    private final PasswordEncoder encoder;
    private final SignInAttempts attempts;
    private final AuditLog audit;
    private final Duration cacheFor;
    private final Clock clock;
    private final Map<String, Remembered> verified = new ConcurrentHashMap<>();
    /** A hash of a password no account has, checked when the account is unknown, so that timing tells nothing. */
    private final String decoy;

    private record Remembered(Authentication authentication, Instant until) {
    }

    PasswordSignIn(AccountStore store, PasswordEncoder encoder, SignInAttempts attempts, AuditLog audit, Duration cacheFor, Clock clock) {
        this.store = store;
        this.encoder = encoder;
        this.attempts = attempts;
        this.audit = audit;
        this.cacheFor = cacheFor;
        this.clock = clock;
        this.decoy = encoder.encode(Accounts.newSecret());
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    @Override
    public Authentication authenticate(Authentication request) throws AuthenticationException {
        String name = request.getName() == null ? "" : request.getName().strip();
        String password = request.getCredentials() == null ? "" : request.getCredentials().toString();
        String origin = request.getDetails() instanceof WebAuthenticationDetails d ? d.getRemoteAddress() : "";
        String key = name + "\u0000" + Accounts.digest(password);
        Remembered remembered = verified.get(key);
        if (remembered != null && clock.instant().isBefore(remembered.until())) {
            UsernamePasswordAuthenticationToken again = UsernamePasswordAuthenticationToken.authenticated(remembered.authentication().getName(), null,
                    remembered.authentication().getAuthorities());
            again.setDetails(request.getDetails());
            return again;
        }
        verified.remove(key);
        String refusal = attempts.refusal(name, origin);
        if (refusal != null) {
            audit.record(new Caller(name, Set.of(), Set.of(), false, origin), "sign-in-refused", name, refusal);
            throw new LockedException(refusal);
        }
        Optional<AccountStore.Account> account = name.isEmpty() ? Optional.empty() : store.find(name);
        boolean matches = account.isPresent() && account.get().hash() != null ? encoder.matches(password, account.get().hash())
                : encoder.matches(password, decoy) && false;
        if (!matches) {
            attempts.failed(name, origin);
            audit.record(new Caller(name, Set.of(), Set.of(), false, origin), "sign-in-failed", name,
                    account.isPresent() ? "wrong password" : "no such account");
            if (attempts.locked(name)) {
                audit.record(new Caller(name, Set.of(), Set.of(), false, origin), "account-locked", name, "after repeated failed sign-ins");
            }
            throw new BadCredentialsException("The name or the password is wrong.");
        }
        attempts.succeeded(name);
        AccountStore.Account a = account.get();
        UsernamePasswordAuthenticationToken signedIn = UsernamePasswordAuthenticationToken.authenticated(a.name(), null,
                Authorities.of(a.roles(), a.scopes(), a.cleared()));
        signedIn.setDetails(request.getDetails());
        audit.record(new Caller(a.name(), Set.of(), Set.of(), false, origin), "sign-in", a.name(), "password");
        verified.put(key, new Remembered(signedIn, clock.instant().plus(cacheFor)));
        return signedIn;
    }

    /** Forgets remembered passwords (an account was removed or its password changed). */
    void forget() {
        verified.clear();
    }
}
