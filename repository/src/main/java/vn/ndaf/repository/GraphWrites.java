package vn.ndaf.repository;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import org.neo4j.driver.TransactionContext;

import vn.ndaf.metamodel.NdafMetamodel;
import vn.ndaf.repository.GraphReads.Snapshot;
import vn.ndaf.repository.mapping.GraphMapping;
import vn.ndaf.repository.mapping.NodeState;

/**
 * The write statements of the repository: batched UNWINDs inside the caller's transaction, so that a write
 * of any size is one transaction and is either wholly stored or not at all. {@link #apply} lays a diff out
 * in the graph as {@link Physical} describes: nodes, relationship edges, reference edges, positions.
 */
final class GraphWrites {

    static final int NODE_BATCH = 5_000;
    static final int EDGE_BATCH = 10_000;
    private static final String[] NODE_CREATES = createStatements(
            "UNWIND $rows AS r\nCREATE (n:$(r[0]))\nSET n.uid = r[1], n._type = r[2], n.id = r[3]", "n",
            "\nRETURN r[1] AS uid, elementId(n) AS eid");
    private static final String[] EDGE_CREATES = createStatements(
            "UNWIND $rows AS r\nMATCH (a) WHERE elementId(a) = r[0]\nMATCH (b) WHERE elementId(b) = r[1]\nCREATE (a)-[e:$(r[2])]->(b)\nSET e.uid = r[3]",
            "e", "");

    private GraphWrites() {
    }

