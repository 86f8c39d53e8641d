package vn.ndaf.metamodel.validation.invariants;

import java.util.function.Consumer;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EObject;

import vn.ndaf.metamodel.Models;
import vn.ndaf.metamodel.validation.Describe;
import vn.ndaf.metamodel.validation.Invariant;
import vn.ndaf.metamodel.validation.Problem;

/**
 * Under the two-tier local government model a commune-tier body belongs to a province-tier body (there is
 * no district tier), and a province-tier body to no other local body.
 */
final class CommuneBelongsToProvince implements Invariant {

    @Override
    public String id() {
        return "ndaf.body.twoTier";
    }

    @Override
    public String title() {
        return "a commune belongs to a province, a province to no other local body";
    }

    @Override
    public boolean appliesTo(EObject object) {
        return object.eClass().getName().equals("Body");
    }

    @Override
    public void check(EObject body, Consumer<Problem> report) {
        String tier = tier(body);
        EObject parent = (EObject) Models.get(body, "parent");
        String parentTier = parent == null || parent.eIsProxy() ? null : tier(parent);
        if ("commune".equals(tier) && parent != null && !parent.eIsProxy() && !"province".equals(parentTier)) {
            report.accept(new Problem(id(), Problem.Severity.ERROR, body, Describe.of(body) + " is a commune-tier body but belongs to "
                    + Describe.of(parent) + " (" + parentTier + " tier); a commune belongs directly to a province."));
        }
        if ("commune".equals(tier) && parent == null) {
            report.accept(new Problem(id(), Problem.Severity.ERROR, body, Describe.of(body) + " is a commune-tier body with no province; set its parent."));
        }
        if ("province".equals(tier) && parent != null && !parent.eIsProxy() && !"central".equals(parentTier)) {
            report.accept(new Problem(id(), Problem.Severity.ERROR, body, Describe.of(body) + " is a province-tier body but belongs to "
                    + Describe.of(parent) + " (" + parentTier + " tier)."));
        }
    }

    private static String tier(EObject body) {
        Object t = Models.get(body, "tier");
        return t == null ? null : ((Enumerator) t).getLiteral();
    }
}
