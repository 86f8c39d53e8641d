package vn.ndaf.analysis.rules.model;

import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;

import vn.ndaf.analysis.JavaRule;
import vn.ndaf.analysis.ModelContext;
import vn.ndaf.analysis.Severity;
import vn.ndaf.metamodel.rules.RelationshipRules;
import vn.ndaf.metamodel.rules.RelationshipRules.Kind;
import vn.ndaf.metamodel.validation.Describe;

/**
 * A relationship ArchiMate 3.2 does not allow between the types of its ends (Appendix B,
 * metamodel/model/relationships.tsv), as Archi's InvalidRelationsChecker: every relationship of the model,
 * ends taken as their ArchiMate types (a junction as Junction, a relationship end as Relationship).
 */
public final class InvalidRelationship extends JavaRule {

    public InvalidRelationship() {
        super("archimate.relationship.invalid", Severity.ERROR, "model", "a relationship ArchiMate 3.2 does not allow between its ends' types",
                "ArchiMate 3.2 Appendix B; Archi's InvalidRelationsChecker");
    }

    @Override
    public void check(ModelContext context) {
        RelationshipRules rules = RelationshipRules.get();
        for (EObject r : ModelParts.relationships(context.architecture())) {
            EObject source = ModelParts.end(r, "source");
            EObject target = ModelParts.end(r, "target");
            if (source == null || target == null) {
                continue;
            }
            if (!rules.allows(r.eClass(), source.eClass(), target.eClass())) {
                String allowed = rules.allowed(RelationshipRules.tableType(source.eClass()), RelationshipRules.tableType(target.eClass())).stream()
                        .map(Kind::className).collect(Collectors.joining(", "));
                context.report(this, r, Describe.of(r) + " " + context.where() + " goes from " + Describe.of(source) + " to " + Describe.of(target)
                        + ", which ArchiMate 3.2 does not allow; between these types only " + (allowed.isEmpty() ? "nothing" : allowed)
                        + " is allowed. Change the relationship's type or its ends.");
            }
        }
    }
}
