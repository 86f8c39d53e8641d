package vn.ndaf.analysis.rules.invariant;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;

import vn.ndaf.analysis.ModelContext;
import vn.ndaf.analysis.ModelRule;
import vn.ndaf.analysis.Severity;
import vn.ndaf.metamodel.validation.Invariant;
import vn.ndaf.metamodel.validation.Problem;
import vn.ndaf.metamodel.validation.invariants.Invariants;

/** One of the metamodel's invariants (docs/metamodel.md) as a rule, under the invariant's own id. */
public final class InvariantRule implements ModelRule {

    private final Invariant invariant;

    public InvariantRule(Invariant invariant) {
        this.invariant = invariant;
    }

    /** Every invariant of the metamodel, in its order. */
    public static List<ModelRule> all() {
        List<ModelRule> rules = new ArrayList<>();
        Invariants.all().forEach(i -> rules.add(new InvariantRule(i)));
        return rules;
    }

    @Override
    public String id() {
        return invariant.id();
    }

    @Override
    public Severity defaultSeverity() {
        return invariant.severity() == Problem.Severity.ERROR ? Severity.ERROR : Severity.WARNING;
    }

    @Override
    public String title() {
        return invariant.title();
    }

    @Override
    public String unit() {
        return "Java `" + invariant.getClass().getName() + "` (metamodel invariant)";
    }

    @Override
    public String reference() {
        return "docs/metamodel.md, Invariants";
    }

    @Override
    public String group() {
        return "invariant";
    }

    @Override
    public void check(ModelContext context) {
        EObject root = context.architecture();
        check(root, context);
        root.eAllContents().forEachRemaining(o -> check(o, context));
    }

    private void check(EObject object, ModelContext context) {
        if (invariant.appliesTo(object)) {
            invariant.check(object, p -> context.report(this, p.object() == null ? object : p.object(), p.message() + " (" + context.where() + ")"));
        }
    }
}
