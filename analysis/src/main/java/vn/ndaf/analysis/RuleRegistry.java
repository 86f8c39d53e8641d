package vn.ndaf.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.ndaf.analysis.rules.invariant.InvariantRule;
import vn.ndaf.analysis.rules.model.DuplicateElement;
import vn.ndaf.analysis.rules.model.EmptyView;
import vn.ndaf.analysis.rules.model.InvalidRelationship;
import vn.ndaf.analysis.rules.model.MixedJunction;
import vn.ndaf.analysis.rules.model.NestingWithoutRelationship;
import vn.ndaf.analysis.rules.model.UnusedElement;
import vn.ndaf.analysis.rules.model.UnusedRelationship;
import vn.ndaf.analysis.rules.model.ViewpointViolation;

/**
 * Every rule ndaf checks, by id: the Java rules listed here, the metamodel's invariants, the SHACL shapes of
 * framework-templates and the Cypher rule files of repository (both found by listing their folders).
 * docs/rules.md is generated from it ({@link RulesDocument}).
 */
public final class RuleRegistry {

    /** The groups, in the order docs/rules.md shows them. */
    public static final List<String> GROUPS = List.of("model", "invariant", "framework", "cross-body");

    private final Map<String, Rule> byId = new LinkedHashMap<>();

    public RuleRegistry(List<? extends Rule> rules) {
        for (Rule r : rules) {
            if (byId.put(r.id(), r) != null) {
                throw new IllegalStateException("Two rules have the id " + r.id());
            }
        }
    }

    private static final RuleRegistry STANDARD = build();

    public static RuleRegistry standard() {
        return STANDARD;
    }

    private static RuleRegistry build() {
        List<Rule> rules = new ArrayList<>();
        rules.add(new InvalidRelationship());
        rules.add(new MixedJunction());
        rules.add(new UnusedElement());
        rules.add(new UnusedRelationship());
        rules.add(new ViewpointViolation());
        rules.add(new DuplicateElement());
        rules.add(new EmptyView());
        rules.add(new NestingWithoutRelationship());
        rules.addAll(InvariantRule.all());
        rules.addAll(vn.ndaf.analysis.rules.framework.FrameworkRules.all());
        rules.add(new vn.ndaf.analysis.rules.registry.DissolvedUnit());
        rules.addAll(vn.ndaf.analysis.rules.crossbody.CypherRule.all());
        return new RuleRegistry(rules);
    }

    /** Every rule, by group then in registration order. */
    public List<Rule> all() {
        return byId.values().stream().sorted(Comparator.comparingInt(r -> GROUPS.indexOf(r.group()))).toList();
    }

    public Optional<Rule> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public List<ModelRule> modelRules() {
        return byId.values().stream().filter(ModelRule.class::isInstance).map(ModelRule.class::cast).toList();
    }

    public List<StoreRule> storeRules() {
        return byId.values().stream().filter(StoreRule.class::isInstance).map(StoreRule.class::cast).toList();
    }
}