    /**
     * Writes the change from {@code current} to {@code next} given by {@code diff} as revision {@code rev}
     * of {@code rootUid}. {@code foreignTypes} gives the type of every object outside the model that
     * {@code next} refers to; {@code placements} the positions of the root's direct children after the write
     * ({@link Positions#assign}), or null when the root's lists are not written (objects keep their places).
     */
    static void apply(TransactionContext tx, String rootUid, Snapshot current, Map<String, NodeState> next, ModelDiff diff, long rev,
            Map<String, String> foreignTypes, Map<String, Placement> placements, ProgressListener progress) {
        Function<String, String> typeOf = uid -> typeOf(uid, next, current, foreignTypes);
        boolean rootWritten = placements != null;

        List<Layout> creates = new ArrayList<>();
        List<Layout> nodeUpdates = new ArrayList<>();
        List<Layout> oldNodes = new ArrayList<>();
        List<Layout> edgeUpdates = new ArrayList<>();
        List<Layout> oldEdges = new ArrayList<>();
        List<StoredNode> removals = new ArrayList<>();
        Map<String, Set<String>> staleRefTypes = new HashMap<>();
        for (String uid : diff.deleted()) {
            removals.add(current.nodes().get(uid));
        }
        for (String uid : diff.created()) {
            creates.add(new Layout(next.get(uid), Physical.of(next.get(uid), typeOf, uid.equals(rootUid)), 1, rev, rootWritten ? placements.get(uid) : null));
        }
        for (String uid : diff.updated()) {
            StoredNode old = current.nodes().get(uid);
            NodeState state = next.get(uid);
            Physical before = Physical.of(old.state(), typeOf, uid.equals(rootUid));
            Physical after = Physical.of(state, typeOf, uid.equals(rootUid));
            Layout layout = new Layout(state, after, old.version() + 1, old.createdRev(), rootWritten ? placements.get(uid) : old.placement());
            Layout was = new Layout(old.state(), before, old.version(), old.createdRev(), old.placement());
            boolean retyped = diff.retyped().contains(uid);
            if (before.edge() != after.edge() || (after.edge() && (retyped || !(Objects.equals(before.source(), after.source())
                    && Objects.equals(before.target(), after.target()))))) {
                // a Neo4j relationship cannot change its type or ends: it is stored again under the same uid, with its
                // version and history; what refers to an ArchiMate relationship does so by uid (_refs), so nothing is lost
                removals.add(old);
                creates.add(layout);
            } else if (after.edge()) {
                edgeUpdates.add(layout);
                oldEdges.add(was);
            } else {
                nodeUpdates.add(layout);
                oldNodes.add(was);
                Set<String> changed = new HashSet<>(before.graphRefs().keySet());
                changed.addAll(after.graphRefs().keySet());
                changed.removeIf(t -> Objects.equals(before.graphRefs().get(t), after.graphRefs().get(t)));
                if (!changed.isEmpty()) {
                    staleRefTypes.put(uid, changed);
                }
            }
        }
        List<Map<String, Object>> moves = new ArrayList<>();
        // only what was stored before and is not written again can move
        if (rootWritten) {
            placements.forEach((uid, placement) -> {
                StoredNode stored = current.nodes().get(uid);
                if (stored != null && !diff.created().contains(uid) && !diff.updated().contains(uid) && !placement.equals(stored.placement())) {
                    moves.add(Map.of("uid", uid, "idx", placement.idx(), "edge", current.edges().contains(uid),
                            "source", stored.state().refs().getOrDefault(Physical.SOURCE, List.of("")).get(0)));
                }
            });
        }

        remove(tx, removals, current.edges());
        Map<String, String> elementIds = createNodes(tx, creates, rev, progress);
        updateNodes(tx, nodeUpdates, oldNodes, rev);
        updateEdges(tx, edgeUpdates, oldEdges, rev);
        move(tx, moves);
        deleteRefEdges(tx, staleRefTypes);
        List<Map<String, Object>> refEdges = new ArrayList<>();
        for (Layout layout : creates) {
            if (!layout.physical().edge()) {
                addRefEdges(refEdges, layout.state().uid(), layout.physical().graphRefs(), null);
            }
        }
        for (Layout layout : nodeUpdates) {
            Set<String> stale = staleRefTypes.get(layout.state().uid());
            if (stale != null) {
                addRefEdges(refEdges, layout.state().uid(), layout.physical().graphRefs(), stale);
            }
        }
        List<Layout> edgeCreates = creates.stream().filter(l -> l.physical().edge()).toList();
        // the element ids of stored ends not written here (an edge's ends are mostly nodes just created)
        Set<String> endpoints = new HashSet<>();
        refEdges.forEach(r -> {
            addIfAbsent(endpoints, elementIds, (String) r.get("from"));
            addIfAbsent(endpoints, elementIds, (String) r.get("to"));
        });
        edgeCreates.forEach(l -> {
            addIfAbsent(endpoints, elementIds, l.physical().source());
            addIfAbsent(endpoints, elementIds, l.physical().target());
        });
        elementIds.putAll(elementIdsOf(tx, endpoints));
        createRefEdges(tx, refEdges, elementIds, progress);
        createRelationshipEdges(tx, edgeCreates, elementIds, rev, progress);
    }

    /**
     * The type of an object written ({@code next}), stored before ({@code current}), referred to outside the
     * model by what is written, or by what was stored before ({@code current.foreign()}).
     */
    private static String typeOf(String uid, Map<String, NodeState> next, Snapshot current, Map<String, String> foreignTypes) {
        NodeState state = next.get(uid);
        if (state != null) {
            return state.type();
        }
        StoredNode stored = current.nodes().get(uid);
        if (stored != null) {
            return stored.state().type();
        }
        // an end of the object as it was, in another architecture, that the new state no longer refers to
        var before = current.foreign().get(uid);
        if (before != null && !foreignTypes.containsKey(uid)) {
            return before.type();
        }
        return Objects.requireNonNull(foreignTypes.get(uid), () -> "unknown object " + uid);
    }

    private static void addIfAbsent(Set<String> missing, Map<String, String> known, String uid) {
        if (!known.containsKey(uid)) {
            missing.add(uid);
        }
    }

