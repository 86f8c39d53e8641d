package vn.ndaf.framework.registry;

import java.util.List;

/**
 * What one province or commune after 1 July 2025 was formed from.
 *
 * @param code         the unit's code (the registry's)
 * @param parentCode   its province, null for a province
 * @param unchanged    true when the published text says "giữ nguyên": the unit was kept as it was (its one predecessor is itself)
 * @param published    the published text
 * @param note         what the published text adds after the list (a later change of name or type), or null
 * @param predecessors the units it was formed from, in the order published
 */
public record UnitPredecessors(String code, String name, String parentCode, boolean unchanged, String published, String note,
        List<Predecessor> predecessors) {

    public static final String UNCHANGED_VI = "giữ nguyên";

    public UnitPredecessors {
        predecessors = List.copyOf(predecessors);
    }
}
