package vn.ndaf.analysis.rules.framework;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;

import vn.ndaf.analysis.JavaRule;
import vn.ndaf.analysis.ModelContext;
import vn.ndaf.analysis.Severity;
import vn.ndaf.framework.catalogue.Platform;
import vn.ndaf.framework.national.NationalIds;
import vn.ndaf.metamodel.Models;
import vn.ndaf.metamodel.validation.Describe;

/**
 * An own element with the function (reference category) of a national shared platform: the body built its
 * own instead of using the national one (the plan: use the shared platforms, do not duplicate them).
 */
public final class DuplicatedPlatform extends JavaRule {

    public DuplicatedPlatform() {
        super("framework.platform.duplicated", Severity.WARNING, "framework", "an own system with the function of a national platform",
                "214/NQ-CP and 3090/QĐ-BKHCN: shared national platforms are used, not rebuilt; docs/synthetic-nation.md");
    }

    @Override
    public void check(ModelContext context) {
        Map<String, Platform> byCategory = new HashMap<>();
        for (Platform p : context.data().catalogue().nationalPlatforms()) {
            byCategory.putIfAbsent(p.category(), p);
        }
        for (EObject e : Models.<EObject>list(context.architecture(), "elements")) {
            String category = Models.string(e, "referenceCategory");
            Platform p = category == null ? null : byCategory.get(category);
            if (p == null || NationalIds.platformCode(Models.id(e)) != null) {
                continue;
            }
            context.report(this, e, Describe.of(e) + " " + context.where() + " has the function (" + category + ") of the national platform " + p.code()
                    + " (" + p.nameVi() + "). Use the national platform and retire the own system, or correct its reference category.");
        }
    }
}
