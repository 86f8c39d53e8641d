package vn.ndaf.analysis.rules.framework;

import vn.ndaf.analysis.JavaRule;
import vn.ndaf.analysis.ModelContext;
import vn.ndaf.analysis.Severity;
import vn.ndaf.framework.catalogue.Platform;
import vn.ndaf.framework.national.NationalIds;
import vn.ndaf.framework.template.Finding.Kind;

/** A national platform the body's template requires that no relationship of the architecture uses. */
public final class RequiredPlatforms extends JavaRule {

    public RequiredPlatforms() {
        super("framework.platform.required", Severity.ERROR, "framework", "a national platform the body's template requires is not used",
                "docs/templates.md (conformance); the catalogue of national platforms");
    }

    @Override
    public void check(ModelContext context) {
        TemplateRules.report(context).ifPresent(report -> report.findings().stream().filter(f -> f.kind() == Kind.MISSING_PLATFORM).forEach(f -> {
            String name = context.data().catalogue().platform(f.subject()).map(Platform::nameVi).orElse(f.subject());
            context.reportMissing(this, NationalIds.platform(f.subject()), name, "The national platform " + f.subject() + " (" + name + ") is not used "
                    + context.where() + ". " + f.message() + " Add that relationship to the national platform instead of an own system.");
        }));
    }
}
