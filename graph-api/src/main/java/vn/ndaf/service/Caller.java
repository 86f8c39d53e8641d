package vn.ndaf.service;

import java.util.Objects;
import java.util.Set;

/**
 * Who asks: the identity every read and write of the service layer carries. Authorization decides on it and the
 * history and the audit record its {@link #name()}.
 *
 * @param name      the account's name, recorded as the author of writes
 * @param roles     what the account may do
 * @param scopes    codes of the bodies whose architectures an ARCHITECT may write (a province's code includes its
 *                  communes); empty for every other role
 * @param cleared   whether the account sees content marked restricted
 * @param origin    where the request came from: a remote address, or "local" for a command on a stopped store
 */
public record Caller(String name, Set<Role> roles, Set<String> scopes, boolean cleared, String origin) {

    /** The roles of the security model (docs/security.md). */
    public enum Role {
        /** Everything, accounts included. */
        ADMIN,
        /** Writes the architectures of the bodies in scope, reads everything not restricted. */
        ARCHITECT,
        /** Reads and analyses, writes nothing. */
        ANALYST,
        /** Reads, comments, approves or returns. */
        REVIEWER
    }

    public Caller {
        Objects.requireNonNull(name, "name");
        roles = Set.copyOf(roles);
        scopes = Set.copyOf(scopes);
        origin = origin == null ? "" : origin;
    }

    /** A command run on a stopped store by the operating-system user, who holds the data folder: ADMIN. */
    public static Caller local(String osUser) {
        return new Caller(osUser == null || osUser.isBlank() ? "local" : osUser, Set.of(Role.ADMIN), Set.of(), true, "local");
    }

    /** The operating-system user running this process, as a local caller. */
    public static Caller localUser() {
        return local(System.getProperty("user.name"));
    }

    /** No identity: what a request carries while no sign-in is required. */
    public static Caller anonymous(String name) {
        return new Caller(name == null || name.isBlank() ? "anonymous" : name, Set.of(Role.ADMIN), Set.of(), true, "");
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
