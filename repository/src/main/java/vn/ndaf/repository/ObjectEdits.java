package vn.ndaf.repository;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.neo4j.driver.Driver;
import org.neo4j.driver.TransactionContext;

import vn.ndaf.metamodel.NdafMetamodel;
import vn.ndaf.repository.GraphReads.Snapshot;
import vn.ndaf.repository.GraphWrites.ChangeRecord;
import vn.ndaf.repository.mapping.GraphMapping;
import vn.ndaf.repository.mapping.GraphToModel.ForeignNode;
import vn.ndaf.repository.mapping.NodeState;

/**
 * Edits of single objects without loading their architecture: set attributes, delete a concept. Each is
 * one revision, checked against the version the editor saw, and recorded in the history like any write.
 */
public final class ObjectEdits {

    private final Driver driver;
    private final List<WriteListener> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();

    public ObjectEdits(Driver driver) {
        this.driver = driver;
    }

    /** Tells {@code listener} of every edit committed here, after the commit. */
    public void addWriteListener(WriteListener listener) {
        listeners.add(listener);
    }

    private void written(String architecture) {
        for (WriteListener l : listeners) {
            l.written(architecture);
        }
    }

    /**
     * Sets attributes of object {@code id} of architecture {@code architecture} (the architecture's own id,
     * or its model's id, addresses its root); {@code values} gives each attribute's new value in EMF's string
     * form (enum literals, numbers, true/false, comma-separated lists for many-valued attributes), null to
     * unset. Fails with a {@link ConflictException} when the object's version is not {@code expectedVersion},
     * with an {@link InvalidModelException} when the new values break an invariant of the metamodel.
     */
    public ObjectRecord setAttributes(String architecture, String id, long expectedVersion, Map<String, String> values, WriteRequest request) {
        return edit(architecture, id, expectedVersion, values, request).object();
    }

    /** The object after an edit, and the warnings of the tolerated invariants the edit breaks. */
    public record EditResult(ObjectRecord object, List<String> warnings) {

        public EditResult {
            warnings = List.copyOf(warnings);
        }
    }

    /** As {@link #setAttributes}, also returning the warnings of tolerated invariants the new values break. */
    public EditResult edit(String architecture, String id, long expectedVersion, Map<String, String> values, WriteRequest request) {
        EditResult result = Transactions.write(driver, tx -> {
            long rev = bumpRevision(tx, architecture);
            Snapshot one = readOne(tx, architecture, id);
            StoredNode node = one.nodes().values().iterator().next();
            checkVersion(tx, architecture, node, expectedVersion);
            EClass eClass = NdafMetamodel.get().eClass(node.state().type());
            Map<String, Object> props = new LinkedHashMap<>(node.state().props());
            for (Map.Entry<String, String> e : values.entrySet()) {
                EAttribute attribute = attribute(eClass, e.getKey());
                if (e.getValue() == null) {
                    props.remove(attribute.getName());
                } else {
                    props.put(attribute.getName(), convert(eClass, attribute, e.getValue()));
                }
            }
            NodeState next = new NodeState(node.state().uid(), node.state().type(), props, node.state().refs());
            List<String> changed = node.state().changedKeys(next);
            if (changed.isEmpty()) {
                throw new RepositoryException("Nothing to change: " + ArchitectureRepository.describe(node.state()) + " already has these values");
            }
            List<String> warnings = checkInvariants(tx, architecture, node, next);
            GraphWrites.createRevision(tx, architecture, rev, request, 0, 1, 0);
            GraphWrites.recordChanges(tx, architecture, rev, List.of(new ChangeRecord(node, "updated", changed)));
            GraphWrites.apply(tx, architecture, one, Map.of(next.uid(), next), ModelDiff.of(Set.of(next.uid()), Set.of()), rev,
                    types(one.foreign()), null, request.progress());
            touch(tx, architecture);
            return new EditResult(ObjectQueries.record(tx, architecture, node.state().uid().equals(architecture) ? architecture : id), warnings);
        });
        written(architecture);
        return result;
    }

