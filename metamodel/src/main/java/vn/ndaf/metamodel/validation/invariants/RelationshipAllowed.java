package vn.ndaf.metamodel.validation.invariants;

import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;

import vn.ndaf.metamodel.Models;
import vn.ndaf.metamodel.rules.RelationshipRules;
import vn.ndaf.metamodel.rules.RelationshipRules.Kind;
import vn.ndaf.metamodel.validation.Describe;
import vn.ndaf.metamodel.validation.Invariant;
import vn.ndaf.metamodel.validation.Problem;

/** A relationship must be one ArchiMate 3.2 allows between its source and target types (Appendix B). */
final class RelationshipAllowed implements Invariant {

    @Override
    public String id() {
        return "ndaf.relationship.allowed";
    }

    @Override
    public boolean tolerated() {
        // Archi lets a user draw such a relationship (its model checker warns); a model holding one is stored as it is
        return true;
    }

    @Override
    public String title() {
        return "the relationship is allowed between its ends' ArchiMate types (Appendix B); the message lists what is allowed";
    }

    @Override
    public boolean appliesTo(EObject object) {
        return Models.isA(object, "Relationship");
    }

    @Override
    public void check(EObject relationship, Consumer<Problem> report) {
        EObject source = (EObject) Models.get(relationship, "source");
        EObject target = (EObject) Models.get(relationship, "target");
        if (source == null || target == null || source.eIsProxy() || target.eIsProxy()) {
            return;
        }
        RelationshipRules rules = RelationshipRules.get();
        if (!rules.allows(relationship.eClass(), source.eClass(), target.eClass())) {
            String allowed = rules.allowed(RelationshipRules.tableType(source.eClass()), RelationshipRules.tableType(target.eClass())).stream()
                    .map(Kind::className).collect(Collectors.joining(", "));
            report.accept(new Problem(id(), Problem.Severity.ERROR, relationship,
                    Describe.of(relationship) + " from " + Describe.of(source) + " to " + Describe.of(target)
                            + " is not allowed by ArchiMate 3.2; between these types only " + (allowed.isEmpty() ? "nothing" : allowed)
                            + " is allowed. Change the relationship's type or its ends."));
        }
    }
}
