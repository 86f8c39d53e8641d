package vn.ndaf.metamodel.validation.invariants;

import java.util.function.Consumer;

import org.eclipse.emf.ecore.EObject;

import vn.ndaf.metamodel.Models;
import vn.ndaf.metamodel.validation.Describe;
import vn.ndaf.metamodel.validation.Invariant;
import vn.ndaf.metamodel.validation.Problem;

/** The security level of an information system is 1 to 5 (Decree 85/2016/ND-CP), or 0 while undetermined. */
final class SecurityLevelInRange implements Invariant {

    @Override
    public String id() {
        return "ndaf.system.securityLevel";
    }

    @Override
    public String title() {
        return "security level 0 (undetermined) to 5";
    }

    @Override
    public boolean appliesTo(EObject object) {
        return Models.isA(object, "InformationSystem");
    }

    @Override
    public void check(EObject system, Consumer<Problem> report) {
        int level = (Integer) Models.get(system, "securityLevel");
        if (level < 0 || level > 5) {
            report.accept(new Problem(id(), Problem.Severity.ERROR, system, Describe.of(system) + " has security level " + level
                    + "; levels run from 1 to 5 (0 while not yet determined)."));
        }
    }
}
