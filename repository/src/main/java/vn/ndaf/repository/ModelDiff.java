package vn.ndaf.repository;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import vn.ndaf.repository.mapping.GraphMapping;
import vn.ndaf.repository.mapping.NodeState;

/**
 * Which objects a write creates, updates and deletes, from the states before and after. An object whose
 * class changed (an ApplicationComponent that became a Database) is updated, and also listed as retyped: it
 * keeps its node, its relationships, its referrers and its history (docs/adr/0012-retype-in-place-and-reference-locks.md).
 * The root counts as updated only when something stored on it changed: its containment lists are stored as
 * the children's placements, not on the root.
 */
record ModelDiff(Set<String> created, Set<String> updated, Set<String> deleted, Set<String> retyped, boolean rootListsChanged) {

    static ModelDiff between(Map<String, NodeState> before, Map<String, NodeState> after, String rootUid) {
        Set<String> created = new LinkedHashSet<>();
        Set<String> updated = new LinkedHashSet<>();
        Set<String> deleted = new LinkedHashSet<>();
        Set<String> retyped = new LinkedHashSet<>();
        for (Map.Entry<String, NodeState> e : after.entrySet()) {
            NodeState old = before.get(e.getKey());
            NodeState now = e.getValue();
            if (old == null) {
                created.add(e.getKey());
            } else if (!old.type().equals(now.type())) {
                checkRetype(old, now, e.getKey().equals(rootUid));
                updated.add(e.getKey());
                retyped.add(e.getKey());
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
        return new ModelDiff(created, updated, deleted, retyped, listsChanged);
    }

    /** A diff that updates the given objects and deletes {@code deleted}, for single-object edits. */
    static ModelDiff of(Set<String> updated, Set<String> deleted) {
        return new ModelDiff(Set.of(), updated, deleted, Set.of(), false);
    }

    /**
     * An element may become another element, a relationship another relationship, a view another view; an
     * element cannot become a relationship (or back) under the same id, nor can a model change its kind.
     */
    private static void checkRetype(NodeState old, NodeState now, boolean root) {
        if (root || GraphMapping.isRelationship(old.type()) != GraphMapping.isRelationship(now.type())) {
            throw new RepositoryException(ArchitectureRepository.describe(old) + " cannot become a " + now.type()
                    + " under the same id. Nothing was written; give the " + now.type() + " a new id and delete the " + old.type() + ".");
        }
    }

    /** Whether the write changes nothing, the order of the root's lists included. */
    boolean isEmpty() {
        return created.isEmpty() && updated.isEmpty() && deleted.isEmpty() && !rootListsChanged;
    }
}
