package vn.ndaf.analysis.rules.model;

import java.util.Set;
import java.util.TreeSet;

import org.eclipse.emf.ecore.EObject;

import vn.ndaf.analysis.JavaRule;
import vn.ndaf.analysis.ModelContext;
import vn.ndaf.analysis.Severity;
import vn.ndaf.metamodel.Models;
import vn.ndaf.metamodel.validation.Describe;

/**
 * A junction whose relationships (in and out) are not all of one type, as Archi's JunctionsChecker (no
 * exemption: every relationship that starts or ends at the junction counts).
 */
public final class MixedJunction extends JavaRule {

    public MixedJunction() {
        super("archimate.junction.mixed", Severity.ERROR, "model", "a junction joining relationships of different types",
                "ArchiMate 3.2 section 5.5.1; Archi's JunctionsChecker");
    }

    @Override
    public void check(ModelContext context) {
        var relationships = ModelParts.relationships(context.architecture());
        for (EObject junction : ModelParts.elements(context.architecture())) {
            if (!Models.isA(junction, "Junction")) {
                continue;
            }
            Set<String> types = new TreeSet<>();
            for (EObject r : relationships) {
                if (ModelParts.end(r, "source") == junction || ModelParts.end(r, "target") == junction) {
                    types.add(r.eClass().getName());
                }
            }
            if (types.size() > 1) {
                context.report(this, junction, Describe.of(junction) + " " + context.where() + " joins relationships of different types ("
                        + String.join(", ", types) + "); a junction joins relationships of one type. Split it into one junction per type.");
            }
        }
    }
}