    /** One object to write: its state, layout, bookkeeping and place in the root. */
    private record Layout(NodeState state, Physical physical, long version, long createdRev, Placement placement) {
    }

    /**
     * What is stored on an object. No object carries its architecture, the uid's first part; a relationship
     * stored as a Neo4j relationship carries no id or class either: they follow from the uid and the
     * relationship type, and every property costs at each write (docs/benchmarks.md). Versions and revisions equal to 1 are not stored (see
     * {@link GraphReads#bookkeeping}).
     */
    private static Map<String, Object> props(Layout layout, long rev) {
        Map<String, Object> props = new HashMap<>(layout.state().props());
        props.put(GraphMapping.UID, layout.state().uid());
        if (layout.physical().edge()) {
            props.remove("id");
        } else {
            props.put(GraphMapping.TYPE, layout.state().type());
        }
        props.put(GraphMapping.VERSION, unlessOne(layout.version()));
        props.put(GraphMapping.REV, unlessOne(rev));
        props.put(GraphMapping.CREATED_REV, unlessOne(layout.createdRev()));
        if (layout.placement() != null) {
            props.put(GraphMapping.IDX, layout.placement().idx());
        }
        if (!layout.physical().inlineRefs().isEmpty()) {
            props.put(GraphMapping.REFS, GraphReads.refsJson(layout.physical().inlineRefs()));
        }
        props.values().removeIf(Objects::isNull);
        return props;
    }

    private static Long unlessOne(long value) {
        return value == 1 ? null : value;
    }

    /** The object's own properties other than those a create statement sets by name. */
    private static Map<String, Object> otherProps(NodeState state) {
        if (state.props().size() <= 2 && state.props().keySet().stream().allMatch(k -> k.equals("id") || k.equals("name"))) {
            return Map.of();
        }
        Map<String, Object> other = new HashMap<>(state.props());
        other.remove("id");
        other.remove("name");
        return other;
    }

    /**
     * One row of a create statement: two leading columns that differ between nodes (labels, uid) and
     * relationships (the element ids of both ends), a type, a key (a node's id, a relationship's uid), then
     * the same columns for both: name, the other properties, position, inline references, version and
     * creation revision (null when 1).
     */
    private static List<Object> createRow(Object first, Object second, String type, String key, Layout layout) {
        NodeState state = layout.state();
        Map<String, List<String>> inline = layout.physical().inlineRefs();
        return Arrays.asList(first, second, type, key, state.props().get("name"), otherProps(state),
                layout.placement() == null ? null : layout.placement().idx(), inline.isEmpty() ? null : GraphReads.refsJson(inline),
                unlessOne(layout.version()), unlessOne(layout.createdRev()));
    }

    /*
     * Creates send each row as a list and name every property in the statement: measured on 300,000
     * relationships, this halves the time of a map per row set with SET e = map. Rows with no properties,
     * references or bookkeeping to store (most of an import) go through a statement that sets only name and
     * position: a SET of null still costs (docs/benchmarks.md).
     */
    private static Map<String, String> createNodes(TransactionContext tx, List<Layout> creates, long rev, ProgressListener progress) {
        Map<String, String> elementIds = new HashMap<>();
        List<Layout> nodes = creates.stream().filter(l -> !l.physical().edge()).toList();
        long done = 0;
        for (List<Layout> batch : batches(nodes, NODE_BATCH)) {
            List<List<Object>> rows = new ArrayList<>(batch.size());
            for (Layout layout : batch) {
                NodeState state = layout.state();
                rows.add(createRow(GraphMapping.labels(NdafMetamodel.get().eClass(state.type())), state.uid(), state.type(), state.id(), layout));
            }
            byStatement(rows, row -> NODE_CREATES[setsEverything(row, rev) ? 1 : 0]).forEach((statement, group) ->
                    tx.run(statement, Map.of("rows", group, "rev", storedRev(rev))).stream()
                            .forEach(r -> elementIds.put(r.get("uid").asString(), r.get("eid").asString())));
            done += batch.size();
            progress.progress("nodes", done, nodes.size());
        }
        return elementIds;
    }

