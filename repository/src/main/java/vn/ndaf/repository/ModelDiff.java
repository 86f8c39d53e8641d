package vn.ndaf.repository;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import vn.ndaf.repository.mapping.NodeState;

/**
 * Which nodes a write creates, updates and deletes, from the states before and after. A node whose type
 * changed is deleted and created again.
 */
record ModelDiff(Set<String> created, Set<String> updated, Set<String> deleted) {

    static ModelDiff between(Map<String, NodeState> before, Map<String, NodeState> after) {
        Set<String> created = new LinkedHashSet<>();
        Set<String> updated = new LinkedHashSet<>();
        Set<String> deleted = new LinkedHashSet<>();
        for (Map.Entry<String, NodeState> e : after.entrySet()) {
            NodeState old = before.get(e.getKey());
            if (old == null) {
                created.add(e.getKey());
            } else if (!old.type().equals(e.getValue().type())) {
                deleted.add(e.getKey());
                created.add(e.getKey());
            } else if (!old.changedKeys(e.getValue()).isEmpty()) {
                updated.add(e.getKey());
            }
        }
        for (String uid : before.keySet()) {
            if (!after.containsKey(uid)) {
                deleted.add(uid);
            }
        }
        return new ModelDiff(Set.copyOf(created), Set.copyOf(updated), Set.copyOf(deleted));
    }

    boolean isEmpty() {
        return created.isEmpty() && updated.isEmpty() && deleted.isEmpty();
    }
}
