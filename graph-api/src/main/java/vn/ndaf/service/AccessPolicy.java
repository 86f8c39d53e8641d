package vn.ndaf.service;

/**
 * The one place that decides whether a caller may do an action on a target. The services ask it before every
 * read, analysis, write, import and export, and before anything reaches the store; a refusal is an
 * {@link AccessDeniedException} and changes nothing. Until accounts exist every caller may do everything
 * ({@link #ALLOW_ALL}); the security configuration provides a policy of roles, scopes and classification
 * (docs/adr/0019-one-service-layer.md).
 */
@FunctionalInterface
public interface AccessPolicy {

    /** Allows everything: the policy while no sign-in is required. */
    AccessPolicy ALLOW_ALL = (caller, action, target) -> {
    };

    /**
     * Returns if {@code caller} may do {@code action} on {@code target}.
     *
     * @throws AccessDeniedException if not
     */
    void check(Caller caller, Action action, Target target);
}
