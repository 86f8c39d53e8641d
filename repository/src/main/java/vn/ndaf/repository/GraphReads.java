package vn.ndaf.repository;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

import org.eclipse.emf.ecore.EClass;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.ndaf.metamodel.NdafMetamodel;
import vn.ndaf.repository.mapping.GraphMapping;
import vn.ndaf.repository.mapping.GraphUris;
import vn.ndaf.repository.mapping.GraphToModel.ForeignNode;
import vn.ndaf.repository.mapping.NodeState;

/** The read queries of the repository, all parameterised, all inside the caller's transaction. */
final class GraphReads {

    /**
     * Every node of the model {@code $root}, as {@code n}: the root (uid {@code $root}) and the objects (uid
     * {@code $root/<id>}), both read from the uid index: model ids contain no '/'.
     */
    static final String NODES_OF_MODEL = """
            CALL () {
              MATCH (n:Identified {uid: $root}) RETURN n
              UNION ALL
              MATCH (n:Identified) WHERE n.uid STARTS WITH $root + '/' RETURN n
            }""";

    /** Properties of the root node kept by the repository, not by the model. */
    static final Set<String> ROOT_BOOKKEEPING = Set.of("revision", "elementCount", "relationshipCount", "viewCount", "createdAt", "updatedAt");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, List<String>>> REFS = new TypeReference<>() {
    };

    private GraphReads() {
    }

    /** The objects read for a model (nodes and relationship edges alike), and what its references outside it point at. */
    record Snapshot(Map<String, StoredNode> nodes, Map<String, ForeignNode> foreign, Set<String> edges) {

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

    /** Every object of the model {@code rootUid}: its nodes, its relationship edges, their references. */
    static Snapshot readModel(TransactionContext tx, String rootUid) {
        Map<String, Map<String, Object>> props = new LinkedHashMap<>();
        Map<String, Map<String, TreeMap<Long, String>>> refs = new HashMap<>();
        Map<String, ForeignNode> foreign = new HashMap<>();
        Set<String> edges = new HashSet<>();

        tx.run(NODES_OF_MODEL + " RETURN n{.*} AS p", Map.of("root", rootUid)).stream()
                .forEach(r -> collect(r.get("p").asMap(), props, refs));
        tx.run("""
                %s
                MATCH (n)-[e]->(m:Identified) WHERE e.idx IS NOT NULL
                RETURN n.uid AS from, type(e) AS type, e.idx AS idx, m.uid AS to, split(m.uid, '/')[0] AS toArch, m._type AS toType, m.id AS toId""".formatted(NODES_OF_MODEL),
                Map.of("root", rootUid)).stream().forEach(r -> {
                    String to = r.get("to").asString();
                    refs.computeIfAbsent(r.get("from").asString(), k -> new HashMap<>()).computeIfAbsent(r.get("type").asString(), k -> new TreeMap<>())
                            .put(r.get("idx").asLong(), to);
                    noteForeign(rootUid, foreign, to, r.get("toArch"), r.get("toType"), r.get("toId"));
                });
        tx.run(CypherFiles.get("relationship-edges-of-architecture"), Map.of("arch", rootUid)).stream().forEach(r -> {
            Map<String, Object> p = r.get("e").asMap();
            String uid = (String) p.get(GraphMapping.UID);
            edges.add(uid);
            collect(p, props, refs);
            Map<String, TreeMap<Long, String>> own = refs.computeIfAbsent(uid, k -> new HashMap<>());
            own.computeIfAbsent(Physical.SOURCE, k -> new TreeMap<>()).put(0L, r.get("source").asString());
            own.computeIfAbsent(Physical.TARGET, k -> new TreeMap<>()).put(0L, r.get("target").asString());
            noteForeign(rootUid, foreign, r.get("source").asString(), r.get("sourceArch"), r.get("sourceType"), r.get("sourceId"));
            noteForeign(rootUid, foreign, r.get("target").asString(), r.get("targetArch"), r.get("targetType"), r.get("targetId"));
        });
        Map<String, Placement> placements = new HashMap<>();
        if (props.containsKey(rootUid)) {
            EClass rootClass = NdafMetamodel.get().eClass((String) props.get(rootUid).get(GraphMapping.TYPE));
            Map<String, Map<String, Long>> lists = new HashMap<>();
            props.forEach((uid, p) -> {
                if (!uid.equals(rootUid) && p.get(GraphMapping.IDX) != null) {
                    String in = GraphMapping.containmentOf(rootClass, NdafMetamodel.get().eClass((String) p.get(GraphMapping.TYPE)));
                    Placement placement = new Placement(in, asLong(p.get(GraphMapping.IDX)));
                    placements.put(uid, placement);
                    lists.computeIfAbsent(in, k -> new HashMap<>()).put(uid, placement.idx());
                }
            });
            // ordered by position, then uid: no member is lost even where two writers once gave the same position
            lists.forEach((in, members) -> refs.computeIfAbsent(rootUid, k -> new HashMap<>()).put(in, ordered(Positions.ordered(members))));
        }
        Map<String, StoredNode> nodes = new LinkedHashMap<>();
        Set<String> unresolved = new HashSet<>();
        for (Map.Entry<String, Map<String, Object>> e : props.entrySet()) {
            String uid = e.getKey();
            Map<String, Object> p = e.getValue();
            NodeState state = state(p, refs.getOrDefault(uid, Map.of()));
            nodes.put(uid, stored(state, p, placements.get(uid)));
            state.refs().values().forEach(unresolved::addAll);
        }
        unresolved.removeAll(nodes.keySet());
        unresolved.removeAll(foreign.keySet());
        foreign.putAll(lookup(tx, unresolved));
        return new Snapshot(nodes, foreign, edges);
    }

