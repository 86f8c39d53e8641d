package vn.ndaf.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;

import vn.ndaf.analysis.rules.framework.TemplateRules;
import vn.ndaf.framework.template.PlatformUse;
import vn.ndaf.framework.template.Template;
import vn.ndaf.metamodel.Models;

/**
 * How far a body's architecture is along, for dashboards: the share of its template's required blocks
 * present, of its required national platforms used, of its national and specialised databases
 * synchronised with the National Data Center, and of its plan tasks not late. The score is the mean of the
 * shares that apply (a share with nothing to count does not apply); 1 when none applies.
 */
public record Readiness(int blocksRequired, int blocksPresent, int platformsRequired, int platformsUsed, int databases, int databasesSynchronised,
        int tasks, int tasksOnTime) {

    public double score() {
        List<Double> shares = new ArrayList<>();
        share(shares, blocksPresent, blocksRequired);
        share(shares, platformsUsed, platformsRequired);
        share(shares, databasesSynchronised, databases);
        share(shares, tasksOnTime, tasks);
        return shares.isEmpty() ? 1.0 : shares.stream().mapToDouble(Double::doubleValue).average().orElse(1.0);
    }

    private static void share(List<Double> shares, int part, int whole) {
        if (whole > 0) {
            shares.add((double) part / whole);
        }
    }

    /** The figures of the architecture a context checks (its template found as the conformance rules find it). */
    public static Readiness of(ModelContext context) {
        int blocksRequired = 0;
        int blocksPresent = 0;
        int platformsRequired = 0;
        int platformsUsed = 0;
        var template = TemplateRules.template(context);
        var report = TemplateRules.report(context);
        if (template.isPresent() && report.isPresent()) {
            Template t = template.get();
            List<String> missingBlocks = report.get().missingBlocks();
            List<String> missingPlatforms = report.get().missingPlatforms();
            blocksRequired = t.requiredBlocks().size();
            blocksPresent = (int) t.requiredBlocks().stream().filter(b -> !missingBlocks.contains(b.key())).count();
            for (PlatformUse use : t.platforms()) {
                if (use.required()) {
                    platformsRequired++;
                    // a platform whose block is missing is not used either (conformance reports only the block)
                    if (!missingPlatforms.contains(use.code()) && !missingBlocks.contains(use.blockKey())) {
                        platformsUsed++;
                    }
                }
            }
        }
        int databases = 0;
        int synced = 0;
        int tasks = 0;
        int onTime = 0;
        String today = context.asOf().toString();
        for (EObject e : Models.<EObject>list(context.architecture(), "elements")) {
            if (Models.isA(e, "Database") && List.of("national", "specialised").contains(Models.string(e, "scope"))) {
                databases++;
                if (!"none".equals(Models.string(e, "ndcSync"))) {
                    synced++;
                }
            } else if (Models.isA(e, "PlanTask") && !"cancelled".equals(Models.string(e, "status"))) {
                tasks++;
                String deadline = Models.string(e, "deadline");
                if ("done".equals(Models.string(e, "status")) || deadline == null || deadline.compareTo(today) >= 0) {
                    onTime++;
                }
            }
        }
        return new Readiness(blocksRequired, blocksPresent, platformsRequired, platformsUsed, databases, synced, tasks, onTime);
    }

    /** The figures as the store keeps them on the architecture's findings summary. */
    public Map<String, Object> asMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("blocksRequired", blocksRequired);
        m.put("blocksPresent", blocksPresent);
        m.put("platformsRequired", platformsRequired);
        m.put("platformsUsed", platformsUsed);
        m.put("databases", databases);
        m.put("databasesSynchronised", databasesSynchronised);
        m.put("tasks", tasks);
        m.put("tasksOnTime", tasksOnTime);
        m.put("score", score());
        return m;
    }

    public static Readiness fromMap(Map<String, Object> m) {
        return new Readiness(i(m, "blocksRequired"), i(m, "blocksPresent"), i(m, "platformsRequired"), i(m, "platformsUsed"), i(m, "databases"),
                i(m, "databasesSynchronised"), i(m, "tasks"), i(m, "tasksOnTime"));
    }

    private static int i(Map<String, Object> m, String k) {
        Object v = m.get(k);
        return v instanceof Number n ? n.intValue() : 0;
    }
}
