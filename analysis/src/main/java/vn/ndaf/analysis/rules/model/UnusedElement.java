package vn.ndaf.analysis.rules.model;

import java.util.Set;

import org.eclipse.emf.ecore.EObject;

import vn.ndaf.analysis.JavaRule;
import vn.ndaf.analysis.ModelContext;
import vn.ndaf.analysis.Severity;
import vn.ndaf.metamodel.validation.Describe;

/** An element (junctions included) that no view shows, as Archi's UnusedElementsChecker. */
public final class UnusedElement extends JavaRule {

    public UnusedElement() {
        super("archimate.element.unused", Severity.WARNING, "model", "an element no view shows", "Archi's UnusedElementsChecker");
    }

    @Override
    public void check(ModelContext context) {
        Set<EObject> shown = ModelParts.shown(context.architecture());
        for (EObject e : ModelParts.elements(context.architecture())) {
            if (!shown.contains(e)) {
                context.report(this, e, Describe.of(e) + " " + context.where() + " is in no view. Show it in a view, or delete it if it is not needed.");
            }
        }
    }
}
