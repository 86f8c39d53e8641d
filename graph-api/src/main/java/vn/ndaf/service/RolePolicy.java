package vn.ndaf.service;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import vn.ndaf.service.Caller.Role;

/**
 * Who may do what (docs/security.md): ADMIN everything; ARCHITECT reads everything and writes and imports only the
 * architectures of the bodies in its scope, a province's scope taking in its communes (the two-tier delegation);
 * ANALYST and REVIEWER read, analyse and export, and write nothing. REVIEWER comments on every architecture and approves
 * or returns those submitted for review; ARCHITECT comments on the architectures it may write (answering their
 * review); ANALYST does neither (ADR 0026). A caller without a role is refused everything. Store-wide changes
 * (reference data, generated nations, accounts) are ADMIN's alone.
 */
public final class RolePolicy implements AccessPolicy {

    /** How far up the registry a body's scope is looked for: commune, province, and one level above. */
    private static final int MAX_LEVELS = 4;

    private final Function<String, Optional<String>> bodyOfArchitecture;
    private final Function<String, Optional<String>> parentOfBody;

    /**
     * @param bodyOfArchitecture the code of the body an architecture belongs to, by the architecture's id (empty when
     *                           the architecture is not stored, so that the operation itself reports it unknown)
     * @param parentOfBody       the code of a body's parent in the registry (a commune's province), empty at the top
     */
    public RolePolicy(Function<String, Optional<String>> bodyOfArchitecture, Function<String, Optional<String>> parentOfBody) {
        this.bodyOfArchitecture = bodyOfArchitecture;
        this.parentOfBody = parentOfBody;
    }

    @Override
    public void check(Caller caller, Action action, Target target) {
        if (caller.has(Role.ADMIN)) {
            return;
        }
        if (caller.roles().isEmpty()) {
            throw new ForbiddenException(caller.name() + " has no role and may not " + verb(action) + " anything; an administrator gives accounts their role.");
        }
        switch (action) {
            case READ, ANALYSE, EXPORT -> {
                // every role reads, analyses and hands out what it may see
            }
            case WRITE, IMPORT -> checkWrite(caller, action, target);
            case COMMENT -> {
                if (!caller.has(Role.REVIEWER)) {
                    if (!caller.has(Role.ARCHITECT)) {
                        throw new ForbiddenException(caller.name() + " (" + roles(caller) + ") reads and analyses but may not comment on " + describe(target)
                                + "; comments are for reviewers, architects of the body and administrators.");
                    }
                    checkWrite(caller, action, target);
                }
            }
            case REVIEW -> {
                if (!caller.has(Role.REVIEWER)) {
                    throw new ForbiddenException(caller.name() + " (" + roles(caller) + ") may not approve or return " + describe(target)
                            + "; that is for reviewers and administrators.");
                }
            }
            case ADMINISTER -> throw new ForbiddenException(caller.name() + " (" + roles(caller) + ") may not change the store as a whole ("
                    + "reference data, generated nations, backups); that is an administrator's task.");
        }
    }

    private void checkWrite(Caller caller, Action action, Target target) {
        if (!caller.has(Role.ARCHITECT)) {
            throw new ForbiddenException(caller.name() + " (" + roles(caller) + ") reads and analyses but may not " + verb(action) + " "
                    + describe(target) + "; writing is for architects of the body and administrators.");
        }
        String body = target.body();
        if (body == null && target.architecture() != null) {
            Optional<String> owner = bodyOfArchitecture.apply(target.architecture());
            if (owner.isEmpty()) {
                // not stored: the operation answers that it is unknown, and nothing is written
                return;
            }
            body = owner.get();
        }
        if (body == null || body.isBlank()) {
            throw new ForbiddenException(caller.name() + " (ARCHITECT) may not " + verb(action) + " " + describe(target)
                    + ", which belongs to no body; only an administrator may.");
        }
        if (!inScope(caller.scopes(), body)) {
            throw new ForbiddenException(caller.name() + " (ARCHITECT) may " + verb(action) + " the architectures of "
                    + (caller.scopes().isEmpty() ? "no body" : String.join(", ", new TreeSet<>(caller.scopes())) + " (and their communes)")
                    + ", not " + describe(target) + " of body " + body + ".");
        }
    }

    /** Whether {@code body} or one of the bodies above it in the registry is in {@code scopes}. */
    boolean inScope(Set<String> scopes, String body) {
        String code = body;
        for (int level = 0; code != null && level < MAX_LEVELS; level++) {
            if (scopes.contains(code)) {
                return true;
            }
            code = parentOfBody.apply(code).orElse(null);
        }
        return false;
    }

    private static String verb(Action action) {
        return switch (action) {
            case READ -> "read";
            case ANALYSE -> "analyse";
            case WRITE -> "change";
            case IMPORT -> "import into";
            case EXPORT -> "export";
            case ADMINISTER -> "administer";
            case COMMENT -> "comment on";
            case REVIEW -> "approve or return";
        };
    }

    private static String describe(Target target) {
        if (target.architecture() != null) {
            return "the architecture " + target.architecture();
        }
        if (target.body() != null) {
            return "an architecture";
        }
        return "the store";
    }

    private static String roles(Caller caller) {
        return String.join(", ", caller.roles().stream().map(Enum::name).sorted().toList());
    }
}
