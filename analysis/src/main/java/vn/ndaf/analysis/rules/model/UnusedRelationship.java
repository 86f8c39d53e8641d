package vn.ndaf.analysis.rules.model;

import java.util.Set;

import org.eclipse.emf.ecore.EObject;

import vn.ndaf.analysis.JavaRule;
import vn.ndaf.analysis.ModelContext;
import vn.ndaf.analysis.Severity;
import vn.ndaf.metamodel.validation.Describe;

/** A relationship that no view shows as a connection, as Archi's UnusedRelationsChecker. */
public final class UnusedRelationship extends JavaRule {

    public UnusedRelationship() {
        super("archimate.relationship.unused", Severity.WARNING, "model", "a relationship no view shows", "Archi's UnusedRelationsChecker");
    }

    @Override
    public void check(ModelContext context) {
        Set<EObject> shown = ModelParts.shown(context.architecture());
        for (EObject r : ModelParts.relationships(context.architecture())) {
            if (!shown.contains(r)) {
                context.report(this, r, Describe.of(r) + " " + context.where() + " is in no view. Show it in a view, or delete it if it is not needed.");
            }
        }
    }
}
