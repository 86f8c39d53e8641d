package vn.ndaf.metamodel.validation.invariants;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

import vn.ndaf.metamodel.validation.Describe;
import vn.ndaf.metamodel.validation.Invariant;
import vn.ndaf.metamodel.validation.Problem;

/** Dates of the national concepts (deadlines, completion, issue and appointment dates) are ISO dates, yyyy-mm-dd. */
final class IsoDates implements Invariant {

    private static final List<String> DATE_ATTRIBUTES = List.of("deadline", "completedOn", "issuedOn", "appointedOn", "qualityAssessedOn");

    @Override
    public String id() {
        return "ndaf.date.iso";
    }

    private static final java.util.Map<org.eclipse.emf.ecore.EClass, Boolean> HAS_DATES = new java.util.concurrent.ConcurrentHashMap<>();

    @Override
    public String title() {
        return "deadlines and other dates are yyyy-mm-dd";
    }

    @Override
    public boolean appliesTo(EObject object) {
        return HAS_DATES.computeIfAbsent(object.eClass(), c -> DATE_ATTRIBUTES.stream().anyMatch(a -> c.getEStructuralFeature(a) != null));
    }

    @Override
    public void check(EObject object, Consumer<Problem> report) {
        for (String name : DATE_ATTRIBUTES) {
            EStructuralFeature f = object.eClass().getEStructuralFeature(name);
            Object value = f == null ? null : object.eGet(f);
            if (value == null || value.toString().isBlank()) {
                continue;
            }
            try {
                LocalDate.parse(value.toString());
            } catch (DateTimeParseException e) {
                report.accept(new Problem(id(), Problem.Severity.ERROR, object, "The " + name + " of " + Describe.of(object) + " is '" + value
                        + "'; write dates as yyyy-mm-dd, e.g. 2025-08-31."));
            }
        }
    }
}
