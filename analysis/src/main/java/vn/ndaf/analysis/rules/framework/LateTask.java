package vn.ndaf.analysis.rules.framework;

import java.util.List;

import org.eclipse.emf.ecore.EObject;

import vn.ndaf.analysis.JavaRule;
import vn.ndaf.analysis.ModelContext;
import vn.ndaf.analysis.Severity;
import vn.ndaf.metamodel.Models;
import vn.ndaf.metamodel.validation.Describe;

/** A plan task whose deadline has passed (as of the day of the check) and that is neither done nor cancelled. */
public final class LateTask extends JavaRule {

    public LateTask() {
        super("plan.task.late", Severity.WARNING, "framework", "a plan task past its deadline and not done", "the plan's task deadlines (214/NQ-CP)");
    }

    @Override
    public void check(ModelContext context) {
        String today = context.asOf().toString();
        for (EObject e : Models.<EObject>list(context.architecture(), "elements")) {
            if (!Models.isA(e, "PlanTask")) {
                continue;
            }
            String deadline = Models.string(e, "deadline");
            String status = Models.string(e, "status");
            if (deadline != null && deadline.compareTo(today) < 0 && !List.of("done", "cancelled").contains(status)) {
                context.report(this, e, Describe.of(e) + " " + context.where() + " had its deadline on " + deadline + " and is " + status + " as of " + today
                        + ". Finish it or record its new deadline and status.");
            }
        }
    }
}
