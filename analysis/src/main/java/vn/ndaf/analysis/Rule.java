package vn.ndaf.analysis;

/**
 * A rule: a stable id, a default severity a {@link Profile} may override, and what it checks. Each rule is
 * one small unit: a Java class ({@link ModelRule}), a SHACL shape kept as Turtle in framework-templates, or
 * a Cypher file kept in repository ({@link StoreRule}). docs/rules.md is generated from the registry.
 */
public interface Rule {

    /** Stable id, e.g. {@code archimate.relationship.invalid}; never renamed. */
    String id();

    Severity defaultSeverity();

    /** One line: what the rule finds. */
    String title();

    /** Where the rule lives, e.g. {@code Java vn.ndaf.analysis.rules.model.UnusedElements}. */
    String unit();

    /** Where its semantics come from (a specification, Archi's checker, the plan), or empty. */
    default String reference() {
        return "";
    }

    /** The group in docs/rules.md: model, invariant, framework, cross-body. */
    String group();
}
