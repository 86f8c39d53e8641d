package vn.ndaf.analysis.rules.framework;

import java.util.ArrayList;
import java.util.List;

import vn.ndaf.analysis.ModelRule;

/** The framework-conformance rules: template conformance, the SHACL shapes, duplication and lateness. */
public final class FrameworkRules {

    private FrameworkRules() {
    }

    public static List<ModelRule> all() {
        List<ModelRule> rules = new ArrayList<>();
        rules.add(new RequiredBlocks());
        rules.add(new RequiredPlatforms());
        rules.add(new RequiredRelationships());
        rules.addAll(ShaclRule.all());
        rules.add(new DuplicatedPlatform());
        rules.add(new LateTask());
        return rules;
    }
}
