package vn.ndaf.analysis.rules.framework;

import vn.ndaf.analysis.JavaRule;
import vn.ndaf.analysis.ModelContext;
import vn.ndaf.analysis.Severity;
import vn.ndaf.framework.template.Finding.Kind;

/** A relationship the body's template requires between its blocks that the architecture lacks. */
public final class RequiredRelationships extends JavaRule {

    public RequiredRelationships() {
        super("framework.relationship.required", Severity.ERROR, "framework", "a relationship the body's template requires is missing",
                "docs/templates.md (conformance)");
    }

    @Override
    public void check(ModelContext context) {
        TemplateRules.report(context).ifPresent(report -> report.findings().stream().filter(f -> f.kind() == Kind.MISSING_RELATIONSHIP)
                .forEach(f -> context.reportMissing(this, f.subject(), "", f.message() + " (" + context.where()
                        + "). Add the relationship between the two blocks.")));
    }
}
