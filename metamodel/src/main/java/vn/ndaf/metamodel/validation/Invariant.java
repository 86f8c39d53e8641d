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
}
