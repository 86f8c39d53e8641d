package vn.ndaf.repository;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

import vn.ndaf.repository.mapping.GraphMapping;
import vn.ndaf.repository.mapping.GraphToModel.ForeignNode;
import vn.ndaf.repository.mapping.NodeState;

/** The read queries of the repository, all parameterised, all inside the caller's transaction. */
final class GraphReads {

    /** Properties of the root node kept by the repository, not by the model. */
    static final java.util.Set<String> ROOT_BOOKKEEPING = java.util.Set.of("revision", "elementCount", "relationshipCount",
            "viewCount", "createdAt", "updatedAt");

    private GraphReads() {
    }

    /** Every node of the model {@code rootUid} with its outgoing mapped relationships, and the foreign targets. */
    static Snapshot readModel(TransactionContext tx, String rootUid) {
        Map<String, Map<String, Object>> props = new LinkedHashMap<>();
        Map<String, long[]> bookkeeping = new HashMap<>();
        tx.run("MATCH (n:Identified {arch: $root}) RETURN n{.*} AS p", Map.of("root", rootUid)).stream().forEach(r -> {
            Map<String, Object> p = r.get("p").asMap();
            String uid = (String) p.get(GraphMapping.UID);
            props.put(uid, p);
            bookkeeping.put(uid, new long[] { asLong(p.get(GraphMapping.VERSION)), asLong(p.get(GraphMapping.REV)), asLong(p.get(GraphMapping.CREATED_REV)) });
        });
        Map<String, Map<String, TreeMap<Long, String>>> refs = new HashMap<>();
        Map<String, ForeignNode> foreign = new HashMap<>();
        tx.run("""
                MATCH (n:Identified {arch: $root})-[e]->(m:Identified)
                WHERE e.idx IS NOT NULL
                RETURN n.uid AS from, type(e) AS type, e.idx AS idx, m.uid AS to, m.arch AS toArch, m._type AS toType, m.id AS toId""",
                Map.of("root", rootUid)).stream().forEach(r -> {
                    String to = r.get("to").asString();
                    refs.computeIfAbsent(r.get("from").asString(), k -> new HashMap<>())
                            .computeIfAbsent(r.get("type").asString(), k -> new TreeMap<>())
                            .put(r.get("idx").asLong(), to);
                    String toArch = r.get("toArch").asString();
                    if (!rootUid.equals(toArch)) {
                        foreign.put(to, foreignNode(to, toArch, r.get("toType").asString(), r.get("toId")));
                    }
                });
        Map<String, StoredNode> nodes = new LinkedHashMap<>();
        for (Map.Entry<String, Map<String, Object>> e : props.entrySet()) {
            String uid = e.getKey();
            long[] b = bookkeeping.get(uid);
            nodes.put(uid, new StoredNode(state(e.getValue(), refs.getOrDefault(uid, Map.of())), b[0], b[1], b[2]));
        }
        return new Snapshot(nodes, foreign);
    }

    /** The nodes read for a model, and what its references outside it point at. */
    record Snapshot(Map<String, StoredNode> nodes, Map<String, ForeignNode> foreign) {

        Map<String, NodeState> states() {
            Map<String, NodeState> states = new LinkedHashMap<>();
            nodes.forEach((uid, n) -> states.put(uid, n.state()));
            return states;
        }

        Map<String, Long> versions() {
            Map<String, Long> versions = new HashMap<>();
            nodes.forEach((uid, n) -> versions.put(uid, n.version()));
            return versions;
        }
    }

    /** The foreign nodes among {@code uids} (targets outside {@code rootUid}), for references restored from history. */
    static Map<String, ForeignNode> foreignNodes(TransactionContext tx, String rootUid, Collection<String> uids) {
        Map<String, ForeignNode> foreign = new HashMap<>();
        if (uids.isEmpty()) {
            return foreign;
        }
        tx.run("""
                UNWIND $uids AS uid
                MATCH (m:Identified {uid: uid})
                RETURN m.uid AS uid, m.arch AS arch, m._type AS type, m.id AS id""", Map.of("uids", List.copyOf(uids))).stream()
                .forEach(r -> foreign.put(r.get("uid").asString(),
                        foreignNode(r.get("uid").asString(), r.get("arch").asString(), r.get("type").asString(), r.get("id"))));
        return foreign;
    }

    /** The uids among {@code uids} that are not stored. */
    static List<String> missing(TransactionContext tx, Collection<String> uids) {
        if (uids.isEmpty()) {
            return List.of();
        }
        return tx.run("""
                UNWIND $uids AS uid
                OPTIONAL MATCH (m:Identified {uid: uid})
                WITH uid, m WHERE m IS NULL
                RETURN uid""", Map.of("uids", List.copyOf(uids))).list(r -> r.get("uid").asString());
    }

    /** Who and when wrote revision {@code rev} of {@code rootUid}, for conflict messages. */
    static String describeRevision(TransactionContext tx, String rootUid, long rev) {
        List<Record> rows = tx.run("MATCH (r:Revision {uid: $uid}) RETURN r.author AS author, r.at AS at",
                Map.of("uid", rootUid + "@" + rev)).list();
        if (rows.isEmpty()) {
            return "revision " + rev;
        }
        return "revision " + rev + " by " + rows.get(0).get("author").asString() + " at " + rows.get(0).get("at").asZonedDateTime();
    }

    static NodeState state(Map<String, Object> props, Map<String, TreeMap<Long, String>> refs) {
        Map<String, Object> p = new LinkedHashMap<>();
        props.forEach((k, v) -> {
            if (!GraphMapping.BOOKKEEPING.contains(k) && !ROOT_BOOKKEEPING.contains(k)) {
                p.put(k, v);
            }
        });
        Map<String, List<String>> r = new LinkedHashMap<>();
        refs.forEach((type, ordered) -> r.put(type, new ArrayList<>(ordered.values())));
        return new NodeState((String) props.get(GraphMapping.UID), (String) props.get(GraphMapping.TYPE), p, r);
    }

    private static ForeignNode foreignNode(String uid, String arch, String type, Value id) {
        return new ForeignNode(uid, type, arch, id.isNull() ? uid : id.asString());
    }

    static long asLong(Object o) {
        return o instanceof Number n ? n.longValue() : 0L;
    }
}
