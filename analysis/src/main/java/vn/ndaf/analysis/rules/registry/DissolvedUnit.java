package vn.ndaf.analysis.rules.registry;

import java.util.IdentityHashMap;
import java.util.Map;

import vn.ndaf.analysis.JavaRule;
import vn.ndaf.analysis.ModelContext;
import vn.ndaf.analysis.Severity;
import vn.ndaf.framework.ReferenceData;
import vn.ndaf.framework.registry.DissolvedUnits;

/**
 * An element (or the architecture) whose name, documentation or properties still name a province or district
 * dissolved on 1 July 2025: the text predates the reform and should name the successor. The detection is the
 * registry's ({@link DissolvedUnits}: a unit's name counts only with its unit type, "tỉnh Hà Giang").
 */
public final class DissolvedUnit extends JavaRule {

    /** One detector per reference data: building it indexes every pre-reform province and district name. */
    private static final Map<ReferenceData, DissolvedUnits> DETECTORS = new IdentityHashMap<>();

    public DissolvedUnit() {
        super(DissolvedUnits.RULE, Severity.WARNING, "framework", "an element that still names a province or district dissolved on 1 July 2025",
                "vn-units-2025-predecessors.json (the units each new province and commune was formed from)");
    }

    @Override
    public void check(ModelContext context) {
        for (DissolvedUnits.Mention m : detector(context.data()).scan(context.architecture())) {
            context.report(this, m.object(), m.message() + " Name the unit as it is since 1 July 2025.");
        }
    }

    private static DissolvedUnits detector(ReferenceData data) {
        synchronized (DETECTORS) {
            return DETECTORS.computeIfAbsent(data, d -> new DissolvedUnits(d.registry(), d.predecessors()));
        }
    }
}
