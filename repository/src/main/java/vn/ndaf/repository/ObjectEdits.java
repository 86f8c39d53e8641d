package vn.ndaf.repository;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionContext;

import vn.ndaf.metamodel.NdafMetamodel;
import vn.ndaf.repository.GraphWrites.ChangeRecord;
import vn.ndaf.repository.mapping.GraphMapping;
import vn.ndaf.repository.mapping.NodeState;

/**
 * Edits of single objects without loading their architecture: set attributes, delete a concept. Each is
 * one revision, checked against the version the editor saw.
 */
public final class ObjectEdits {

    private final Driver driver;

    public ObjectEdits(Driver driver) {
        this.driver = driver;
    }

    /**
     * Sets attributes of object {@code id} of architecture {@code architecture}; {@code values} gives each
     * attribute's new value in EMF's string form (enum literals, numbers, true/false, comma-separated lists
     * for many-valued attributes), null to unset. Fails with a {@link ConflictException} when the object's
     * version is not {@code expectedVersion}.
     */
    public ObjectRecord setAttributes(String architecture, String id, long expectedVersion, Map<String, String> values, WriteRequest request) {
        try (Session session = driver.session()) {
            return session.executeWrite(tx -> {
                long rev = bumpRevision(tx, architecture);
                StoredNode node = readNode(tx, architecture, id);
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
                GraphWrites.createRevision(tx, architecture, rev, request, 0, 1, 0);
                GraphWrites.recordChanges(tx, architecture, rev, List.of(new ChangeRecord(node, "updated", changed)));
                GraphWrites.updateNodes(tx, architecture, List.of(next), Map.of(next.uid(), node), rev);
                tx.run("MATCH (a:Identified {uid: $uid}) SET a.updatedAt = datetime()", Map.of("uid", architecture)).consume();
                return ObjectQueries.record(tx, architecture, id);
            });
        }
    }

    /**
     * Deletes an element or relationship. Refused, with the list of referrers, while anything other than
     * its architecture and folders refers to it (relationships, diagram nodes, other architectures).
     */
    public void deleteConcept(String architecture, String id, long expectedVersion, WriteRequest request) {
        try (Session session = driver.session()) {
            session.executeWrite(tx -> {
                long rev = bumpRevision(tx, architecture);
                StoredNode node = readNode(tx, architecture, id);
                if (!NdafMetamodel.get().isA(NdafMetamodel.get().eClass(node.state().type()), "Concept")) {
                    throw new RepositoryException(ArchitectureRepository.describe(node.state()) + " is not an element or relationship; only concepts can be deleted one by one");
                }
                checkVersion(tx, architecture, node, expectedVersion);
                List<String> referrers = tx.run("""
                        MATCH (m:Identified)-[e]->(n:Identified {uid: $uid})
                        WHERE e.idx IS NOT NULL AND NOT type(e) IN ['ELEMENTS', 'RELATIONSHIPS', 'MEMBERS']
                        RETURN m._type + " '" + coalesce(m.name, m.id) + "' (" + m.uid + ") -" + type(e) + "->" AS line
                        ORDER BY line LIMIT 100""", Map.of("uid", node.state().uid())).list(r -> r.get("line").asString());
                if (!referrers.isEmpty()) {
                    throw new ReferencedElementException("Cannot delete " + ArchitectureRepository.describe(node.state())
                            + " while these refer to it; remove them first:\n  " + String.join("\n  ", referrers), referrers);
                }
                List<ChangeRecord> changes = new ArrayList<>();
                changes.add(new ChangeRecord(node, "deleted", List.of()));
                // the architecture and folders listing it change too: record their state before
                Map<String, StoredNode> owners = new HashMap<>();
                tx.run("""
                        MATCH (m:Identified)-[e]->(n:Identified {uid: $uid})
                        WHERE type(e) IN ['ELEMENTS', 'RELATIONSHIPS', 'MEMBERS']
                        RETURN DISTINCT m.uid AS uid""", Map.of("uid", node.state().uid())).list(r -> r.get("uid").asString())
                        .forEach(uid -> owners.put(uid, readByUid(tx, uid)));
                owners.values().forEach(owner -> changes.add(new ChangeRecord(owner, "updated", List.of("membership"))));
                GraphWrites.createRevision(tx, architecture, rev, request, 0, owners.size(), 1);
                GraphWrites.recordChanges(tx, architecture, rev, changes);
                GraphWrites.deleteNodes(tx, List.of(node.state().uid()));
                reindex(tx, owners.keySet());
                tx.run("""
                        MATCH (a:Identified {uid: $uid})
                        SET a.updatedAt = datetime(),
                            a.elementCount = COUNT { MATCH (a)-[:ELEMENTS]->() },
                            a.relationshipCount = COUNT { MATCH (a)-[:RELATIONSHIPS]->() }""", Map.of("uid", architecture)).consume();
                tx.run("UNWIND $uids AS uid MATCH (n:Identified {uid: uid}) SET n._version = n._version + 1, n._rev = $rev",
                        Map.of("uids", List.copyOf(owners.keySet()), "rev", rev)).consume();
                return null;
            });
        }
    }

