package vn.ndaf.repository;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import vn.ndaf.repository.mapping.NodeState;

/**
 * Which objects a write creates, updates and deletes, from the states before and after. An object whose
 * type changed is deleted and created again. The root counts as updated only when something stored on it
 * changed: its containment lists are stored as the children's placements, not on the root.
 */
record ModelDiff(Set<String> created, Set<String> updated, Set<String> deleted, boolean rootListsChanged) {

    static ModelDiff between(Map<String, NodeState> before, Map<String, NodeState> after, String rootUid) {
        Set<String> created = new LinkedHashSet<>();
        Set<String> updated = new LinkedHashSet<>();
        Set<String> deleted = new LinkedHashSet<>();
        for (Map.Entry<String, NodeState> e : after.entrySet()) {
            NodeState old = before.get(e.getKey());
            NodeState now = e.getValue();
            if (old == null) {
                created.add(e.getKey());
            } else if (!old.type().equals(now.type())) {
                deleted.add(e.getKey());
                created.add(e.getKey());
            } else if (e.getKey().equals(rootUid) ? !Placement.withoutContainment(old).changedKeys(Placement.withoutContainment(now)).isEmpty()
                    : !old.changedKeys(now).isEmpty()) {
                updated.add(e.getKey());
            }
        }
        for (String uid : before.keySet()) {
            if (!after.containsKey(uid)) {
                deleted.add(uid);
            }
        }
        boolean listsChanged = before.containsKey(rootUid) && after.containsKey(rootUid)
                && !Placement.of(before.get(rootUid)).equals(Placement.of(after.get(rootUid)));
        return new ModelDiff(created, updated, deleted, listsChanged);
    }

    /** Whether the write changes nothing, the order of the root's lists included. */
    boolean isEmpty() {
        return created.isEmpty() && updated.isEmpty() && deleted.isEmpty() && !rootListsChanged;
    }
}
