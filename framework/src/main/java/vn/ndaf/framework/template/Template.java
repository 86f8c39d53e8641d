package vn.ndaf.framework.template;

import java.util.List;
import java.util.Optional;

import vn.ndaf.framework.registry.Body;

/**
 * A template of the national framework: what the architecture of a ministry, province, commune, Party
 * body or Front body must contain (blocks), which national platforms it uses and which relationships are
 * expected. {@code parent} is the template of the parent body (the province template for a commune).
 */
public record Template(String name, String version, String titleVi, String titleEn, String tier, List<String> kinds, List<String> basis,
        Template parent, String architectureNameVi, String architectureNameEn, List<Block> blocks, List<PlatformUse> platforms,
        List<ExpectedRelationship> relationships) {

    public Template {
        kinds = List.copyOf(kinds);
        basis = List.copyOf(basis);
        blocks = List.copyOf(blocks);
        platforms = List.copyOf(platforms);
        relationships = List.copyOf(relationships);
    }

    public Optional<Block> block(String key) {
        return blocks.stream().filter(b -> b.key().equals(key)).findFirst();
    }

    public List<Block> requiredBlocks() {
        return blocks.stream().filter(Block::required).toList();
    }

    /** Whether the template is meant for bodies of this tier and kind. */
    public boolean appliesTo(Body body) {
        return tier.equals(body.tier()) && kinds.contains(body.kind());
    }

    /** Whether some expected relationship reaches into the parent body's architecture. */
    public boolean usesParent() {
        return relationships.stream().anyMatch(r -> r.from().kind() == Endpoint.Kind.PARENT || r.to().kind() == Endpoint.Kind.PARENT);
    }

    /** For messages: "province (tier province, kinds state_administration)". */
    public String describe() {
        return name + " (tier " + tier + ", kinds " + String.join(", ", kinds) + ")";
    }
}
