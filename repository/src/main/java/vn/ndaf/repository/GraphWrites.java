package vn.ndaf.repository;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.neo4j.driver.TransactionContext;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.ndaf.metamodel.NdafMetamodel;
import vn.ndaf.repository.mapping.GraphMapping;
import vn.ndaf.repository.mapping.NodeState;

/**
 * The write statements of the repository: batched UNWINDs inside the caller's transaction, so that a
 * write of any size is one transaction and is either wholly stored or not at all.
 */
final class GraphWrites {

    static final int NODE_BATCH = 5_000;
    static final int EDGE_BATCH = 10_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private GraphWrites() {
    }

    /** An outgoing mapped relationship. */
    record Edge(String from, String type, String to, int idx) {
        Map<String, Object> row() {
            return Map.of("from", from, "type", type, "to", to, "idx", idx);
        }
    }

    static void createNodes(TransactionContext tx, String rootUid, Collection<NodeState> states, long rev, ProgressListener progress) {
        List<Map<String, Object>> rows = new ArrayList<>(Math.min(states.size(), NODE_BATCH));
        long done = 0;
        for (NodeState state : states) {
            Map<String, Object> props = new HashMap<>(state.props());
            props.put(GraphMapping.UID, state.uid());
            props.put(GraphMapping.ARCH, rootUid);
            props.put(GraphMapping.TYPE, state.type());
            props.put(GraphMapping.VERSION, 1L);
            props.put(GraphMapping.REV, rev);
            props.put(GraphMapping.CREATED_REV, rev);
            rows.add(Map.of("labels", GraphMapping.labels(NdafMetamodel.get().eClass(state.type())), "props", props));
            if (rows.size() == NODE_BATCH) {
                tx.run("UNWIND $rows AS r CREATE (n:$(r.labels)) SET n = r.props", Map.of("rows", rows)).consume();
                done += rows.size();
                progress.progress("nodes", done, states.size());
                rows = new ArrayList<>(NODE_BATCH);
            }
        }
        if (!rows.isEmpty()) {
            tx.run("UNWIND $rows AS r CREATE (n:$(r.labels)) SET n = r.props", Map.of("rows", rows)).consume();
            done += rows.size();
            progress.progress("nodes", done, states.size());
        }
    }

