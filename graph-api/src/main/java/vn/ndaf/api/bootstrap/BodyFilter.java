package vn.ndaf.api.bootstrap;

import java.util.List;

import vn.ndaf.framework.data.MetamodelChecks;
import vn.ndaf.framework.registry.Body;
import vn.ndaf.framework.registry.Registry;

/** Selects bodies of the registry by tier, kind and parent, in registry order; unknown values are refused with the valid ones. */
public record BodyFilter(String tier, String kind, String parent) {

    public BodyFilter {
        tier = blankToNull(tier);
        kind = blankToNull(kind);
        parent = blankToNull(parent);
        if (tier != null && !MetamodelChecks.literals("BodyTier").contains(tier)) {
            throw new IllegalArgumentException("The tier '" + tier + "' is not one of " + String.join(", ", MetamodelChecks.literals("BodyTier"))
                    + " (there is no district tier).");
        }
        if (kind != null && !MetamodelChecks.literals("BodyKind").contains(kind)) {
            throw new IllegalArgumentException("The kind '" + kind + "' is not one of " + String.join(", ", MetamodelChecks.literals("BodyKind")) + ".");
        }
    }

    public List<Body> apply(Registry registry) {
        if (parent != null && !registry.contains(parent)) {
            throw new IllegalArgumentException("No body has the code '" + parent + "' (the parent to list the bodies of).");
        }
        List<Body> candidates = parent == null ? registry.bodies() : registry.children(parent);
        return candidates.stream().filter(b -> tier == null || tier.equals(b.tier())).filter(b -> kind == null || kind.equals(b.kind())).toList();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
