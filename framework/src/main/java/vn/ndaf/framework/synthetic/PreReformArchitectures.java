package vn.ndaf.framework.synthetic;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;

import org.eclipse.emf.ecore.EObject;

import vn.ndaf.framework.ReferenceData;
import vn.ndaf.framework.registry.Body;
import vn.ndaf.framework.registry.PreReformUnits;
import vn.ndaf.framework.registry.Predecessor;
import vn.ndaf.framework.registry.UnitPredecessors;
import vn.ndaf.framework.restructuring.Consolidator;
import vn.ndaf.framework.template.Block;
import vn.ndaf.framework.template.Instantiation;
import vn.ndaf.framework.template.InstantiationOptions;
import vn.ndaf.framework.template.Template;
import vn.ndaf.metamodel.Models;

/**
 * Synthetic architectures of provinces as they were before 1 July 2025, for a seeded sample of merged
 * provinces (docs/synthetic-nation.md, "Before the reform"): each former province of a merged province
 * gets the province template made for it under its old name ("tỉnh Vĩnh Phúc"), each block kept with
 * probability {@code presence}, and {@code extras} further systems, services, processes and records. It is
 * stored under the successor's code (the old code is refused), with {@value Consolidator#FORMER_UNIT} naming
 * the former province. The ground truth says which blocks two or more of them share, which none has, and
 * which extra elements were made alike in two or more.
 */
public final class PreReformArchitectures {

    /** The key (usable as the stored id) of the synthetic pre-reform architecture of a former province. */
    public static String key(String formerCode) {
        return "syn-pre-" + formerCode;
    }

    /** One former province's architecture. */
    public record Architecture(String key, String successor, String formerUnit, String formerName, EObject root, Set<String> blocks) {
    }

    /**
     * A merged province and its predecessors' architectures, with the ground truth: {@code shared} blocks two
     * or more have, {@code gaps} blocks none has, {@code alike} the names of extra elements made alike in two or more.
     */
    public record Sample(Body successor, List<Architecture> architectures, Set<String> shared, Set<String> gaps, Set<String> alike) {
    }

    private final ReferenceData data;
    private final double presence;
    private final int extras;

    /**
     * @param presence the probability that a predecessor has a given block (0 to 1)
     * @param extras   how many extra elements each predecessor has beyond the template's blocks
     */
    public PreReformArchitectures(ReferenceData data, double presence, int extras) {
        if (presence < 0 || presence > 1 || extras < 0) {
            throw new IllegalArgumentException("presence is between 0 and 1 and extras at least 0");
        }
        this.data = data;
        this.presence = presence;
        this.extras = extras;
    }

    /** The provinces formed from two or more former provinces, by code. */
    public List<Body> mergedProvinces() {
        return data.registry().provinces().stream().filter(p -> data.predecessors().formerProvinces(p.code()).size() > 1).toList();
    }

    /** A seeded sample of {@code count} merged provinces, each with its predecessors' architectures. */
    public List<Sample> sample(int count, long seed, EObject national) {
        List<Body> merged = new ArrayList<>(mergedProvinces());
        SplittableRandom random = new SplittableRandom(seed);
        List<Sample> out = new ArrayList<>();
        for (int i = 0; i < count && !merged.isEmpty(); i++) {
            out.add(generate(merged.remove(random.nextInt(merged.size())), seed, national));
        }
        return out;
    }

