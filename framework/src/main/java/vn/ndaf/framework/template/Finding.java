package vn.ndaf.framework.template;

/**
 * One way an architecture falls short of its template: a missing required block, a required national
 * platform it does not use, a missing required relationship, or a relationship into the parent body's
 * architecture that is recorded as unresolved (the parent has no architecture yet) and so not counted.
 *
 * @param subject the block key, platform code or relationship id
 */
public record Finding(Kind kind, String subject, String message) {

    public enum Kind {
        MISSING_BLOCK, MISSING_PLATFORM, MISSING_RELATIONSHIP, UNRESOLVED
    }
}
