package vn.ndaf.framework.synthetic;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import vn.ndaf.framework.registry.Body;
import vn.ndaf.framework.registry.Registry;
import vn.ndaf.framework.template.Templates;

/**
 * The bodies a generation covers. At scale 1 and above: every central body expected to have an architecture
 * of its own, every province and every commune. Below 1: a seeded sample of about that share of each tier,
 * at least 3 central bodies (one per central template), 2 provinces and 2 communes, the communes drawn
 * from the sampled provinces so that each has its province's architecture to refer to.
 */
final class NationSample {

    private final List<Body> central;
    private final List<Body> provinces;
    private final Map<String, List<Body>> communes;

    private NationSample(List<Body> central, List<Body> provinces, Map<String, List<Body>> communes) {
        this.central = central;
        this.provinces = provinces;
        this.communes = communes;
    }

    static NationSample select(Registry registry, Templates templates, double scale, SplittableRandom random) {
        List<Body> eligibleCentral = registry.central().stream().filter(Body::ownArchitecture).filter(b -> templates.forBody(b).isPresent()).toList();
        Comparator<Body> registryOrder = Comparator.comparingInt(registry.bodies()::indexOf);
        List<Body> allProvinces = registry.provinces();
        List<Body> provinces;
        List<Body> central;
        if (scale >= 1) {
            provinces = allProvinces;
            central = eligibleCentral;
        } else {
            provinces = new ArrayList<>(Shuffle.shuffled(allProvinces, random).subList(0, clamp(scale * allProvinces.size(), 2, allProvinces.size())));
            provinces.sort(registryOrder);
            central = sampleCentral(eligibleCentral, templates, clamp(scale * eligibleCentral.size(), 3, eligibleCentral.size()), random);
            central.sort(registryOrder);
        }
        Map<String, List<Body>> communes = new LinkedHashMap<>();
        List<Body> candidates = new ArrayList<>();
        provinces.forEach(p -> {
            communes.put(p.code(), new ArrayList<>());
            candidates.addAll(registry.children(p.code()));
        });
        List<Body> chosen = scale >= 1 ? candidates
                : Shuffle.shuffled(candidates, random).subList(0, clamp(scale * registry.communes().size(), 2, candidates.size()));
        for (Body c : chosen) {
            communes.get(c.parentCode()).add(c);
        }
        communes.values().forEach(list -> list.sort(Comparator.comparing(Body::code)));
        return new NationSample(List.copyOf(central), List.copyOf(provinces), communes);
    }

    private static List<Body> sampleCentral(List<Body> eligible, Templates templates, int count, SplittableRandom random) {
        List<Body> shuffled = Shuffle.shuffled(eligible, random);
        List<Body> chosen = new ArrayList<>();
        for (String template : List.of("ministry", "party", "front")) {
            shuffled.stream().filter(b -> templates.forBody(b).map(t -> t.name().equals(template)).orElse(false)).findFirst().ifPresent(chosen::add);
        }
        for (Body b : shuffled) {
            if (chosen.size() >= count) {
                break;
            }
            if (!chosen.contains(b)) {
                chosen.add(b);
            }
        }
        return chosen;
    }

    private static int clamp(double wanted, int min, int max) {
        return Math.max(Math.min(min, max), Math.min(max, (int) Math.round(wanted)));
    }

    List<Body> provinces() {
        return provinces;
    }

    List<Body> communesOf(String provinceCode) {
        return communes.getOrDefault(provinceCode, List.of());
    }

    /** Central bodies, then each province followed by its communes: a commune comes after its province. */
    List<Body> generationOrder() {
        List<Body> order = new ArrayList<>(central);
        for (Body p : provinces) {
            order.add(p);
            order.addAll(communesOf(p.code()));
        }
        return order;
    }
}
