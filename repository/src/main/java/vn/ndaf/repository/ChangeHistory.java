package vn.ndaf.repository;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.TransactionContext;

import vn.ndaf.repository.ChangeEntry.Operation;
import vn.ndaf.repository.mapping.NodeState;

/**
 * Answers "what changed in this architecture since a date" from the revisions, the recorded before-states
 * and the current state of the objects created or changed since: it reads those, not the whole model.
 */
final class ChangeHistory {

    private final TransactionContext tx;
    private final String rootUid;

    ChangeHistory(TransactionContext tx, String rootUid) {
        this.tx = tx;
        this.rootUid = rootUid;
    }

    private record Rev(long number, ZonedDateTime at, String author) {
    }

    private record Recorded(long rev, StoredNode before, String op, List<String> changed) {
    }

    List<ChangeEntry> since(ZonedDateTime since) {
        Map<Long, Rev> revs = new LinkedHashMap<>();
        tx.run("MATCH (r:Revision {arch: $arch}) WHERE r.at > $since RETURN r.number AS n, r.at AS at, r.author AS author ORDER BY n",
                Map.of("arch", rootUid, "since", since)).stream()
                .forEach(r -> revs.put(r.get("n").asLong(), new Rev(r.get("n").asLong(), r.get("at").asZonedDateTime(), r.get("author").asString())));
        if (revs.isEmpty()) {
            return List.of();
        }
        long first = revs.keySet().iterator().next();
        // moves are not changes the caller sees; they are skipped by the query, not read and dropped
        Map<String, List<History.Before>> chains = new LinkedHashMap<>();
        List<String[]> rows = new ArrayList<>();
        List<List<String>> changedKeys = new ArrayList<>();
        tx.run("MATCH (c:Change {arch: $arch}) WHERE c.rev >= $first AND c.op <> 'moved' RETURN c.node AS node, c.rev AS rev, c.op AS op, c.changed AS changed, c.before AS before ORDER BY c.rev",
                Map.of("arch", rootUid, "first", first)).stream().forEach(r -> {
                    String uid = r.get("node").asString();
                    chains.computeIfAbsent(uid, k -> new ArrayList<>()).add(History.fromJson(uid, r.get("before").asString()));
                    rows.add(new String[] { uid, String.valueOf(r.get("rev").asLong()), r.get("op").asString() });
                    changedKeys.add(r.get("changed").asList(v -> v.asString()));
                });
        Map<String, StoredNode> current = GraphReads.readChangedSince(tx, rootUid, first, chains.keySet());

        // each record's full before-state: what it leaves out is in the later records of the same object or the current one
        Map<String, List<Recorded>> byNode = new HashMap<>();
        List<Recorded> recorded = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            String uid = rows.get(i)[0];
            int k = seen.merge(uid, 1, Integer::sum) - 1;
            List<History.Before> chain = chains.get(uid);
            StoredNode before = History.stateAt(chain.subList(k, chain.size()), current.get(uid));
            Recorded rec = new Recorded(Long.parseLong(rows.get(i)[1]), before, rows.get(i)[2], changedKeys.get(i));
            recorded.add(rec);
            byNode.computeIfAbsent(uid, x -> new ArrayList<>()).add(rec);
        }

        List<ChangeEntry> entries = new ArrayList<>();
        // creations: nodes still there, and nodes created then changed or deleted within the window
        Map<String, StoredNode> createdInWindow = new LinkedHashMap<>();
        current.values().stream().filter(n -> n.createdRev() >= first).forEach(n -> createdInWindow.put(n.state().uid(), n));
        for (Recorded rec : recorded) {
            if (rec.before().createdRev() >= first) {
                createdInWindow.putIfAbsent(rec.before().state().uid(), rec.before());
            }
        }
        for (StoredNode n : createdInWindow.values()) {
            Rev rev = revs.get(n.createdRev());
            StoredNode atCreation = firstState(n.state().uid(), byNode, current);
            entries.add(entry(rev, atCreation.state(), Operation.CREATED, List.of(), Map.of(), atCreation.state().props()));
        }
        for (Recorded rec : recorded) {
            Rev rev = revs.get(rec.rev());
            NodeState before = rec.before().state();
            if (rec.op().equals("deleted")) {
                entries.add(entry(rev, before, Operation.DELETED, List.of(), before.props(), Map.of()));
            } else {
                NodeState after = stateAfter(rec, byNode, current);
                Map<String, Object> oldValues = new LinkedHashMap<>();
                Map<String, Object> newValues = new LinkedHashMap<>();
                for (String key : rec.changed()) {
                    put(oldValues, key, before);
                    if (after != null) {
                        put(newValues, key, after);
                    }
                }
                entries.add(entry(rev, after == null ? before : after, Operation.UPDATED, rec.changed(), oldValues, newValues));
            }
        }
        entries.sort(Comparator.comparingLong(ChangeEntry::revision).thenComparing(e -> e.operation().ordinal()).thenComparing(ChangeEntry::uid));
        return entries;
    }

    private static void put(Map<String, Object> values, String key, NodeState state) {
        if (key.equals(History.TYPE_KEY)) {
            values.put(key, state.type());
        } else if (state.props().containsKey(key)) {
            values.put(key, state.props().get(key));
        } else if (state.refs().containsKey(key)) {
            values.put(key, state.refs().get(key));
        } else {
            values.put(key, null);
        }
    }

    /** The state a node had right after its creation: its first recorded before-state, or its current one. */
    private static StoredNode firstState(String uid, Map<String, List<Recorded>> byNode, Map<String, StoredNode> current) {
        List<Recorded> recs = byNode.get(uid);
        if (recs != null && !recs.isEmpty()) {
            return recs.get(0).before();
        }
        return current.get(uid);
    }

    /** The state right after the change {@code rec}: the next recorded before-state, or the current one. */
    private static NodeState stateAfter(Recorded rec, Map<String, List<Recorded>> byNode, Map<String, StoredNode> current) {
        List<Recorded> recs = byNode.get(rec.before().state().uid());
        int i = recs.indexOf(rec);
        if (i + 1 < recs.size()) {
            return recs.get(i + 1).before().state();
        }
        StoredNode now = current.get(rec.before().state().uid());
        return now == null ? null : now.state();
    }

    private static ChangeEntry entry(Rev rev, NodeState state, Operation op, List<String> changed, Map<String, Object> oldValues,
            Map<String, Object> newValues) {
        return new ChangeEntry(rev == null ? 0 : rev.number(), rev == null ? null : rev.at(), rev == null ? null : rev.author(), state.uid(),
                state.id(), state.type(), state.name(), op, changed, oldValues, newValues);
    }
}