    /**
     * Runs the invariants on the edited object and its neighbours (what it refers to, what refers to it, and
     * the root), before and after the edit: what the edit breaks refuses it, or is returned as a warning when
     * tolerated. Of the neighbours only their attributes and their references to the edited object are read,
     * so the check costs what the object's own relationships cost, however large a folder or view it sits in.
     */
    private static List<String> checkInvariants(TransactionContext tx, String architecture, StoredNode node, NodeState next) {
        String uid = node.state().uid();
        Map<String, Map<String, Object>> props = new LinkedHashMap<>();
        Map<String, Map<String, List<String>>> refs = new HashMap<>();
        Set<String> out = new HashSet<>();
        node.state().refs().values().forEach(out::addAll);
        out.add(architecture);
        out.remove(uid);
        tx.run("UNWIND $uids AS uid MATCH (m:Identified {uid: uid}) RETURN m{.*} AS p", Map.of("uids", List.copyOf(out)))
                .stream().forEach(r -> props.put(r.get("p").get(GraphMapping.UID).asString(), r.get("p").asMap()));
        tx.run("""
                MATCH (m:Identified)-[e]->(:Identified {uid: $uid}) WHERE e.idx IS NOT NULL
                RETURN m{.*} AS p, type(e) AS type LIMIT 1000""", Map.of("uid", uid)).stream().forEach(r -> {
                    String from = r.get("p").get(GraphMapping.UID).asString();
                    props.putIfAbsent(from, r.get("p").asMap());
                    refs.computeIfAbsent(from, k -> new HashMap<>()).computeIfAbsent(r.get("type").asString(), k -> new ArrayList<>()).add(uid);
                });
        Map<String, Object> rootProps = props.get(architecture);
        EClass rootClass = rootProps == null ? NdafMetamodel.get().eClass(node.state().type())
                : NdafMetamodel.get().eClass((String) rootProps.get(GraphMapping.TYPE));
        Map<String, StoredNode> around = new LinkedHashMap<>();
        props.forEach((n, p) -> {
            String type = (String) p.get(GraphMapping.TYPE);
            if (type == null || !n.equals(architecture) && !n.startsWith(architecture + "/") || GraphMapping.isRelationship(type)) {
                return;
            }
            Placement placement = p.get(GraphMapping.IDX) == null ? null
                    : new Placement(GraphMapping.containmentOf(rootClass, NdafMetamodel.get().eClass(type)), GraphReads.asLong(p.get(GraphMapping.IDX)));
            Map<String, TreeMap<Long, String>> ordered = new HashMap<>();
            refs.getOrDefault(n, Map.of()).forEach((t, targets) -> ordered.put(t, GraphReads.ordered(targets)));
            around.put(n, GraphReads.stored(GraphReads.state(p, ordered), p, placement));
        });
        Map<String, StoredNode> before = new LinkedHashMap<>(around);
        before.put(uid, node);
        Map<String, StoredNode> after = new LinkedHashMap<>(around);
        after.put(uid, new StoredNode(next, node.version(), node.rev(), node.createdRev(), node.placement()));
        NodeState root = around.containsKey(architecture) ? around.get(architecture).state() : null;
        return WriteChecks.checkEdit(WriteChecks.smallModel(architecture, root, within(before), Map.of()),
                WriteChecks.smallModel(architecture, root, within(after), Map.of()), architecture).warnings();
    }

    /** The objects with their references cut to those among them: the small model holds nothing else. */
    private static Map<String, StoredNode> within(Map<String, StoredNode> objects) {
        Map<String, StoredNode> cut = new LinkedHashMap<>();
        objects.forEach((uid, o) -> {
            Map<String, List<String>> refs = new LinkedHashMap<>();
            o.state().refs().forEach((type, targets) -> refs.put(type, targets.stream().filter(objects::containsKey).toList()));
            cut.put(uid, new StoredNode(new NodeState(uid, o.state().type(), o.state().props(), refs), o.version(), o.rev(), o.createdRev(), o.placement()));
        });
        return cut;
    }

