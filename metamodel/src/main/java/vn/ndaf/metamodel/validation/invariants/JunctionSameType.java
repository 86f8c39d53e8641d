package vn.ndaf.metamodel.validation.invariants;

import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.EObject;

import vn.ndaf.metamodel.Models;
import vn.ndaf.metamodel.validation.Describe;
import vn.ndaf.metamodel.validation.Invariant;
import vn.ndaf.metamodel.validation.Problem;
import vn.ndaf.metamodel.validation.ValidationContext;

/**
 * All relationships attached to a junction are of one type (ArchiMate 3.2 section 5.5.1); composition and
 * aggregation from a Grouping or Location are exempt.
 */
final class JunctionSameType implements Invariant {

    @Override
    public String id() {
        return "ndaf.junction.sameType";
    }

    @Override
    public String title() {
        return "all relationships on a junction are of one kind (composition/aggregation from Grouping or Location exempt)";
    }

    @Override
    public boolean appliesTo(EObject object) {
        return object.eClass().getName().equals("Junction") && object.eContainer() != null;
    }

    @Override
    public boolean tolerated() {
        // Archi stores such junctions without complaint; its model checker reports them
        return true;
    }

    @Override
    public void check(EObject junction, Consumer<Problem> report) {
        check(junction, new ValidationContext(), report);
    }

    @Override
    public void check(EObject junction, ValidationContext context, Consumer<Problem> report) {
        EObject architecture = junction.eContainer();
        if (architecture.eClass().getEStructuralFeature("relationships") == null) {
            return;
        }
        Set<String> types = new TreeSet<>();
        for (EObject r : context.relationshipsAtJunction(architecture, junction)) {
            EObject source = (EObject) Models.get(r, "source");
            EObject target = (EObject) Models.get(r, "target");
            if (source != junction && target != junction) {
                continue;
            }
            boolean exempt = target == junction && source != null && (Models.isA(source, "Grouping") || Models.isA(source, "Location"))
                    && (Models.isA(r, "CompositionRelationship") || Models.isA(r, "AggregationRelationship"));
            if (!exempt) {
                types.add(r.eClass().getName());
            }
        }
        if (types.size() > 1) {
            report.accept(new Problem(id(), Problem.Severity.ERROR, junction, Describe.of(junction) + " joins relationships of different types ("
                    + String.join(", ", types) + "); a junction connects relationships of one type only. Split it into one junction per type."));
        }
    }
}