    /**
     * Whether a create row needs the statement that sets every column (see {@link #createRow}): a row with
     * nothing beyond its name and position, written in the first revision (most elements and relationships of
     * an import), goes through the one that sets just those two.
     */
    private static boolean setsEverything(List<Object> row, long rev) {
        return rev != 1 || !((Map<?, ?>) row.get(5)).isEmpty() || row.get(7) != null || row.get(8) != null || row.get(9) != null;
    }

    /**
     * The two create statements of one kind: {@code head} creates {@code variable} and sets its key columns,
     * then come the name and position only, or every optional column; {@code tail} ends both. Two statements
     * per kind, rather than one per combination of filled columns, keep the query plans a fresh server
     * compiles few.
     */
    private static String[] createStatements(String head, String variable, String tail) {
        String v = ", " + variable + ".";
        String lean = head + v + "name = r[4]" + v + GraphMapping.IDX + " = r[6]";
        String full = lean + v + GraphMapping.REFS + " = r[7]" + v + GraphMapping.VERSION + " = r[8]" + v + GraphMapping.CREATED_REV
                + " = r[9]" + v + GraphMapping.REV + " = $rev\nSET " + variable + " += r[5]";
        return new String[] { lean + tail, full + tail };
    }

    /** The revision as the {@code $rev} of a create statement: null when it is 1 (SET n.p = null stores nothing). */
    private static Object storedRev(long rev) {
        return rev == 1 ? org.neo4j.driver.Values.NULL : rev;
    }

    /** The rows grouped by the statement that writes them, in the order each statement first occurs. */
    private static Map<String, List<List<Object>>> byStatement(List<List<Object>> rows, Function<List<Object>, String> statement) {
        Map<String, List<List<Object>>> groups = new LinkedHashMap<>();
        for (List<Object> row : rows) {
            groups.computeIfAbsent(statement.apply(row), k -> new ArrayList<>()).add(row);
        }
        return groups;
    }

    /*
     * Updates set the object's own properties and remove those it no longer has: never SET n = map, which
     * would also erase what the repository keeps beside the object (the root's revision, counts, creation time).
     */
    private static void updateNodes(TransactionContext tx, List<Layout> updates, List<Layout> olds, long rev) {
        List<Map<String, Object>> rows = new ArrayList<>();
        List<Map<String, Object>> relabels = new ArrayList<>();
        for (int i = 0; i < updates.size(); i++) {
            Layout layout = updates.get(i);
            Layout old = olds.get(i);
            rows.add(updateRow(layout, old, rev));
            if (!layout.state().type().equals(old.state().type())) {
                List<String> was = GraphMapping.labels(NdafMetamodel.get().eClass(old.state().type()));
                List<String> now = GraphMapping.labels(NdafMetamodel.get().eClass(layout.state().type()));
                relabels.add(Map.of("uid", layout.state().uid(), "remove", was.stream().filter(l -> !now.contains(l)).toList(),
                        "add", now.stream().filter(l -> !was.contains(l)).toList()));
            }
        }
        for (List<Map<String, Object>> batch : batches(relabels, NODE_BATCH)) {
            tx.run("UNWIND $rows AS r MATCH (n:Identified {uid: r.uid}) REMOVE n:$(r.remove) SET n:$(r.add)", Map.of("rows", batch)).consume();
        }
        for (List<Map<String, Object>> batch : batches(rows, NODE_BATCH)) {
            tx.run("UNWIND $rows AS r MATCH (n:Identified {uid: r.uid}) SET n += r.props FOREACH (k IN r.unset | SET n[k] = null)",
                    Map.of("rows", batch)).consume();
        }
    }