    /** The predecessors' architectures of one merged province. */
    public Sample generate(Body successor, long seed, EObject national) {
        Template template = data.templates().forBody(successor)
                .orElseThrow(() -> new IllegalArgumentException(successor.code() + " has no template"));
        UnitPredecessors formed = data.predecessors().of(successor.code())
                .orElseThrow(() -> new IllegalArgumentException(successor.code() + " is not a province or commune"));
        List<Architecture> made = new ArrayList<>();
        Map<String, Integer> alikeCount = new LinkedHashMap<>();
        for (Predecessor p : formed.predecessors()) {
            if (p.code() == null) {
                continue;
            }
            PreReformUnits.Unit former = data.predecessors().preReform().province(p.code()).orElseThrow();
            SplittableRandom random = new SplittableRandom(Shuffle.bodySeed(seed, "pre-" + former.code()));
            Set<String> omitted = new LinkedHashSet<>();
            for (Block b : template.blocks()) {
                if (random.nextDouble() >= presence) {
                    omitted.add(b.key());
                }
            }
            Body asBefore = new Body(successor.code(), former.name(), former.name(), former.fullName(), former.fullName(), successor.kind(), Body.PROVINCE,
                    null, UnitNamesOf.type(former.fullName()), null, true, false, null, null, List.of("S_VN_UNITS"));
            Instantiation instantiation = data.instantiator().instantiate(template, asBefore,
                    InstantiationOptions.of(national, null).omitting(omitted, b -> true).withOverviewView(false));
            EObject root = instantiation.architecture();
            String key = key(former.code());
            Models.set(root, "id", key);
            Models.set(root, "bodyCode", successor.code());
            Models.set(root, "name", Models.string(root, "name") + " (trước 1/7/2025, mô phỏng)");
            Models.set(root, "documentation", "Synthetic architecture of " + former.fullName() + " (" + former.code() + ") before 1 July 2025, not a"
                    + " description of the real body: generated by ndaf (seed " + seed + ") from the template '" + template.name() + "'.");
            Models.property(root, Consolidator.FORMER_UNIT, former.code());
            Models.property(root, "ndaf:synthetic", "true");
            Set<String> alike = extras(root, former, random);
            alike.forEach(n -> alikeCount.merge(n, 1, Integer::sum));
            made.add(new Architecture(key, successor.code(), former.code(), former.fullName(), root, new TreeSet<>(instantiation.blocks().keySet())));
        }
        Set<String> shared = new TreeSet<>();
        Set<String> gaps = new TreeSet<>();
        for (Block b : template.blocks()) {
            long having = made.stream().filter(a -> a.blocks().contains(b.key())).count();
            if (having >= 2) {
                shared.add(b.key());
            } else if (having == 0) {
                gaps.add(b.key());
            }
        }
        Set<String> alike = new TreeSet<>();
        alikeCount.forEach((n, c) -> {
            if (c >= 2) {
                alike.add(n);
            }
        });
        return new Sample(successor, made, shared, gaps, alike);
    }

    private static final List<String> SYSTEMS = List.of("quản lý hồ sơ công việc", "quản lý cán bộ, công chức", "quản lý tài sản công", "quản lý đất đai",
            "quản lý giáo dục", "quản lý y tế cơ sở", "quản lý xây dựng", "quản lý giao thông", "quản lý tài nguyên nước", "quản lý hộ tịch",
            "quản lý thanh tra", "quản lý khiếu nại, tố cáo", "quản lý văn hoá, thể thao", "quản lý du lịch", "quản lý nông nghiệp",
            "quản lý môi trường", "quản lý công thương", "quản lý lao động", "quản lý bảo trợ xã hội", "quản lý đầu tư công");

    /**
     * Extra systems, each with an application service serving a process that accesses a record; the first
     * systems' names are drawn from a common list (so two predecessors may have "the same" system), the rest
     * are numbered. Returns the names (without the unit) of the common ones made.
     */
    private Set<String> extras(EObject root, PreReformUnits.Unit former, SplittableRandom random) {
        Set<String> alike = new LinkedHashSet<>();
        String unit = former.fullName().substring(0, 1).toLowerCase(java.util.Locale.ROOT) + former.fullName().substring(1);
        int groups = extras / 4;
        EObject previous = null;
        for (int i = 0; i < groups; i++) {
            String what;
            if (i < SYSTEMS.size() && random.nextDouble() < 0.5) {
                what = "Hệ thống " + SYSTEMS.get(i);
                alike.add(what);
            } else {
                what = "Hệ thống nghiệp vụ số " + (i + 1) + " " + former.code();
            }
            EObject system = Models.element(root, "ApplicationComponent", "x-sys-" + i, what + " " + unit);
            EObject service = Models.element(root, "ApplicationService", "x-svc-" + i, "Dịch vụ của " + what.toLowerCase(java.util.Locale.ROOT) + " " + unit);
            EObject process = Models.element(root, "BusinessProcess", "x-proc-" + i, "Quy trình nghiệp vụ " + (i + 1) + "." + former.code() + " " + unit);
            EObject record = Models.element(root, "DataObject", "x-data-" + i, "Hồ sơ nghiệp vụ " + (i + 1) + "." + former.code() + " " + unit);
            Models.relationship(root, "RealizationRelationship", "x-r1-" + i, system, service);
            Models.relationship(root, "ServingRelationship", "x-r2-" + i, service, process);
            Models.relationship(root, "AccessRelationship", "x-r3-" + i, process, record);
            if (previous != null) {
                Models.relationship(root, "FlowRelationship", "x-r4-" + i, previous, system);
            }
            previous = system;
        }
        return alike;
    }

    /** The unit type at the start of a pre-reform province's name: Tỉnh or Thành phố. */
    private static final class UnitNamesOf {
        static String type(String fullName) {
            return fullName.startsWith("Thành phố") ? "Thành phố" : "Tỉnh";
        }
    }
}
