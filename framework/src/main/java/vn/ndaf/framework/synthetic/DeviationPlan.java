package vn.ndaf.framework.synthetic;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import vn.ndaf.framework.registry.Body;
import vn.ndaf.framework.template.Block;
import vn.ndaf.framework.template.Endpoint;
import vn.ndaf.framework.template.ExpectedRelationship;
import vn.ndaf.framework.template.Template;
import vn.ndaf.framework.template.Templates;

/**
 * Which bodies get which deviation, decided before any architecture is built so that counts follow the
 * profile's rules exactly. Blocks other content hangs on (anchors) are never the missing block, so that
 * one planted deviation causes no other finding.
 */
final class DeviationPlan {

    /** A province's own copy of a national platform, and the other province that built the same. */
    record Duplicate(String platform, String partner) {
    }

    /** Blocks the generator's extra content or a child body's architecture refers to. */
    static final Set<String> ANCHORS = Set.of("authority", "lgsp", "one-stop-desk", "one-stop-process");

    private final Map<String, String> missingBlock = new HashMap<>();
    private final Set<String> unsynchronised = new HashSet<>();
    private final Set<String> late = new HashSet<>();
    private final Map<String, List<Duplicate>> duplicates = new HashMap<>();

    static DeviationPlan plan(List<Body> bodies, List<Body> provinces, Templates templates, SyntheticProfile profile, SplittableRandom random) {
        DeviationPlan plan = new DeviationPlan();
        Set<String> anchors = new LinkedHashSet<>(ANCHORS);
        for (Template t : templates.all()) {
            for (ExpectedRelationship r : t.relationships()) {
                for (Endpoint e : List.of(r.from(), r.to())) {
                    if (e.kind() == Endpoint.Kind.PARENT) {
                        anchors.add(e.ref());
                    }
                }
            }
        }
        List<Body> withDroppable = bodies.stream().filter(b -> !droppable(templates.forBody(b).orElseThrow(), anchors).isEmpty()).toList();
        for (Body b : pick(withDroppable, profile.deviations().get(DeviationKind.MISSING_REQUIRED_BLOCK), random)) {
            List<String> keys = droppable(templates.forBody(b).orElseThrow(), anchors);
            plan.missingBlock.put(b.code(), keys.get(random.nextInt(keys.size())));
        }
        List<Body> withDatabases = bodies.stream().filter(b -> {
            SyntheticProfile.UnitExtras extras = profile.unitExtras().get(templates.forBody(b).orElseThrow().name());
            return extras != null && extras.databases().min() > 0;
        }).toList();
        pick(withDatabases, profile.deviations().get(DeviationKind.UNSYNCHRONISED_DATABASE), random).forEach(b -> plan.unsynchronised.add(b.code()));
        pick(bodies, profile.deviations().get(DeviationKind.LATE_WORK_PACKAGE), random).forEach(b -> plan.late.add(b.code()));
        if (provinces.size() >= 2) {
            int pairs = profile.deviations().get(DeviationKind.DUPLICATED_SYSTEM).count(provinces.size());
            List<String> platforms = profile.duplicablePlatforms();
            for (int i = 0; i < pairs; i++) {
                List<Body> two = Shuffle.shuffled(provinces, random).subList(0, 2);
                String platform = platforms.get(i % platforms.size());
                plan.duplicates.computeIfAbsent(two.get(0).code(), k -> new ArrayList<>()).add(new Duplicate(platform, two.get(1).code()));
                plan.duplicates.computeIfAbsent(two.get(1).code(), k -> new ArrayList<>()).add(new Duplicate(platform, two.get(0).code()));
            }
        }
        return plan;
    }

    private static List<String> droppable(Template template, Set<String> anchors) {
        return template.requiredBlocks().stream().map(Block::key).filter(k -> !anchors.contains(k)).toList();
    }

    private static List<Body> pick(List<Body> eligible, SyntheticProfile.DeviationRule rule, SplittableRandom random) {
        return Shuffle.shuffled(eligible, random).subList(0, rule.count(eligible.size()));
    }

    String missingBlock(String code) {
        return missingBlock.get(code);
    }

    boolean unsynchronised(String code) {
        return unsynchronised.contains(code);
    }

    boolean late(String code) {
        return late.contains(code);
    }

    List<Duplicate> duplicates(String code) {
        return duplicates.getOrDefault(code, List.of());
    }
}
