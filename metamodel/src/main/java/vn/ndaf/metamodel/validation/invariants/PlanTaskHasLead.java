package vn.ndaf.metamodel.validation.invariants;

import java.util.function.Consumer;

import org.eclipse.emf.ecore.EObject;

import vn.ndaf.metamodel.Models;
import vn.ndaf.metamodel.validation.Describe;
import vn.ndaf.metamodel.validation.Invariant;
import vn.ndaf.metamodel.validation.Problem;

/** Every plan task names its lead body and its deadline: the plan assigns both to each task. */
final class PlanTaskHasLead implements Invariant {

    @Override
    public String id() {
        return "ndaf.task.leadAndDeadline";
    }

    @Override
    public String title() {
        return "a plan task names its lead body and deadline";
    }

    @Override
    public Problem.Severity severity() {
        return Problem.Severity.WARNING;
    }

    @Override
    public boolean appliesTo(EObject object) {
        return Models.isA(object, "PlanTask");
    }

    @Override
    public void check(EObject task, Consumer<Problem> report) {
        if (blank(Models.string(task, "leadBodyCode"))) {
            report.accept(new Problem(id(), Problem.Severity.WARNING, task, Describe.of(task) + " names no lead body; set leadBodyCode to the code of the body that leads it."));
        }
        if (blank(Models.string(task, "deadline"))) {
            report.accept(new Problem(id(), Problem.Severity.WARNING, task, Describe.of(task) + " has no deadline; set deadline (yyyy-mm-dd)."));
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