    /** Replaces the properties of stored nodes (labels never change: a new type is a delete and a create). */
    static void updateNodes(TransactionContext tx, String rootUid, Collection<NodeState> states, Map<String, StoredNode> current, long rev) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (NodeState state : states) {
            StoredNode stored = current.get(state.uid());
            Map<String, Object> props = new HashMap<>(state.props());
            props.put(GraphMapping.UID, state.uid());
            props.put(GraphMapping.ARCH, rootUid);
            props.put(GraphMapping.TYPE, state.type());
            props.put(GraphMapping.VERSION, stored.version() + 1);
            props.put(GraphMapping.REV, rev);
            props.put(GraphMapping.CREATED_REV, stored.createdRev());
            rows.add(Map.of("uid", state.uid(), "props", props));
        }
        for (List<Map<String, Object>> batch : batches(rows, NODE_BATCH)) {
            tx.run("UNWIND $rows AS r MATCH (n:Identified {uid: r.uid}) SET n = r.props", Map.of("rows", batch)).consume();
        }
    }

    static void deleteNodes(TransactionContext tx, Collection<String> uids) {
        for (List<String> batch : batches(new ArrayList<>(uids), NODE_BATCH)) {
            tx.run("UNWIND $uids AS uid MATCH (n:Identified {uid: uid}) DETACH DELETE n", Map.of("uids", batch)).consume();
        }
    }

    /** Removes the outgoing mapped relationships of the given types, per node. */
    static void deleteEdges(TransactionContext tx, Map<String, Set<String>> typesByUid) {
        List<Map<String, Object>> rows = new ArrayList<>();
        typesByUid.forEach((uid, types) -> rows.add(Map.of("uid", uid, "types", List.copyOf(types))));
        for (List<Map<String, Object>> batch : batches(rows, NODE_BATCH)) {
            tx.run("""
                    UNWIND $rows AS r
                    MATCH (n:Identified {uid: r.uid})-[e]->()
                    WHERE e.idx IS NOT NULL AND type(e) IN r.types
                    DELETE e""", Map.of("rows", batch)).consume();
        }
    }

    static void createEdges(TransactionContext tx, List<Edge> edges, ProgressListener progress) {
        long done = 0;
        for (List<Edge> batch : batches(edges, EDGE_BATCH)) {
            List<Map<String, Object>> rows = batch.stream().map(Edge::row).toList();
            long created = tx.run("""
                    UNWIND $rows AS r
                    MATCH (a:Identified {uid: r.from})
                    MATCH (b:Identified {uid: r.to})
                    CREATE (a)-[e:$(r.type)]->(b) SET e.idx = r.idx
                    RETURN count(e) AS created""", Map.of("rows", rows)).single().get("created").asLong();
            if (created != rows.size()) {
                throw new RepositoryException("Internal error: " + (rows.size() - created) + " relationships could not be linked; nothing was written");
            }
            done += rows.size();
            progress.progress("relationships", done, edges.size());
        }
    }

    static List<Edge> edgesOf(Collection<NodeState> states) {
        List<Edge> edges = new ArrayList<>();
        for (NodeState state : states) {
            state.refs().forEach((type, targets) -> {
                for (int i = 0; i < targets.size(); i++) {
                    edges.add(new Edge(state.uid(), type, targets.get(i), i));
                }
            });
        }
        return edges;
    }

    static void createRevision(TransactionContext tx, String rootUid, long rev, WriteRequest request, int created, int updated, int deleted) {
        tx.run("""
                CREATE (r:Revision {uid: $uid, arch: $arch, number: $number, author: $author, at: datetime(), message: $message,
                                    kind: $kind, created: $created, updated: $updated, deleted: $deleted})""",
                Map.of("uid", rootUid + "@" + rev, "arch", rootUid, "number", rev, "author", request.author(), "message", request.message(),
                        "kind", request.kind(), "created", created, "updated", updated, "deleted", deleted))
                .consume();
    }

    /**
     * Records the state before a change (update or delete) so that any past revision can be rebuilt and
     * "what changed since" answered.
     */
    static void recordChanges(TransactionContext tx, String rootUid, long rev, List<ChangeRecord> changes) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ChangeRecord c : changes) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("node", c.before().state().uid());
            row.put("id", c.before().state().id() == null ? "" : c.before().state().id());
            row.put("type", c.before().state().type());
            row.put("name", c.before().state().name() == null ? "" : c.before().state().name());
            row.put("op", c.operation());
            row.put("changed", c.changedKeys());
            row.put("before", toJson(c.before()));
            rows.add(row);
        }
        for (List<Map<String, Object>> batch : batches(rows, NODE_BATCH)) {
            tx.run("""
                    UNWIND $rows AS r
                    CREATE (:Change {arch: $arch, rev: $rev, node: r.node, id: r.id, type: r.type, name: r.name, op: r.op,
                                     changed: r.changed, before: r.before})""",
                    Map.of("arch", rootUid, "rev", rev, "rows", batch)).consume();
        }
    }

    /** A change to record: the stored node before it, what kind of change, which keys changed. */
    record ChangeRecord(StoredNode before, String operation, List<String> changedKeys) {
    }

    /** Stores the counts and revision the listing shows on the root node. */
    static void updateRoot(TransactionContext tx, String rootUid, long rev, Collection<NodeState> states, boolean created) {
        long elements = 0;
        long relationships = 0;
        long views = 0;
        NdafMetamodel mm = NdafMetamodel.get();
        for (NodeState s : states) {
            var eClass = mm.eClass(s.type());
            if (mm.isA(eClass, "Element")) {
                elements++;
            } else if (mm.isA(eClass, "Relationship")) {
                relationships++;
            } else if (mm.isA(eClass, "View")) {
                views++;
            }
        }
        tx.run("""
                MATCH (a:Identified {uid: $uid})
                SET a.revision = $rev, a.elementCount = $elements, a.relationshipCount = $relationships, a.viewCount = $views,
                    a.updatedAt = datetime(), a.createdAt = CASE WHEN $created THEN datetime() ELSE a.createdAt END""",
                Map.of("uid", rootUid, "rev", rev, "elements", elements, "relationships", relationships, "views", views, "created", created))
                .consume();
    }

    static String toJson(StoredNode node) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("type", node.state().type());
        json.put("props", node.state().props());
        json.put("refs", node.state().refs());
        json.put("version", node.version());
        json.put("createdRev", node.createdRev());
        json.put("rev", node.rev());
        try {
            return JSON.writeValueAsString(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    static StoredNode fromJson(String uid, String text) {
        try {
            Map<String, Object> json = JSON.readValue(text, Map.class);
            Map<String, Object> props = (Map<String, Object>) json.get("props");
            Map<String, List<String>> refs = (Map<String, List<String>>) json.get("refs");
            return new StoredNode(new NodeState(uid, (String) json.get("type"), props, refs), GraphReads.asLong(json.get("version")),
                    GraphReads.asLong(json.get("rev")), GraphReads.asLong(json.get("createdRev")));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored history of " + uid + " is not readable: " + e.getOriginalMessage(), e);
        }
    }

    static <T> List<List<T>> batches(List<T> items, int size) {
        List<List<T>> batches = new ArrayList<>();
        for (int i = 0; i < items.size(); i += size) {
            batches.add(items.subList(i, Math.min(items.size(), i + size)));
        }
        return batches;
    }
}
