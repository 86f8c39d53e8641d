package vn.ndaf.analysis.rules.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;

import vn.ndaf.analysis.JavaRule;
import vn.ndaf.analysis.ModelContext;
import vn.ndaf.analysis.Severity;
import vn.ndaf.metamodel.Models;
import vn.ndaf.metamodel.validation.Describe;

/**
 * Elements of the same class with the same name (an absent name counts as the empty name), as Archi's
 * DuplicateElementChecker: each element of such a group is reported; junctions are never duplicates.
 */
public final class DuplicateElement extends JavaRule {

    public DuplicateElement() {
        super("archimate.element.duplicate", Severity.WARNING, "model", "elements of the same type with the same name",
                "Archi's DuplicateElementChecker");
    }

    @Override
    public void check(ModelContext context) {
        Map<String, List<EObject>> groups = new LinkedHashMap<>();
        for (EObject e : ModelParts.elements(context.architecture())) {
            if (Models.isA(e, "Junction")) {
                continue;
            }
            String name = ModelContext.nameOf(e);
            groups.computeIfAbsent(e.eClass().getName() + "\u0000" + name, k -> new ArrayList<>()).add(e);
        }
        for (List<EObject> group : groups.values()) {
            if (group.size() < 2) {
                continue;
            }
            for (EObject e : group) {
                List<String> others = group.stream().filter(o -> o != e).map(ModelContext::idOf).toList();
                context.report(this, e, Describe.of(e) + " " + context.where() + " has the same type and name as " + String.join(", ", others)
                        + ". Merge them if they are the same thing, or rename one.");
            }
        }
    }
}