    /** Adds one stored object's properties and its {@code _refs}. */
    private static void collect(Map<String, Object> p, Map<String, Map<String, Object>> props, Map<String, Map<String, TreeMap<Long, String>>> refs) {
        String uid = (String) p.get(GraphMapping.UID);
        props.put(uid, p);
        Object inline = p.get(GraphMapping.REFS);
        if (inline != null) {
            Map<String, TreeMap<Long, String>> own = refs.computeIfAbsent(uid, k -> new HashMap<>());
            parseRefs((String) inline).forEach((type, targets) -> own.put(type, ordered(targets)));
        }
    }

    private static void noteForeign(String rootUid, Map<String, ForeignNode> foreign, String uid, Value arch, Value type, Value id) {
        if (!rootUid.equals(arch.asString(null))) {
            foreign.put(uid, new ForeignNode(uid, type.asString(), arch.asString(), id.isNull() ? uid : id.asString()));
        }
    }

    /**
     * The objects of {@code rootUid} created in revision {@code first} or later, and those among {@code uids},
     * with their references but without their places in the root's lists: what "what changed since" needs.
     */
    static Map<String, StoredNode> readChangedSince(TransactionContext tx, String rootUid, long first, Collection<String> uids) {
        Map<String, Object> params = Map.of("root", rootUid, "arch", rootUid, "first", first, "uids", List.copyOf(uids));
        Map<String, StoredNode> nodes = new LinkedHashMap<>();
        tx.run(NODES_OF_MODEL + """
                WITH n WHERE coalesce(n._createdRev, 1) >= $first OR n.uid IN $uids
                OPTIONAL MATCH (n)-[e]->(m:Identified) WHERE e.idx IS NOT NULL
                WITH n, e, m ORDER BY e.idx
                RETURN n{.*} AS p, collect(CASE WHEN e IS NULL THEN NULL ELSE [type(e), m.uid] END) AS refs""", params).stream().forEach(row -> {
            Map<String, Object> p = row.get("p").asMap();
            Map<String, TreeMap<Long, String>> refs = new HashMap<>();
            Map<String, Long> counters = new HashMap<>();
            for (var pair : row.get("refs").asList(v -> v.asList(x -> x.asString()))) {
                long next = counters.merge(pair.get(0), 1L, Long::sum) - 1;
                refs.computeIfAbsent(pair.get(0), k -> new TreeMap<>()).put(next, pair.get(1));
            }
            if (p.get(GraphMapping.REFS) != null) {
                parseRefs((String) p.get(GraphMapping.REFS)).forEach((type, targets) -> refs.put(type, ordered(targets)));
            }
            nodes.put((String) p.get(GraphMapping.UID), stored(state(p, refs), p, null));
        });
        tx.run(CypherFiles.get("relationship-edges-changed-since"), params).stream().forEach(r -> {
            Map<String, Object> p = r.get("e").asMap();
            Map<String, TreeMap<Long, String>> refs = new HashMap<>();
            if (p.get(GraphMapping.REFS) != null) {
                parseRefs((String) p.get(GraphMapping.REFS)).forEach((type, targets) -> refs.put(type, ordered(targets)));
            }
            refs.put(Physical.SOURCE, ordered(List.of(r.get("source").asString())));
            refs.put(Physical.TARGET, ordered(List.of(r.get("target").asString())));
            nodes.put((String) p.get(GraphMapping.UID), stored(state(p, refs), p, null));
        });
        return nodes;
    }

    /** The stored objects among {@code uids} (nodes or relationship edges), by uid; absent uids are not stored. */
    static Map<String, ForeignNode> lookup(TransactionContext tx, Collection<String> uids) {
        Map<String, ForeignNode> found = new HashMap<>();
        if (uids.isEmpty()) {
            return found;
        }
        List<String> list = new ArrayList<>(uids);
        tx.run("""
                UNWIND $uids AS uid
                MATCH (m:Identified {uid: uid})
                RETURN m.uid AS uid, split(m.uid, '/')[0] AS arch, m._type AS type, m.id AS id""", Map.of("uids", list)).stream()
                .forEach(r -> found.put(r.get("uid").asString(), foreignNode(r)));
        List<Map<String, Object>> keys = list.stream().filter(u -> !found.containsKey(u) && u.indexOf('/') > 0)
                .map(u -> Map.<String, Object>of("uid", u, "arch", GraphUris.rootUidOfUid(u), "id", u.substring(u.indexOf('/') + 1))).toList();
        if (!keys.isEmpty()) {
            tx.run(CypherFiles.get("relationship-edges-by-uid"), Map.of("keys", keys)).stream()
                    .forEach(r -> found.put(r.get("uid").asString(), foreignNode(r)));
        }
        return found;
    }

