package vn.ndaf.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.eclipse.emf.ecore.EObject;

import vn.ndaf.framework.ReferenceData;

/**
 * Runs the model rules of a registry on one architecture's model under a profile. Store-wide rules are run
 * by {@link StoreChecker}. A rule that fails unexpectedly is reported as an ERROR finding of the rule
 * {@value #RULE_FAILED} rather than stopping the check.
 */
public final class Checker {

    public static final String RULE_FAILED = "ndaf.rule.failed";
    /** The order findings are listed in: by architecture, severity, rule, object id. */
    public static final Comparator<Finding> ORDER = Comparator.comparing((Finding f) -> nz(f.architecture())).thenComparing(Finding::severity)
            .thenComparing(Finding::rule).thenComparing(f -> nz(f.id())).thenComparing(Finding::message);

    private final RuleRegistry registry;
    private final ReferenceData data;

    public Checker(RuleRegistry registry, ReferenceData data) {
        this.registry = registry;
        this.data = data;
    }

    public static Checker standard() {
        return new Checker(RuleRegistry.standard(), ReferenceData.standard());
    }

    public RuleRegistry registry() {
        return registry;
    }

    public ReferenceData data() {
        return data;
    }

    /** The model rules' findings on {@code architecture} (stored under {@code architectureId}), under {@code profile}. */
    public List<Finding> check(EObject architecture, String architectureId, Profile profile) {
        return check(architecture, architectureId, profile, LocalDate.now(java.time.ZoneOffset.UTC), UnaryOperator.identity());
    }

    public List<Finding> check(EObject architecture, String architectureId, Profile profile, LocalDate asOf, UnaryOperator<EObject> resolver) {
        return check(new ModelContext(architecture, architectureId, data).asOf(asOf).resolver(resolver), profile);
    }

    /** The model rules' findings and the readiness figures of one architecture, from one context: what both need (the conformance report) is computed once. */
    public record Result(List<Finding> findings, Readiness readiness) {
    }

    public Result checkWithReadiness(EObject architecture, String architectureId, Profile profile, LocalDate asOf, UnaryOperator<EObject> resolver) {
        ModelContext context = new ModelContext(architecture, architectureId, data).asOf(asOf).resolver(resolver);
        List<Finding> findings = check(context, profile);
        return new Result(findings, Readiness.of(context));
    }

    private List<Finding> check(ModelContext context, Profile profile) {
        EObject architecture = context.architecture();
        String architectureId = context.architectureId();
        boolean isArchitecture = vn.ndaf.metamodel.Models.isA(architecture, "Architecture");
        for (ModelRule rule : registry.modelRules()) {
            // a model that is not an architecture (the body registry) has only the metamodel's invariants to meet
            if (profile.severityOf(rule).isEmpty() || (!isArchitecture && !rule.group().equals("invariant"))) {
                continue;
            }
            int before = context.findings().size();
            try {
                rule.check(context);
            } catch (RuntimeException e) {
                context.findings().subList(before, context.findings().size()).clear();
                context.reportMissing(new Failed(), architectureId, "", "The rule " + rule.id() + " could not check " + context.where() + ": " + e.getMessage()
                        + ". Report this to the framework's maintainers.");
            }
        }
        return apply(context.findings(), profile);
    }

    /** The readiness figures of {@code architecture} (as {@link Readiness#of}). */
    public Readiness readiness(EObject architecture, String architectureId, LocalDate asOf, UnaryOperator<EObject> resolver) {
        return Readiness.of(new ModelContext(architecture, architectureId, data).asOf(asOf).resolver(resolver));
    }

    /** The findings with the profile's severities, without those of rules it switches off, in {@link #ORDER}. */
    public List<Finding> apply(List<Finding> findings, Profile profile) {
        List<Finding> out = new ArrayList<>();
        for (Finding f : findings) {
            Optional<Rule> rule = registry.find(f.rule());
            Optional<Severity> s = rule.isPresent() ? profile.severityOf(rule.get()) : Optional.of(f.severity());
            s.ifPresent(severity -> out.add(f.withSeverity(severity)));
        }
        out.sort(ORDER);
        return out;
    }

    /** How many findings of each severity (every severity present, zero when none). */
    public static Map<Severity, Integer> counts(List<Finding> findings) {
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            counts.put(s, 0);
        }
        findings.forEach(f -> counts.merge(f.severity(), 1, Integer::sum));
        return counts;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** Stands for a rule that failed while checking. */
    private static final class Failed extends JavaRule {
        Failed() {
            super(RULE_FAILED, Severity.ERROR, "model", "a rule could not check the architecture", "");
        }

        @Override
        public void check(ModelContext context) {
        }
    }
}
