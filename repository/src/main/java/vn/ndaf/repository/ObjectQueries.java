package vn.ndaf.repository;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.neo4j.driver.Driver;
import org.neo4j.driver.TransactionContext;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.ndaf.metamodel.NdafMetamodel;
import vn.ndaf.repository.mapping.GraphMapping;
import vn.ndaf.repository.mapping.GraphUris;

/** Reads of single objects and pages of objects, without loading whole architectures. */
public final class ObjectQueries {

    /** Largest page the API hands out at once. */
    public static final int MAX_PAGE = 1000;

    /**
     * The node of architecture {@code $arch} with id {@code $id}, as {@code n}: an object's uid is
     * {@code <architecture>/<id>}, the root's is the architecture's own, so both are unique-index seeks. The
     * root answers to the architecture's id as well as to its model's id (which an import keeps).
     */
    static final String OBJECT_BY_ID = "MATCH (n:Identified) WHERE n.uid IN [$arch + '/' + $id, $arch] AND (n.id = $id OR n.uid = $id)";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> NOT_ATTRIBUTES = Set.of("id", "name", "documentation");

    private final Driver driver;

    public ObjectQueries(Driver driver) {
        this.driver = driver;
    }

    public Optional<ObjectRecord> find(String architecture, String id) {
        return Transactions.read(driver, tx -> {
            var rows = tx.run(OBJECT_BY_ID + " RETURN n{.*} AS p", Map.of("arch", architecture, "id", id)).list();
            if (rows.isEmpty()) {
                rows = tx.run(CypherFiles.get("relationship-edge-by-id"), Map.of("arch", architecture, "id", id)).list();
                return rows.isEmpty() ? Optional.<ObjectRecord>empty() : Optional.of(record(rows.get(0).get("e").asMap()));
            }
            return Optional.of(record(rows.get(0).get("p").asMap()));
        });
    }

    /** The object with this store-wide uid (an architecture's uid is its id), if stored. */
    public Optional<ObjectRecord> findByUid(String uid) {
        return Transactions.read(driver, tx -> {
            var rows = tx.run("MATCH (n:Identified {uid: $uid}) RETURN n{.*} AS p", Map.of("uid", uid)).list();
            return rows.isEmpty() ? Optional.<ObjectRecord>empty() : Optional.of(record(rows.get(0).get("p").asMap()));
        });
    }

    /**
     * Objects of one architecture of the given class or its subclasses (e.g. Element, Relationship, View, Database), optionally
     * whose name contains {@code nameContains} (case-insensitive), ordered by id, {@code first} after the
     * cursor {@code after}.
     */
    public ObjectPage page(String architecture, String label, String nameContains, int first, String after) {
        if (first < 0 || first > MAX_PAGE) {
            throw new RepositoryException("first must be between 0 and " + MAX_PAGE + ", not " + first);
        }
        Map<String, Object> params = new HashMap<>();
        params.put("arch", architecture);
        params.put("name", nameContains == null ? null : nameContains.toLowerCase(java.util.Locale.ROOT));
        params.put("after", after);
        params.put("first", first);
        EClass eClass = NdafMetamodel.get().findEClass(label);
        if (eClass != null && NdafMetamodel.get().isA(eClass, "Relationship")) {
            return relationships(params, eClass, first);
        }
        // by type rather than label: only some abstract classes are labels (GraphMapping.labels)
        params.put("types", concreteTypes(eClass));
        return Transactions.read(driver, tx -> {
            long total = tx.run("""
                    MATCH (n:Identified) WHERE n.uid STARTS WITH $arch + '/'
                    AND n._type IN $types AND ($name IS NULL OR toLower(n.name) CONTAINS $name)
                    RETURN count(n) AS total""", params).single().get("total").asLong();
            List<ObjectRecord> items = tx.run("""
                    MATCH (n:Identified) WHERE n.uid STARTS WITH $arch + '/'
                    AND n._type IN $types AND ($name IS NULL OR toLower(n.name) CONTAINS $name) AND ($after IS NULL OR n.id > $after)
                    RETURN n{.*} AS p ORDER BY n.id LIMIT $first + 1""", params).list(r -> record(r.get("p").asMap()));
            return page(items, total, first);
        });
    }

    /** The concrete classes that are {@code eClass} or a subclass of it; none for an unknown class. */
    private static List<String> concreteTypes(EClass eClass) {
        if (eClass == null) {
            return List.of();
        }
        return NdafMetamodel.get().eClasses().stream().filter(c -> !c.isAbstract() && (c == eClass || eClass.isSuperTypeOf(c))).map(EClass::getName).toList();
    }