    /**
     * Objects of other architectures among {@code uids} that are no longer stored, as their own architecture's history
     * last recorded them: what a past revision refers to may have been deleted since, and that revision stays readable.
     */
    static Map<String, ForeignNode> lookupDeleted(TransactionContext tx, Collection<String> uids) {
        Map<String, ForeignNode> found = new HashMap<>();
        List<Map<String, Object>> keys = uids.stream().filter(u -> u.indexOf('/') > 0)
                .map(u -> Map.<String, Object>of("uid", u, "arch", GraphUris.rootUidOfUid(u))).toList();
        if (keys.isEmpty()) {
            return found;
        }
        tx.run("""
                UNWIND $keys AS k
                MATCH (c:Change {arch: k.arch}) WHERE c.node = k.uid
                WITH k, c ORDER BY c.rev DESC
                WITH k, head(collect(c)) AS last
                RETURN k.uid AS uid, k.arch AS arch, last.type AS type, last.id AS id""", Map.of("keys", keys)).stream()
                .forEach(r -> found.put(r.get("uid").asString(), foreignNode(r)));
        return found;
    }

    private static ForeignNode foreignNode(Record r) {
        return new ForeignNode(r.get("uid").asString(), r.get("type").asString(), r.get("arch").asString(),
                r.get("id").isNull() ? r.get("uid").asString() : r.get("id").asString());
    }

    /** The uids among {@code uids} that are not stored. */
    static List<String> missing(TransactionContext tx, Collection<String> uids) {
        Map<String, ForeignNode> found = lookup(tx, uids);
        return uids.stream().filter(u -> !found.containsKey(u)).toList();
    }

    /** Who and when wrote revision {@code rev} of {@code rootUid}, for conflict messages. */
    static String describeRevision(TransactionContext tx, String rootUid, long rev) {
        List<Record> rows = tx.run("MATCH (r:Revision {uid: $uid}) RETURN r.author AS author, r.at AS at", Map.of("uid", rootUid + "@" + rev)).list();
        if (rows.isEmpty()) {
            return "revision " + rev;
        }
        return "revision " + rev + " by " + rows.get(0).get("author").asString() + " at " + rows.get(0).get("at").asZonedDateTime();
    }

    /** The place in its root's lists of one object read on its own (null when the root does not hold it directly). */
    static Placement placementOf(TransactionContext tx, Map<String, Object> p) {
        if (p.get(GraphMapping.IDX) == null) {
            return null;
        }
        String rootType = tx.run("MATCH (a:Identified {uid: $uid}) RETURN a._type AS type", Map.of("uid", GraphUris.rootUidOfUid((String) p.get(GraphMapping.UID)))).single().get("type").asString();
        String in = GraphMapping.containmentOf(NdafMetamodel.get().eClass(rootType), NdafMetamodel.get().eClass((String) p.get(GraphMapping.TYPE)));
        return new Placement(in, asLong(p.get(GraphMapping.IDX)));
    }

    /** A stored object from its state, its stored properties (bookkeeping) and its place in the root's lists. */
    static StoredNode stored(NodeState state, Map<String, Object> p, Placement placement) {
        return new StoredNode(state, bookkeeping(p.get(GraphMapping.VERSION)), bookkeeping(p.get(GraphMapping.REV)),
                bookkeeping(p.get(GraphMapping.CREATED_REV)), placement);
    }

    /**
     * A version or revision number as stored: 1, the value of everything an architecture's first revision
     * creates, is not stored (docs/graph-model.md), so an absent value reads as 1.
     */
    static long bookkeeping(Object stored) {
        return stored == null ? 1L : asLong(stored);
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

    /** A list as positions to entries, the form references are gathered in while reading. */
    static TreeMap<Long, String> ordered(List<String> targets) {
        TreeMap<Long, String> ordered = new TreeMap<>();
        for (int i = 0; i < targets.size(); i++) {
            ordered.put((long) i, targets.get(i));
        }
        return ordered;
    }

    static Map<String, List<String>> parseRefs(String json) {
        try {
            return JSON.readValue(json, REFS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored references are not readable: " + e.getOriginalMessage(), e);
        }
    }

    static String refsJson(Map<String, List<String>> refs) {
        try {
            return JSON.writeValueAsString(refs);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static long asLong(Object o) {
        return o instanceof Number n ? n.longValue() : 0L;
    }
}
