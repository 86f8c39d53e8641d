package vn.ndaf.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Throttling and lock-out of sign-ins (docs/security.md): an account is locked for {@code lockFor} after
 * {@code maxFailures} failed attempts in a row; an address is refused for the rest of a minute after
 * {@code maxPerMinute} failed attempts in it, whichever accounts they named. Kept in memory: a restart clears it.
 */
public final class SignInAttempts {

    private final int maxFailures;
    private final Duration lockFor;
    private final int maxPerMinute;
    private final Clock clock;
    private final Map<String, Failures> accounts = new ConcurrentHashMap<>();
    private final Map<String, Deque<Instant>> addresses = new ConcurrentHashMap<>();

    private static final class Failures {
        int count;
        Instant lockedUntil;
    }

    public SignInAttempts(int maxFailures, Duration lockFor, int maxPerMinute, Clock clock) {
        this.maxFailures = maxFailures;
        this.lockFor = lockFor;
        this.maxPerMinute = maxPerMinute;
        this.clock = clock;
    }

    /** Null when an attempt for the account from the address may be checked, else why not. */
    public String refusal(String account, String address) {
        Instant now = clock.instant();
        Failures f = accounts.get(account);
        if (f != null) {
            synchronized (f) {
                if (f.lockedUntil != null && now.isBefore(f.lockedUntil)) {
                    return "The account " + account + " is locked after " + maxFailures + " failed sign-ins; try again after " + f.lockedUntil
                            + " or ask an administrator.";
                }
            }
        }
        Deque<Instant> recent = addresses.get(address);
        if (recent != null) {
            synchronized (recent) {
                prune(recent, now);
                if (recent.size() >= maxPerMinute) {
                    return "Too many failed sign-ins from " + address + "; wait a minute.";
                }
            }
        }
        return null;
    }

    public void failed(String account, String address) {
        Instant now = clock.instant();
        Failures f = accounts.computeIfAbsent(account, k -> new Failures());
        synchronized (f) {
            if (f.lockedUntil != null && !now.isBefore(f.lockedUntil)) {
                f.lockedUntil = null;
                f.count = 0;
            }
            f.count++;
            if (f.count >= maxFailures) {
                f.lockedUntil = now.plus(lockFor);
            }
        }
        Deque<Instant> recent = addresses.computeIfAbsent(address, k -> new ArrayDeque<>());
        synchronized (recent) {
            prune(recent, now);
            recent.addLast(now);
        }
    }

    /** Whether the last failure locked the account. */
    public boolean locked(String account) {
        Failures f = accounts.get(account);
        if (f == null) {
            return false;
        }
        synchronized (f) {
            return f.lockedUntil != null && clock.instant().isBefore(f.lockedUntil);
        }
    }

    public void succeeded(String account) {
        accounts.remove(account);
    }

    /** Unlocks an account (an administrator reset its password). */
    public void unlock(String account) {
        accounts.remove(account);
    }

    private static void prune(Deque<Instant> recent, Instant now) {
        Instant since = now.minus(Duration.ofMinutes(1));
        while (!recent.isEmpty() && recent.peekFirst().isBefore(since)) {
            recent.removeFirst();
        }
    }
}
