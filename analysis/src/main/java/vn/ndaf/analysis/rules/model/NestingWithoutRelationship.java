package vn.ndaf.analysis.rules.model;

import java.util.Iterator;
import java.util.List;

import org.eclipse.emf.ecore.EObject;

import vn.ndaf.analysis.JavaRule;
import vn.ndaf.analysis.ModelContext;
import vn.ndaf.analysis.Severity;
import vn.ndaf.metamodel.Models;
import vn.ndaf.metamodel.validation.Describe;

/**
 * An element nested in another in a view without a relationship that nesting can stand for, as Archi's
 * NestedElementsChecker: a child element node (not a junction) of an element node is reported when a
 * connection drawn between the two shows a relationship that is not one of composition, aggregation,
 * assignment, realization, specialization or access, or shows one of them the wrong way round (from the
 * child; a specialization to the child), or when the model holds no such relationship between the two
 * elements in either direction.
 */
public final class NestingWithoutRelationship extends JavaRule {

    private static final List<String> NESTING = List.of("CompositionRelationship", "AggregationRelationship", "AssignmentRelationship",
            "RealizationRelationship", "SpecializationRelationship", "AccessRelationship");

    public NestingWithoutRelationship() {
        super("archimate.view.nesting", Severity.INFO, "model", "an element nested in another in a view without a relationship nesting stands for",
                "ArchiMate 3.2 section 12.1 (nesting); Archi's NestedElementsChecker");
    }

    @Override
    public void check(ModelContext context) {
        List<EObject> relationships = ModelParts.relationships(context.architecture());
        for (EObject view : ModelParts.archimateViews(context.architecture())) {
            List<EObject> connections = Models.list(view, "connections");
            for (Iterator<EObject> it = view.eAllContents(); it.hasNext();) {
                EObject parent = it.next();
                if (!Models.isA(parent, "ElementNode")) {
                    continue;
                }
                for (EObject child : Models.<EObject>list(parent, "children")) {
                    if (Models.isA(child, "ElementNode") && wrong(parent, child, connections, relationships)) {
                        EObject c = (EObject) Models.get(child, "element");
                        EObject p = (EObject) Models.get(parent, "element");
                        context.report(this, child, Describe.of(c) + " is nested in " + Describe.of(p) + " in " + Describe.of(view) + " "
                                + context.where() + " without a composition, aggregation, assignment, realization, specialization or access"
                                + " relationship from the outer to the inner element. Add the relationship the nesting means, or draw them apart.");
                    }
                }
            }
        }
    }

    private static boolean wrong(EObject parentNode, EObject childNode, List<EObject> connections, List<EObject> relationships) {
        EObject parent = (EObject) Models.get(parentNode, "element");
        EObject child = (EObject) Models.get(childNode, "element");
        if (parent == null || child == null || Models.isA(child, "Junction")) {
            return false;
        }
        for (EObject connection : connections) {
            Object source = Models.get(connection, "source");
            Object target = Models.get(connection, "target");
            boolean between = (source == parentNode && target == childNode) || (source == childNode && target == parentNode);
            EObject relation = (EObject) Models.get(connection, "relationship");
            if (!between || relation == null) {
                continue;
            }
            String type = relation.eClass().getName();
            if (!NESTING.contains(type)) {
                return true;
            }
            if (type.equals("SpecializationRelationship")) {
                if (ModelParts.end(relation, "target") == child) {
                    return true;
                }
            } else if (ModelParts.end(relation, "source") == child) {
                return true;
            }
        }
        for (EObject r : relationships) {
            EObject s = ModelParts.end(r, "source");
            EObject t = ModelParts.end(r, "target");
            if (((s == parent && t == child) || (s == child && t == parent)) && NESTING.contains(r.eClass().getName())) {
                return false;
            }
        }
        return true;
    }
}
