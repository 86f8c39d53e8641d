package vn.ndaf.framework.registry;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What every province and commune after 1 July 2025 was formed from (docs/bodies.md, "Predecessors"), the
 * units before the reform, and what the parse of the published text reported. Read by
 * {@link PredecessorsLoader}.
 */
public final class Predecessors {

    private final Map<String, UnitPredecessors> byCode = new LinkedHashMap<>();
    private final Map<String, List<String>> successorsOfProvince = new LinkedHashMap<>();
    private final PreReformUnits preReform;
    private final List<PredecessorIssue> issues;
    private final int entries;

    Predecessors(List<UnitPredecessors> units, PreReformUnits preReform, List<PredecessorIssue> issues, int entries) {
        this.preReform = preReform;
        this.issues = List.copyOf(issues);
        this.entries = entries;
        for (UnitPredecessors u : units) {
            byCode.put(u.code(), u);
            if (u.parentCode() == null) {
                for (Predecessor p : u.predecessors()) {
                    if (p.code() != null) {
                        successorsOfProvince.computeIfAbsent(p.code(), k -> new ArrayList<>()).add(u.code());
                    }
                }
            }
        }
    }

    /** What the unit with this (registry) code was formed from, if it is a province or commune. */
    public Optional<UnitPredecessors> of(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    public Collection<UnitPredecessors> all() {
        return byCode.values();
    }

    /** How many entries the published file holds. */
    public int entries() {
        return entries;
    }

    public PreReformUnits preReform() {
        return preReform;
    }

    /** Fragments not resolved to one pre-reform unit, fragments naming no unit, corrected codes. */
    public List<PredecessorIssue> issues() {
        return issues;
    }

    /** The provinces after the reform that a pre-reform province (by its code) became part of, in code order. */
    public List<String> successorsOfProvince(String preReformCode) {
        return successorsOfProvince.getOrDefault(preReformCode, List.of());
    }

    /**
     * Whether {@code code} is the code of a province before the reform that is no province's code now (26
     * Vĩnh Phúc): what an import for it is refused with, naming {@link #successorsOfProvince}.
     */
    public boolean retiredProvinceCode(String code, Registry registry) {
        return preReform.province(code).isPresent() && registry.find(code).filter(Body::isProvince).isEmpty();
    }

    /**
     * The pre-reform provinces whose name no province carries any more (29 of the 63: Hà Giang, Vĩnh Phúc,
     * Yên Bái, ...). Lào Cai is not among them: the new province 15 carries its name (and Yên Bái's old code).
     */
    public List<PreReformUnits.Unit> dissolvedProvinces(Registry registry) {
        Set<String> names = new java.util.HashSet<>();
        registry.provinces().forEach(b -> names.add(UnitNames.key(b.nameVi())));
        return preReform.provinces().stream().filter(p -> !names.contains(UnitNames.key(p.name()))).toList();
    }

    /** The pre-reform provinces a new province was formed from (their codes, in the order published). */
    public Set<String> formerProvinces(String provinceCode) {
        Set<String> out = new LinkedHashSet<>();
        of(provinceCode).ifPresent(u -> u.predecessors().forEach(p -> {
            if (p.code() != null) {
                out.add(p.code());
            }
        }));
        return out;
    }
}
