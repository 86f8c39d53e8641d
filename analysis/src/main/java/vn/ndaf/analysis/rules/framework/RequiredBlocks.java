package vn.ndaf.analysis.rules.framework;

import vn.ndaf.analysis.JavaRule;
import vn.ndaf.analysis.ModelContext;
import vn.ndaf.analysis.Severity;
import vn.ndaf.framework.template.Block;
import vn.ndaf.framework.template.Finding.Kind;
import vn.ndaf.framework.template.Placeholders;

/** A required block of the body's template that no own element is (the framework's TemplateConformance). */
public final class RequiredBlocks extends JavaRule {

    public RequiredBlocks() {
        super("framework.block.required", Severity.ERROR, "framework", "a required block of the body's template is missing",
                "docs/templates.md (conformance); 3090/QĐ-BKHCN");
    }

    @Override
    public void check(ModelContext context) {
        TemplateRules.report(context).ifPresent(report -> report.findings().stream().filter(f -> f.kind() == Kind.MISSING_BLOCK).forEach(f -> {
            Block block = TemplateRules.template(context).orElseThrow().block(f.subject()).orElseThrow();
            // the block's name as the body's architecture would have it ("People's Committee of Hanoi"), not its pattern
            String name = context.body().map(b -> Placeholders.apply(block.nameEn(), b)).orElse(block.nameEn());
            context.reportMissing(this, block.key(), name, "The required block '" + block.key() + "' (" + name + ": a "
                    + block.type() + " in category " + block.category() + ") of the template " + TemplateRules.template(context).orElseThrow().name()
                    + " is missing " + context.where() + ". Add the element, classified with its block's class and category.");
        }));
    }
}