    /**
     * Deletes an element or relationship. Refused, with the list of referrers, while anything other than
     * its architecture and folders refers to it (relationships, diagram nodes, other architectures).
     */
    public void deleteConcept(String architecture, String id, long expectedVersion, WriteRequest request) {
        Transactions.write(driver, tx -> {
                long rev = bumpRevision(tx, architecture);
                Snapshot one = readOne(tx, architecture, id);
                StoredNode node = one.nodes().values().iterator().next();
                String uid = node.state().uid();
                // locked before the referrers are read, so that a write adding a reference to it is seen or sees it gone
                GraphWrites.lock(tx, List.of(uid));
                if (!NdafMetamodel.get().isA(NdafMetamodel.get().eClass(node.state().type()), "Concept")) {
                    throw new RepositoryException(ArchitectureRepository.describe(node.state()) + " is not an element or relationship; only concepts can be deleted one by one");
                }
                checkVersion(tx, architecture, node, expectedVersion);
                List<String> referrers = new ArrayList<>(Referrers.of(tx, List.of(uid), null, List.of("MEMBERS")));
                if (GraphMapping.isRelationship(node.state().type())) {
                    referrers.addAll(relationshipReferrers(tx, List.of(uid), null).stream().filter(r -> !r.contains("Folder ")).toList());
                }
                if (!referrers.isEmpty()) {
                    throw new ReferencedElementException("Cannot delete " + ArchitectureRepository.describe(node.state())
                            + " while these refer to it; remove them first:\n  " + String.join("\n  ", referrers), referrers);
                }
                // folders listing it change too
                Map<String, StoredNode> folders = folderStates(tx, uid);
                Map<String, NodeState> next = new HashMap<>();
                List<ChangeRecord> changes = new ArrayList<>();
                changes.add(new ChangeRecord(node, "deleted", List.of()));
                folders.forEach((folderUid, folder) -> {
                    Map<String, List<String>> refs = new LinkedHashMap<>();
                    folder.state().refs().forEach((type, targets) -> refs.put(type, targets.stream().filter(t -> !t.equals(uid)).toList()));
                    NodeState state = new NodeState(folderUid, folder.state().type(), folder.state().props(), refs);
                    next.put(folderUid, state);
                    changes.add(new ChangeRecord(folder, "updated", folder.state().changedKeys(state)));
                });
                Map<String, StoredNode> all = new HashMap<>(one.nodes());
                all.putAll(folders);
                Set<String> edges = new HashSet<>(one.edges());
                Map<String, String> types = ArchitectureRepository.foreignTypes(tx, architecture, next, Set.of());
                GraphWrites.createRevision(tx, architecture, rev, request, 0, folders.size(), 1);
                GraphWrites.recordChanges(tx, architecture, rev, changes);
                GraphWrites.apply(tx, architecture, new Snapshot(all, Map.of(), edges), next, ModelDiff.of(next.keySet(), Set.of(uid)), rev,
                        types, null, request.progress());
                tx.run("""
                        MATCH (a:Identified {uid: $uid})
                        SET a.elementCount = a.elementCount - $elements, a.relationshipCount = a.relationshipCount - $relationships, a.updatedAt = datetime()""",
                        Map.of("uid", architecture, "elements", GraphMapping.isRelationship(node.state().type()) ? 0 : 1, "relationships",
                                GraphMapping.isRelationship(node.state().type()) ? 1 : 0)).consume();
                return null;
        });
        written(architecture);
    }

    /** The query of {@link #relationshipReferrers}; it reads the text index on {@code _refs} (migration V003). */
    static final String RELATIONSHIP_REFERRERS = """
            UNWIND $uids AS uid
            WITH uid, '"' + uid + '"' AS quoted
            MATCH (m:Identified) WHERE m._refs CONTAINS quoted AND ($arch IS NULL OR split(m.uid, '/')[0] <> $arch)
            RETURN m._type + " '" + coalesce(m.name, m.id) + "' (" + m.uid + ") refers to " + uid AS line
            ORDER BY line LIMIT 100""";

