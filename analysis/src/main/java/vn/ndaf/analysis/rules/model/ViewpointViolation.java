package vn.ndaf.analysis.rules.model;

import java.util.Iterator;

import org.eclipse.emf.ecore.EObject;

import vn.ndaf.analysis.JavaRule;
import vn.ndaf.analysis.ModelContext;
import vn.ndaf.analysis.Severity;
import vn.ndaf.metamodel.Models;
import vn.ndaf.metamodel.rules.ViewpointRules;
import vn.ndaf.metamodel.validation.Describe;

/**
 * A view showing an element its viewpoint does not allow (ArchiMate 3.2 Appendix C, metamodel/model/viewpoints.tsv),
 * as Archi's ViewpointChecker: each element node at any depth; reported on the diagram node.
 */
public final class ViewpointViolation extends JavaRule {

    public ViewpointViolation() {
        super("archimate.view.viewpoint", Severity.WARNING, "model", "a view showing an element its viewpoint does not allow",
                "ArchiMate 3.2 Appendix C; Archi's ViewpointChecker");
    }

    @Override
    public void check(ModelContext context) {
        ViewpointRules viewpoints = ViewpointRules.get();
        for (EObject view : ModelParts.archimateViews(context.architecture())) {
            String viewpoint = Models.string(view, "viewpoint");
            if (viewpoint == null || viewpoint.isEmpty() || viewpoints.byId(viewpoint).isEmpty()) {
                continue;
            }
            String viewpointName = viewpoints.byId(viewpoint).orElseThrow().exchangeName();
            for (Iterator<EObject> it = view.eAllContents(); it.hasNext();) {
                EObject node = it.next();
                if (!Models.isA(node, "ElementNode") || Models.get(node, "element") == null) {
                    continue;
                }
                EObject element = (EObject) Models.get(node, "element");
                if (!viewpoints.allows(viewpoint, element.eClass())) {
                    context.report(this, node, Describe.of(element) + " is shown in " + Describe.of(view) + " " + context.where() + ", whose viewpoint "
                            + viewpointName + " does not allow a " + element.eClass().getName()
                            + ". Remove it from the view, or choose a viewpoint that allows it.");
                }
            }
        }
    }
}