    /** Relationships are paged over both stored forms (Neo4j relationships and nodes). */
    private ObjectPage relationships(Map<String, Object> params, EClass eClass, int first) {
        List<String> types = eClass.getName().equals("Relationship") ? null : concreteTypes(eClass);
        Map<String, Object> p = new HashMap<>(params);
        p.put("types", types);
        p.put("limit", first + 1);
        return Transactions.read(driver, tx -> {
            long total = tx.run(CypherFiles.get("relationships-count"), p).single().get("total").asLong();
            List<ObjectRecord> items = tx.run(CypherFiles.get("relationships-page"), p).list(r -> record(r.get("p").asMap()));
            return page(items, total, first);
        });
    }

    private static ObjectPage page(List<ObjectRecord> items, long total, int first) {
        String next = null;
        if (items.size() > first) {
            items = items.subList(0, first);
            next = items.isEmpty() ? null : items.get(items.size() - 1).id();
        }
        return new ObjectPage(List.copyOf(items), total, next);
    }

    /**
     * Objects whose name or documentation matches {@code text} (every word, accents ignored: "ha noi" finds
     * "Hà Nội"), best first, optionally only in one architecture or of one body's architectures.
     */
    public List<ObjectRecord> search(String text, String architecture, String bodyCode, int first) {
        if (first < 1 || first > MAX_PAGE) {
            throw new RepositoryException("first must be between 1 and " + MAX_PAGE + ", not " + first);
        }
        String query = luceneQuery(text);
        if (query.isEmpty()) {
            throw new RepositoryException("Search for at least one word");
        }
        Map<String, Object> params = new HashMap<>();
        params.put("q", query);
        params.put("arch", architecture);
        params.put("body", bodyCode);
        params.put("first", first);
        // the full-text index is eventually consistent (migration V005): wait for what is already committed
        Transactions.read(driver, tx -> tx.run("CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()").consume());
        return Transactions.read(driver, tx -> tx.run("""
                CALL db.index.fulltext.queryNodes('concept_text', $q) YIELD node, score
                WHERE ($arch IS NULL OR split(node.uid, '/')[0] = $arch)
                OPTIONAL MATCH (a:Architecture {uid: split(node.uid, '/')[0]})
                WITH node, score, a WHERE $body IS NULL OR a.bodyCode = $body
                RETURN node{.*} AS p ORDER BY score DESC LIMIT $first""", params).list(r -> record(r.get("p").asMap())));
    }

    /**
     * Each word of the user's text as a required quoted term, so that nothing the user types is query syntax:
     * OR, AND, NOT, quotes, dashes, wildcards, brackets are words or punctuation, never operators. Inside the
     * quotes only the backslash and the quote are special, and both are escaped.
     */
    static String luceneQuery(String text) {
        StringBuilder query = new StringBuilder();
        for (String word : (text == null ? "" : text).strip().split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            StringBuilder quoted = new StringBuilder("\"");
            for (char c : word.toCharArray()) {
                if (c == '\\' || c == '"') {
                    quoted.append('\\');
                }
                quoted.append(c);
            }
            query.append(query.length() == 0 ? "" : " AND ").append(quoted).append('"');
        }
        return query.toString();
    }

    static ObjectRecord record(TransactionContext tx, String architecture, String id) {
        var rows = tx.run(OBJECT_BY_ID + " RETURN n{.*} AS p", Map.of("arch", architecture, "id", id)).list();
        if (rows.isEmpty()) {
            return record(tx.run(CypherFiles.get("relationship-edge-by-id"), Map.of("arch", architecture, "id", id)).single().get("e").asMap());
        }
        return record(rows.get(0).get("p").asMap());
    }

    static ObjectRecord record(Map<String, Object> p) {
        String type = (String) p.get(GraphMapping.TYPE);
        EClass eClass = NdafMetamodel.get().eClass(type);
        Map<String, Object> attributes = new TreeMap<>();
        for (EAttribute attribute : GraphMapping.attributes(eClass)) {
            Object value = p.get(attribute.getName());
            if (value != null && !NOT_ATTRIBUTES.contains(attribute.getName())) {
                attributes.put(attribute.getName(), value);
            }
        }
        String uid = (String) p.get(GraphMapping.UID);
        return new ObjectRecord(uid, GraphUris.rootUidOfUid(uid), (String) p.get("id"), type,
                (String) p.get("name"), (String) p.get("documentation"), GraphReads.bookkeeping(p.get(GraphMapping.VERSION)),
                GraphReads.bookkeeping(p.get(GraphMapping.REV)), attributes, userProperties((String) p.get("properties")));
    }

    private static List<ObjectRecord.UserProperty> userProperties(String json) {
        if (json == null) {
            return List.of();
        }
        try {
            List<Map<String, Object>> items = JSON.readValue(json, new TypeReference<List<Map<String, Object>>>() {
            });
            return items.stream().map(i -> new ObjectRecord.UserProperty((String) i.get("key"), (String) i.get("value"))).toList();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored properties are not readable: " + e.getOriginalMessage(), e);
        }
    }
}
