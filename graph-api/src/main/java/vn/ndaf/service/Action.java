package vn.ndaf.service;

/**
 * What a caller asks of the service layer, as the {@link AccessPolicy} decides on it and the {@link AuditLog}
 * records it.
 */
public enum Action {
    /** Reading an architecture, its objects, its history, or a list of them. */
    READ(false),
    /** Running an analysis (checks, findings, gaps, readiness, reports): reads whose answers summarise content. */
    ANALYSE(false),
    /** Writing content of an architecture: object edits, deletes, reverts, templates, consolidation, checks that store findings. */
    WRITE(true),
    /** Writing an architecture from a file (a new one or an import into a stored one). */
    IMPORT(true),
    /** Handing an architecture out as a file. */
    EXPORT(true),
    /** Store-wide maintenance: reference data, generated nations. */
    ADMINISTER(true),
    /** Commenting on an architecture or one of its objects (docs/graphql.md, "Reviewing an architecture"). */
    COMMENT(true),
    /** Approving or returning an architecture submitted for review. */
    REVIEW(true);

    private final boolean audited;

    Action(boolean audited) {
        this.audited = audited;
    }

    /** Whether the audit records this action (every write, import, export and store-wide change). */
    public boolean audited() {
        return audited;
    }
}