    private static void updateEdges(TransactionContext tx, List<Layout> updates, List<Layout> olds, long rev) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < updates.size(); i++) {
            Map<String, Object> row = new HashMap<>(updateRow(updates.get(i), olds.get(i), rev));
            row.put("source", updates.get(i).physical().source());
            rows.add(row);
        }
        for (List<Map<String, Object>> batch : batches(rows, EDGE_BATCH)) {
            tx.run("""
                    UNWIND $rows AS r
                    MATCH (:Identified {uid: r.source})-[e]->() WHERE e.uid = r.uid
                    SET e += r.props FOREACH (k IN r.unset | SET e[k] = null)""", Map.of("rows", batch)).consume();
        }
    }

    /** The properties an update sets, and the ones the object had and no longer has. */
    private static Map<String, Object> updateRow(Layout layout, Layout old, long rev) {
        Map<String, Object> props = props(layout, rev);
        List<String> unset = props(old, old.createdRev()).keySet().stream().filter(k -> !props.containsKey(k)).toList();
        return Map.of("uid", layout.state().uid(), "props", props, "unset", unset);
    }

    /** New positions in the root's lists for objects that did not change otherwise. */
    private static void move(TransactionContext tx, List<Map<String, Object>> moves) {
        for (List<Map<String, Object>> batch : batches(moves, EDGE_BATCH)) {
            tx.run("""
                    UNWIND $rows AS r
                    CALL (r) {
                      OPTIONAL MATCH (n:Identified {uid: r.uid}) WHERE NOT r.edge
                      SET n._idx = r.idx
                    }
                    CALL (r) {
                      OPTIONAL MATCH (:Identified {uid: r.source})-[e]->() WHERE r.edge AND e.uid = r.uid
                      SET e._idx = r.idx
                    }""", Map.of("rows", batch)).consume();
        }
    }

    private static void remove(TransactionContext tx, List<StoredNode> removals, Set<String> storedAsEdges) {
        List<String> nodes = new ArrayList<>();
        List<Map<String, Object>> edges = new ArrayList<>();
        for (StoredNode removal : removals) {
            String uid = removal.state().uid();
            if (storedAsEdges.contains(uid)) {
                edges.add(Map.of("uid", uid, "source", removal.state().refs().get(Physical.SOURCE).get(0)));
            } else {
                nodes.add(uid);
            }
        }
        for (List<Map<String, Object>> batch : batches(edges, EDGE_BATCH)) {
            tx.run("UNWIND $rows AS r MATCH (:Identified {uid: r.source})-[e]->() WHERE e.uid = r.uid DELETE e", Map.of("rows", batch)).consume();
        }
        for (List<String> batch : batches(nodes, NODE_BATCH)) {
            tx.run("UNWIND $uids AS uid MATCH (n:Identified {uid: uid}) DETACH DELETE n", Map.of("uids", batch)).consume();
        }
    }

    /** Removes the outgoing reference edges of the given types, per node. */
    private static void deleteRefEdges(TransactionContext tx, Map<String, Set<String>> typesByUid) {
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

    private static void addRefEdges(List<Map<String, Object>> rows, String from, Map<String, List<String>> refs, Set<String> only) {
        refs.forEach((type, targets) -> {
            if (only == null || only.contains(type)) {
                for (int i = 0; i < targets.size(); i++) {
                    rows.add(Map.of("from", from, "type", type, "to", targets.get(i), "idx", i));
                }
            }
        });
    }

    private static Map<String, String> elementIdsOf(TransactionContext tx, Collection<String> uids) {
        Map<String, String> ids = new HashMap<>();
        for (List<String> batch : batches(new ArrayList<>(uids), EDGE_BATCH)) {
            tx.run("UNWIND $uids AS uid MATCH (n:Identified {uid: uid}) RETURN n.uid AS uid, elementId(n) AS eid", Map.of("uids", batch)).stream()
                    .forEach(r -> ids.put(r.get("uid").asString(), r.get("eid").asString()));
        }
        return ids;
    }

    private static String elementId(Map<String, String> elementIds, String uid) {
        String id = elementIds.get(uid);
        if (id == null) {
            throw new RepositoryException("A relationship points at " + uid + ", which is not stored; nothing was written");
        }
        return id;
    }

    private static void createRefEdges(TransactionContext tx, List<Map<String, Object>> refs, Map<String, String> elementIds, ProgressListener progress) {
        long done = 0;
        for (List<Map<String, Object>> batch : batches(refs, EDGE_BATCH)) {
            List<Map<String, Object>> rows = new ArrayList<>(batch.size());
            for (Map<String, Object> r : batch) {
                rows.add(Map.of("a", elementId(elementIds, (String) r.get("from")), "b", elementId(elementIds, (String) r.get("to")), "type", r.get("type"),
                        "idx", r.get("idx")));
            }
            tx.run("""
                    UNWIND $rows AS r
                    MATCH (a) WHERE elementId(a) = r.a
                    MATCH (b) WHERE elementId(b) = r.b
                    CREATE (a)-[e:$(r.type)]->(b) SET e.idx = r.idx""", Map.of("rows", rows)).consume();
            done += batch.size();
            progress.progress("references", done, refs.size());
        }
    }

    private static void createRelationshipEdges(TransactionContext tx, List<Layout> edges, Map<String, String> elementIds, long rev,
            ProgressListener progress) {
        long done = 0;
        for (List<Layout> batch : batches(edges, EDGE_BATCH)) {
            List<List<Object>> rows = new ArrayList<>(batch.size());
            for (Layout layout : batch) {
                rows.add(createRow(elementId(elementIds, layout.physical().source()), elementId(elementIds, layout.physical().target()),
                        Physical.edgeType(layout.state()), layout.state().uid(), layout));
            }
            byStatement(rows, row -> EDGE_CREATES[setsEverything(row, rev) ? 1 : 0]).forEach((statement, group) ->
                    tx.run(statement, Map.of("rows", group, "rev", storedRev(rev))).consume());
            done += batch.size();
            progress.progress("relationships", done, edges.size());
        }
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
            row.put("before", History.toJson(c));
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

    /** A change to record: the stored object before it, what kind of change, which keys changed. */
    record ChangeRecord(StoredNode before, String operation, List<String> changedKeys) {
    }

    /** Stores the counts and revision the listing shows on the root node; {@code types} gives the type of every stored object by uid. */
    static void updateRoot(TransactionContext tx, String rootUid, long rev, Map<String, String> types, boolean created) {
        long elements = 0;
        long relationships = 0;
        long views = 0;
        NdafMetamodel mm = NdafMetamodel.get();
        for (String type : types.values()) {
            var eClass = mm.eClass(type);
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

    /**
     * Takes the write lock of each stored object among {@code uids} (nodes and relationship edges) without
     * changing it: held until the transaction ends, it orders this write against any other that locks or
     * writes the same objects. Absent uids are skipped.
     */
    static void lock(TransactionContext tx, Collection<String> uids) {
        if (uids.isEmpty()) {
            return;
        }
        List<String> list = new ArrayList<>(uids);
        List<String> locked = new ArrayList<>();
        for (List<String> batch : batches(list, EDGE_BATCH)) {
            locked.addAll(tx.run("UNWIND $uids AS uid MATCH (n:Identified {uid: uid}) SET n._lock = true REMOVE n._lock RETURN n.uid AS uid",
                    Map.of("uids", batch)).list(r -> r.get("uid").asString()));
        }
        List<String> rest = new ArrayList<>(list);
        rest.removeAll(new HashSet<>(locked));
        rest.removeIf(u -> u.indexOf('/') < 0);
        for (List<String> batch : batches(rest, EDGE_BATCH)) {
            tx.run(CypherFiles.get("lock-relationship-edges"), Map.of("uids", batch)).consume();
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
