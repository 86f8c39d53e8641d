package vn.ndaf.api.bootstrap;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;

import vn.ndaf.framework.ReferenceData;
import vn.ndaf.framework.registry.DissolvedUnits;

/**
 * What an import checks about the 2025 restructuring (docs/bodies.md): a body code that no longer exists is
 * refused naming the unit(s) to use instead; a model naming a dissolved province or district is imported
 * with a warning per mention.
 */
public final class Restructuring {

    /** At most this many warnings about dissolved units per import; the last one says how many more. */
    static final int MAX_WARNINGS = 20;

    private static volatile DissolvedUnits detector;

    private Restructuring() {
    }

    /** Refuses a body code that named a unit before 1 July 2025 and names none now, saying which code(s) to use with --body. */
    public static void refuseRetiredBody(String body) {
        ReferenceData data = ReferenceData.standard();
        if (body == null || data.registry().contains(body.strip())) {
            return;
        }
        data.predecessors().retired(body.strip(), data.registry()).ifPresent(r -> {
            throw new IllegalArgumentException(r.message() + (r.successors().isEmpty() ? ""
                    : "; use --body " + String.join(" or --body ", r.successors())));
        });
    }

    /** One warning per text of the model that names a dissolved province or district (at most {@value #MAX_WARNINGS}). */
    public static List<String> dissolvedWarnings(EObject root) {
        List<DissolvedUnits.Mention> mentions = detector().scan(root);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < mentions.size() && i < MAX_WARNINGS; i++) {
            out.add(mentions.get(i).message());
        }
        if (mentions.size() > MAX_WARNINGS) {
            out.add((mentions.size() - MAX_WARNINGS) + " more mentions of dissolved units; rule " + DissolvedUnits.RULE + " lists them all");
        }
        return out;
    }

    /** The detector over the standard reference data, built once. */
    public static DissolvedUnits detector() {
        DissolvedUnits d = detector;
        if (d == null) {
            ReferenceData data = ReferenceData.standard();
            d = new DissolvedUnits(data.registry(), data.predecessors());
            detector = d;
        }
        return d;
    }
}
