package vn.ndaf.framework.registry;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The national registry of bodies, in a fixed order: central bodies as listed, then provinces by code,
 * then communes by code. Lookups by code; children by parent code.
 */
public final class Registry {

    private final String version;
    private final List<Body> bodies;
    private final Map<String, Body> byCode = new LinkedHashMap<>();
    private final Map<String, List<Body>> children = new LinkedHashMap<>();
    private final List<PseudoGroup> pseudoGroups;

    public Registry(String version, List<Body> bodies, List<PseudoGroup> pseudoGroups) {
        this.version = version;
        this.bodies = List.copyOf(bodies);
        this.pseudoGroups = List.copyOf(pseudoGroups);
        for (Body body : this.bodies) {
            if (byCode.put(body.code(), body) != null) {
                throw new IllegalArgumentException("The body code " + body.code() + " is used twice");
            }
            if (body.parentCode() != null) {
                children.computeIfAbsent(body.parentCode(), k -> new ArrayList<>()).add(body);
            }
        }
    }

    public String version() {
        return version;
    }

    /** Every body, in registry order. */
    public List<Body> bodies() {
        return bodies;
    }

    public Optional<Body> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    public boolean contains(String code) {
        return byCode.containsKey(code);
    }

    /** The bodies whose parent is {@code code}, in registry order. */
    public List<Body> children(String code) {
        return Collections.unmodifiableList(children.getOrDefault(code, List.of()));
    }

    public List<Body> ofTier(String tier) {
        return bodies.stream().filter(b -> b.tier().equals(tier)).toList();
    }

    public List<Body> provinces() {
        return ofTier(Body.PROVINCE);
    }

    public List<Body> communes() {
        return ofTier(Body.COMMUNE);
    }

    public List<Body> central() {
        return ofTier(Body.CENTRAL);
    }

    public List<PseudoGroup> pseudoGroups() {
        return pseudoGroups;
    }

    /** Whether {@code code} names a body or a pseudo-group: what a lead or co-operating body may be. */
    public boolean knowsCode(String code) {
        return contains(code) || pseudoGroups.stream().anyMatch(g -> g.code().equals(code));
    }
}
