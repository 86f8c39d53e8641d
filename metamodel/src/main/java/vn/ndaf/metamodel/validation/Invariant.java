package vn.ndaf.metamodel.validation;

import java.util.function.Consumer;

import org.eclipse.emf.ecore.EObject;

/** One invariant of the metamodel: a stable id, the objects it applies to, and the check. */
public interface Invariant {

    /** Stable rule id, e.g. {@code ndaf.relationship.allowed}; listed in docs/metamodel.md. */
    String id();

    /** The severity of what it reports. */
    default Problem.Severity severity() {
        return Problem.Severity.ERROR;
    }

    /** One line: what it checks (docs/metamodel.md, docs/rules.md). */
    String title();

    /** Whether the invariant concerns this object. */
    boolean appliesTo(EObject object);

    /** Reports each violation on {@code object} to {@code report}. */
    void check(EObject object, Consumer<Problem> report);

    /**
     * As {@link #check(EObject, Consumer)}, with what one validation run has already worked out about the
     * model (an invariant that would otherwise scan the whole model for each object overrides this one).
     */
    default void check(EObject object, ValidationContext context, Consumer<Problem> report) {
        check(object, report);
    }

    /**
     * Whether the store keeps a model that breaks this invariant, reporting it as a warning, rather than
     * refusing the write: true for what Archi itself accepts in a model (a relationship the ArchiMate 3.2
     * table does not allow, a junction joining relationships of two types), so that any Archi model can be
     * stored and exported again as it came. False for national data that is simply malformed.
     */
    default boolean tolerated() {
        return false;
    }
}
