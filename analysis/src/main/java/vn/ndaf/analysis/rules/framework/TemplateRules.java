package vn.ndaf.analysis.rules.framework;

import java.util.Optional;

import vn.ndaf.analysis.ModelContext;
import vn.ndaf.framework.template.ConformanceReport;
import vn.ndaf.framework.template.Template;
import vn.ndaf.framework.template.TemplateConformance;
import vn.ndaf.framework.template.TemplateInstantiator;
import vn.ndaf.metamodel.Models;

/**
 * The adapter from the framework's template conformance to rules: which template an architecture is
 * checked against, and its conformance report, computed once per check.
 */
public final class TemplateRules {

    private TemplateRules() {
    }

    /** The template named on the architecture ({@code ndaf:template}), else the one made for its body; empty when none applies. */
    public static Optional<Template> template(ModelContext context) {
        return context.shared("template", () -> {
            String named = Models.<org.eclipse.emf.ecore.EObject>list(context.architecture(), "properties").stream()
                    .filter(p -> TemplateInstantiator.TEMPLATE.equals(Models.string(p, "key"))).map(p -> Models.string(p, "value")).findFirst().orElse(null);
            Optional<Template> t = named == null ? Optional.empty() : context.data().templates().find(named);
            if (t.isEmpty()) {
                t = context.body().flatMap(b -> context.data().templates().forBody(b));
            }
            return t;
        });
    }

    public static Optional<ConformanceReport> report(ModelContext context) {
        return context.shared("conformance", () -> template(context).map(t -> TemplateConformance.check(context.architecture(), t, context.resolver())));
    }
}
