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
    private final Map<String, List<String>> successorsOfCommune = new LinkedHashMap<>();
    private final Map<String, List<String>> successorsOfDistrict = new LinkedHashMap<>();
    private final PreReformUnits preReform;
    private final List<PredecessorIssue> issues;
    private final int entries;

    Predecessors(List<UnitPredecessors> units, PreReformUnits preReform, List<PredecessorIssue> issues, int entries) {
        this.preReform = preReform;
        this.issues = List.copyOf(issues);
        this.entries = entries;
        for (UnitPredecessors u : units) {
            byCode.put(u.code(), u);
            for (Predecessor p : u.predecessors()) {
                if (p.code() != null) {
                    (u.parentCode() == null ? successorsOfProvince : Body.COMMUNE.equals(p.tier()) ? successorsOfCommune : successorsOfDistrict)
                            .computeIfAbsent(p.code(), k -> new ArrayList<>()).add(u.code());
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

    /** The communes after the reform that a pre-reform commune (by its pre-reform code) went into, whole or in part. */
    public List<String> successorsOfCommune(String preReformCode) {
        return successorsOfCommune.getOrDefault(preReformCode, List.of());
    }

    /**
     * A code that named a unit before the reform and names none now, with the units to use instead: a
     * pre-reform province code that is no province's now (26 Vĩnh Phúc → 25), a district code (districts were
     * abolished), or a pre-reform commune code that no commune has now. Empty for a code of the registry
     * (even when it was reused: 00004 is Ba Đình now) and for a code neither list knows.
     */
    public Optional<Retired> retired(String code, Registry registry) {
        if (code == null || registry.contains(code)) {
            return Optional.empty();
        }
        Optional<PreReformUnits.Unit> province = preReform.province(code);
        if (province.isPresent()) {
            List<String> to = successorsOfProvince(code);
            return Optional.of(new Retired(code, province.get().fullName(), Body.PROVINCE, to, "Province code " + code + " (" + province.get().name()
                    + ") was merged on 1 July 2025 into " + names(to, registry)));
        }
        Optional<PreReformUnits.Unit> district = preReform.district(code);
        if (district.isPresent()) {
            List<String> to = successorsOfProvince(district.get().provinceCode());
            return Optional.of(new Retired(code, district.get().fullName(), Predecessor.DISTRICT, to, "District code " + code + " ("
                    + district.get().fullName() + ") names a district, and districts were abolished on 1 July 2025; its area is now in "
                    + names(to, registry)));
        }
        Optional<PreReformUnits.Unit> commune = preReform.commune(code);
        if (commune.isPresent()) {
            List<String> to = successorsOfCommune(code);
            return Optional.of(new Retired(code, commune.get().fullName(), Body.COMMUNE, to, "Commune code " + code + " (" + commune.get().fullName()
                    + ") was merged on 1 July 2025 into " + (to.isEmpty() ? "communes the predecessors file does not name by a known spelling" : names(to, registry))));
        }
        return Optional.empty();
    }

    /** A code that named a unit before the reform and none now: what it was, the units to use instead, and a sentence saying so. */
    public record Retired(String code, String formerName, String formerTier, List<String> successors, String message) {
    }

    private static String names(List<String> codes, Registry registry) {
        List<String> out = new ArrayList<>();
        for (String c : codes) {
            out.add(c + " " + registry.find(c).map(Body::nameVi).orElse("?"));
        }
        return out.isEmpty() ? "no unit the predecessors file names" : String.join(", ", out);
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