    /** After a delete, renumber the ordered relationships of the owners so indexes stay 0..n-1. */
    private static void reindex(TransactionContext tx, java.util.Collection<String> owners) {
        tx.run("""
                UNWIND $uids AS uid
                MATCH (m:Identified {uid: uid})-[e]->()
                WHERE type(e) IN ['ELEMENTS', 'RELATIONSHIPS', 'MEMBERS']
                WITH type(e) AS t, m, e ORDER BY e.idx
                WITH m, t, collect(e) AS edges
                UNWIND range(0, size(edges) - 1) AS i
                WITH edges[i] AS e, i
                SET e.idx = i""", Map.of("uids", List.copyOf(owners))).consume();
    }

    static long bumpRevision(TransactionContext tx, String architecture) {
        var rows = tx.run("MATCH (a:Architecture {uid: $uid}) SET a.revision = coalesce(a.revision, 0) + 1 RETURN a.revision AS rev",
                Map.of("uid", architecture)).list();
        if (rows.isEmpty()) {
            throw new NotFoundException("No architecture with id " + architecture + " is stored");
        }
        return rows.get(0).get("rev").asLong();
    }

    private static StoredNode readNode(TransactionContext tx, String architecture, String id) {
        var rows = tx.run("MATCH (n:Identified {arch: $arch, id: $id}) RETURN n.uid AS uid", Map.of("arch", architecture, "id", id)).list();
        if (rows.isEmpty()) {
            throw new NotFoundException("Architecture " + architecture + " has no object with id " + id);
        }
        return readByUid(tx, rows.get(0).get("uid").asString());
    }

    static StoredNode readByUid(TransactionContext tx, String uid) {
        var row = tx.run("""
                MATCH (n:Identified {uid: $uid})
                OPTIONAL MATCH (n)-[e]->(m:Identified) WHERE e.idx IS NOT NULL
                WITH n, e, m ORDER BY e.idx
                RETURN n{.*} AS p, collect(CASE WHEN e IS NULL THEN NULL ELSE [type(e), m.uid] END) AS refs""", Map.of("uid", uid)).single();
        Map<String, Object> p = row.get("p").asMap();
        Map<String, java.util.TreeMap<Long, String>> refs = new HashMap<>();
        Map<String, Long> counters = new HashMap<>();
        for (var pair : row.get("refs").asList(v -> v.asList(x -> x.asString()))) {
            long next = counters.merge(pair.get(0), 1L, Long::sum) - 1;
            refs.computeIfAbsent(pair.get(0), k -> new java.util.TreeMap<>()).put(next, pair.get(1));
        }
        NodeState state = GraphReads.state(p, refs);
        return new StoredNode(state, GraphReads.asLong(p.get(GraphMapping.VERSION)), GraphReads.asLong(p.get(GraphMapping.REV)),
                GraphReads.asLong(p.get(GraphMapping.CREATED_REV)));
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