    /**
     * Objects outside {@code excludeArchitecture} (all, when null) whose {@code _refs} point at one of the
     * relationships {@code uids}: diagram connections, folders, relationships on relationships.
     */
    static List<String> relationshipReferrers(TransactionContext tx, List<String> uids, String excludeArchitecture) {
        return tx.run(RELATIONSHIP_REFERRERS, parameters(uids, excludeArchitecture)).list(r -> r.get("line").asString());
    }

    private static Map<String, Object> parameters(List<String> uids, String excludeArchitecture) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("uids", uids);
        parameters.put("arch", excludeArchitecture);
        return parameters;
    }

    /** The folders whose members include {@code uid} (by relationship or in {@code _refs}), with their states. */
    private static Map<String, StoredNode> folderStates(TransactionContext tx, String uid) {
        Map<String, StoredNode> folders = new LinkedHashMap<>();
        List<String> uids = tx.run("""
                MATCH (f:Folder)-[e:MEMBERS]->(n:Identified {uid: $uid}) RETURN f.uid AS uid
                UNION
                MATCH (f:Identified) WHERE f._refs CONTAINS ('"' + $uid + '"') AND f:Folder RETURN f.uid AS uid""", Map.of("uid", uid)).list(r -> r.get("uid").asString());
        for (String folder : uids) {
            folders.put(folder, readByUid(tx, folder));
        }
        return folders;
    }

    static long bumpRevision(TransactionContext tx, String architecture) {
        var rows = tx.run("MATCH (a:Identified {uid: $uid}) SET a.revision = coalesce(a.revision, 0) + 1 RETURN a.revision AS rev",
                Map.of("uid", architecture)).list();
        if (rows.isEmpty()) {
            throw new NotFoundException("No architecture with id " + architecture + " is stored");
        }
        return rows.get(0).get("rev").asLong();
    }

    private static void touch(TransactionContext tx, String architecture) {
        tx.run("MATCH (a:Identified {uid: $uid}) SET a.updatedAt = datetime()", Map.of("uid", architecture)).consume();
    }

    /** One object (node or relationship edge) of an architecture by id, with the types of what it refers to. */
    private static Snapshot readOne(TransactionContext tx, String architecture, String id) {
        var rows = tx.run(ObjectQueries.OBJECT_BY_ID + " RETURN n.uid AS uid", Map.of("arch", architecture, "id", id)).list();
        StoredNode node;
        Set<String> edges = new HashSet<>();
        if (!rows.isEmpty()) {
            node = readByUid(tx, rows.get(0).get("uid").asString());
        } else {
            var edgeRows = tx.run(CypherFiles.get("relationship-edge-by-id"), Map.of("arch", architecture, "id", id)).list();
            if (edgeRows.isEmpty()) {
                throw new NotFoundException("Architecture " + architecture + " has no object with id " + id);
            }
            var r = edgeRows.get(0);
            Map<String, Object> p = r.get("e").asMap();
            Map<String, TreeMap<Long, String>> refs = new HashMap<>();
            if (p.get(GraphMapping.REFS) != null) {
                GraphReads.parseRefs((String) p.get(GraphMapping.REFS)).forEach((type, targets) -> refs.put(type, GraphReads.ordered(targets)));
            }
            refs.put(Physical.SOURCE, GraphReads.ordered(List.of(r.get("source").asString())));
            refs.put(Physical.TARGET, GraphReads.ordered(List.of(r.get("target").asString())));
            node = GraphReads.stored(GraphReads.state(p, refs), p, GraphReads.placementOf(tx, p));
            edges.add(node.state().uid());
        }
        Set<String> targets = new HashSet<>();
        node.state().refs().values().forEach(targets::addAll);
        return new Snapshot(Map.of(node.state().uid(), node), GraphReads.lookup(tx, targets), edges);
    }

    /** A node by uid with its outgoing reference edges and {@code _refs}. */
    static StoredNode readByUid(TransactionContext tx, String uid) {
        var row = tx.run("""
                MATCH (n:Identified {uid: $uid})
                OPTIONAL MATCH (n)-[e]->(m:Identified) WHERE e.idx IS NOT NULL
                WITH n, e, m ORDER BY e.idx
                RETURN n{.*} AS p, collect(CASE WHEN e IS NULL THEN NULL ELSE [type(e), m.uid] END) AS refs""", Map.of("uid", uid)).single();
        Map<String, Object> p = row.get("p").asMap();
        Map<String, TreeMap<Long, String>> refs = new HashMap<>();
        Map<String, Long> counters = new HashMap<>();
        for (var pair : row.get("refs").asList(v -> v.asList(x -> x.asString()))) {
            long next = counters.merge(pair.get(0), 1L, Long::sum) - 1;
            refs.computeIfAbsent(pair.get(0), k -> new TreeMap<>()).put(next, pair.get(1));
        }
        if (p.get(GraphMapping.REFS) != null) {
            GraphReads.parseRefs((String) p.get(GraphMapping.REFS)).forEach((type, targets) -> refs.put(type, GraphReads.ordered(targets)));
        }
        return GraphReads.stored(GraphReads.state(p, refs), p, GraphReads.placementOf(tx, p));
    }

    private static Map<String, String> types(Map<String, ForeignNode> nodes) {
        Map<String, String> types = new HashMap<>();
        nodes.forEach((uid, n) -> types.put(uid, n.type()));
        return types;
    }

    private static void checkVersion(TransactionContext tx, String architecture, StoredNode node, long expectedVersion) {
        if (node.version() != expectedVersion) {
            throw new ConflictException(ArchitectureRepository.describe(node.state()) + " is at version " + node.version() + " (changed in "
                    + GraphReads.describeRevision(tx, architecture, node.rev()) + "), not version " + expectedVersion
                    + " which your change is based on. Nothing was written; reload it and apply your change again.");
        }
    }

    private static EAttribute attribute(EClass eClass, String name) {
        var feature = eClass.getEStructuralFeature(name);
        if (!(feature instanceof EAttribute attribute) || name.equals("id")) {
            List<String> names = GraphMapping.attributes(eClass).stream().map(EAttribute::getName).filter(n -> !n.equals("id")).toList();
            throw new RepositoryException(eClass.getName() + " has no attribute '" + name + "' that can be set; it has: " + String.join(", ", names));
        }
        return attribute;
    }

    private static Object convert(EClass eClass, EAttribute attribute, String value) {
        try {
            if (attribute.isMany()) {
                List<Object> items = new ArrayList<>();
                for (String item : value.split(",")) {
                    if (!item.isBlank()) {
                        items.add(scalar(attribute, item.strip()));
                    }
                }
                return items;
            }
            return scalar(attribute, value);
        } catch (RuntimeException e) {
            String hint = attribute.getEAttributeType() instanceof EEnum eEnum
                    ? "; one of " + String.join(", ", eEnum.getELiterals().stream().map(l -> l.getLiteral()).toList())
                    : "; expected a " + attribute.getEAttributeType().getName();
            throw new RepositoryException("'" + value + "' is not a valid " + eClass.getName() + "." + attribute.getName() + hint);
        }
    }

    private static Object scalar(EAttribute attribute, String value) {
        if (attribute.getEAttributeType() instanceof EEnum eEnum) {
            var literal = eEnum.getEEnumLiteralByLiteral(value);
            if (literal == null) {
                throw new IllegalArgumentException(value);
            }
            return literal.getLiteral();
        }
        Object parsed = EcoreUtil.createFromString(attribute.getEAttributeType(), value);
        return parsed instanceof Number || parsed instanceof Boolean || parsed instanceof String ? parsed : value;
    }
}
