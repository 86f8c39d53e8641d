package vn.ndaf.analysis.rules.model;

import org.eclipse.emf.ecore.EObject;

import vn.ndaf.analysis.JavaRule;
import vn.ndaf.analysis.ModelContext;
import vn.ndaf.analysis.Severity;
import vn.ndaf.metamodel.Models;
import vn.ndaf.metamodel.validation.Describe;

/** An ArchiMate view with nothing in it, as Archi's EmptyViewsChecker (sketches and canvases are not checked). */
public final class EmptyView extends JavaRule {

    public EmptyView() {
        super("archimate.view.empty", Severity.INFO, "model", "an ArchiMate view with nothing in it", "Archi's EmptyViewsChecker");
    }

    @Override
    public void check(ModelContext context) {
        for (EObject view : ModelParts.archimateViews(context.architecture())) {
            if (Models.list(view, "children").isEmpty()) {
                context.report(this, view, Describe.of(view) + " " + context.where() + " is empty. Add what it should show, or delete it.");
            }
        }
    }
}
