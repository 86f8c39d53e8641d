package vn.ndaf.repository;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;

import vn.ndaf.repository.mapping.GraphMapping;
import vn.ndaf.repository.mapping.GraphUris;

/**
 * Reads that follow the graph from objects to their relationships, ends, neighbours and referrers in other
 * architectures, each for many objects in one statement, so that the API can batch what a request asks for
 * many objects at once. ArchiMate relationships are read in both stored forms (Neo4j relationships, and nodes
 * for those with a relationship at one end; docs/graph-model.md).
 */
public final class TraversalQueries {

    /** Which relationships of an object: those it is the source of, the target of, or both. */
    public enum Direction {
        IN, OUT, BOTH
    }

    /** The Neo4j relationship types ArchiMate relationships are stored as. */
    static final List<String> EDGE_TYPES = List.of("COMPOSITION", "AGGREGATION", "ASSIGNMENT", "REALIZATION", "SERVING", "ACCESS", "INFLUENCE",
            "TRIGGERING", "FLOW", "SPECIALIZATION", "ASSOCIATION");

    /**
     * A relationship with its two ends and the body codes of the architectures the ends belong to (null when
     * an end is not stored as a node, or its architecture has no body).
     */
    public record Related(ObjectRecord relationship, ObjectRecord source, ObjectRecord target, String sourceBody, String targetBody) {
    }

    /** One object's relationships: a page of them in relationship uid order, and how many there are in all. */
    public record RelatedPage(List<Related> items, long totalCount, String nextAfter) {
    }

    /** The body codes of some architectures, and the revision the body registry is at (null when not stored). */
    public record BodyCodes(Map<String, String> codes, Long registryRevision) {
    }

    /**
     * Something in another architecture that refers to an object: a relationship there whose other end is
     * {@code referrer}, or an object there ({@code referrer}, a diagram node, folder, relationship) that points
     * at it through its reference {@code via}.
     */
    public record Usage(String architecture, ObjectRecord referrer, ObjectRecord relationship, String via) {
    }

    /** Who uses an object: each referring architecture (as listed) and each reference, at most the limit asked. */
    public record Usages(List<ArchitectureSummary> architectures, List<Usage> usages, long totalCount) {
    }

    private final Driver driver;

    public TraversalQueries(Driver driver) {
        this.driver = driver;
    }

    private static final String RELATED = """
            UNWIND $uids AS uid
            MATCH (n:Identified {uid: uid})
            CALL (n) {
              MATCH (n)-[e]->(m) WHERE $out AND e.uid IS NOT NULL AND type(e) IN $edgeTypes
              RETURN e{.*, _edge: type(e)} AS rel, n AS s, m AS t
              UNION ALL
              MATCH (n)<-[e]-(m) WHERE $in AND e.uid IS NOT NULL AND type(e) IN $edgeTypes
              RETURN e{.*, _edge: type(e)} AS rel, m AS s, n AS t
              UNION ALL
              MATCH (r:Relationship)-[:SOURCE]->(n) WHERE $out AND r._type IN $types
              OPTIONAL MATCH (r)-[:TARGET]->(m)
              RETURN r{.*} AS rel, n AS s, m AS t
              UNION ALL
              MATCH (r:Relationship)-[:TARGET]->(n) WHERE $in AND r._type IN $types
              OPTIONAL MATCH (r)-[:SOURCE]->(m)
              RETURN r{.*} AS rel, m AS s, n AS t
            }
            WITH DISTINCT uid, rel, s, t
            OPTIONAL MATCH (sr:Identified {uid: split(s.uid, '/')[0]})
            OPTIONAL MATCH (tr:Identified {uid: split(t.uid, '/')[0]})
            WITH uid, rel, s, t, sr.bodyCode AS sb, tr.bodyCode AS tb ORDER BY rel.uid
            WITH uid, collect({rel: rel, s: s{.*}, t: t{.*}, sb: sb, tb: tb}) AS rows
            RETURN uid, size(rows) AS total, [x IN rows WHERE $after IS NULL OR x.rel.uid > $after][..$limit] AS page""";

    /**
     * The relationships of each of the objects {@code uids} (store-wide uids) in one direction, of the
     * relationship classes {@code types} (all when null or empty), in relationship uid order: at most
     * {@code first} after the cursor {@code after} (a relationship uid) for each object. An object that is not
     * stored has an empty page.
     */
    public Map<String, RelatedPage> relationshipsOf(Collection<String> uids, Direction direction, Collection<String> types, int first, String after) {
        if (first < 0 || first > ObjectQueries.MAX_PAGE) {
            throw new RepositoryException("first must be between 0 and " + ObjectQueries.MAX_PAGE + ", not " + first);
        }
        Map<String, Object> params = new HashMap<>(typeParams(types));
        params.put("uids", List.copyOf(new LinkedHashSet<>(uids)));
        params.put("out", direction != Direction.IN);
        params.put("in", direction != Direction.OUT);
        params.put("after", after);
        params.put("limit", first + 1);
        Map<String, RelatedPage> pages = new LinkedHashMap<>();
        Transactions.read(driver, tx -> {
            List<org.neo4j.driver.Record> records = tx.run(RELATED, params).list();
            List<Value> all = new ArrayList<>();
            records.forEach(r -> all.addAll(r.get("page").asList(v -> v)));
            Map<Value, Related> completed = complete(tx, all);
            records.forEach(r -> {
                List<Related> items = new ArrayList<>(r.get("page").asList(completed::get));
                String next = null;
                if (items.size() > first) {
                    items = items.subList(0, first);
                    next = items.isEmpty() ? null : items.get(items.size() - 1).relationship().uid();
                }
                pages.put(r.get("uid").asString(), new RelatedPage(List.copyOf(items), r.get("total").asLong(), next));
            });
            return null;
        });
        for (String uid : uids) {
            pages.putIfAbsent(uid, new RelatedPage(List.of(), 0, null));
        }
        return pages;
    }

    /** The parameters selecting relationship classes: every class when {@code types} is null or empty. */
    private static Map<String, Object> typeParams(Collection<String> types) {
        List<String> classes = new ArrayList<>();
        List<String> edges = new ArrayList<>();
        if (types == null || types.isEmpty()) {
            for (String edge : EDGE_TYPES) {
                edges.add(edge);
                classes.add(GraphMapping.relationshipClassOf(edge));
            }
        } else {
            for (String type : types) {
                classes.add(type);
                edges.add(GraphMapping.relationshipEdgeType(type));
            }
        }
        return Map.of("types", classes, "edgeTypes", edges);
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    /**
     * The relationships of the rows with both ends: an end that is itself a relationship stored as a Neo4j
     * relationship is not a node, so a relationship node keeps it in {@code _refs}; those are read in one more
     * statement, only when there are any.
     */
    private static Map<Value, Related> complete(org.neo4j.driver.TransactionContext tx, List<Value> rows) {
        Map<Value, Related> out = new LinkedHashMap<>();
        Map<Value, String[]> missing = new LinkedHashMap<>();
        Set<String> wanted = new LinkedHashSet<>();
        for (Value row : rows) {
            Related r = related(row);
            out.put(row, r);
            Object refs = row.get("rel").asMap().get(GraphMapping.REFS);
            if ((r.source() == null || r.target() == null) && refs instanceof String json) {
                String[] ends = { null, null };
                try {
                    Map<String, List<String>> parsed = JSON.readValue(json, new com.fasterxml.jackson.core.type.TypeReference<Map<String, List<String>>>() {
                    });
                    if (r.source() == null && parsed.containsKey("SOURCE") && !parsed.get("SOURCE").isEmpty()) {
                        ends[0] = parsed.get("SOURCE").get(0);
                    }
                    if (r.target() == null && parsed.containsKey("TARGET") && !parsed.get("TARGET").isEmpty()) {
                        ends[1] = parsed.get("TARGET").get(0);
                    }
                } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                    throw new IllegalStateException("Stored references are not readable: " + e.getOriginalMessage(), e);
                }
                if (ends[0] != null || ends[1] != null) {
                    missing.put(row, ends);
                    for (String end : ends) {
                        if (end != null) {
                            wanted.add(end);
                        }
                    }
                }
            }
        }
        if (wanted.isEmpty()) {
            return out;
        }
        StringBuilder cypher = new StringBuilder();
        for (String edge : EDGE_TYPES) {
            if (cypher.length() > 0) {
                cypher.append("UNION ALL\n");
            }
            cypher.append("UNWIND $uids AS u MATCH ()-[e:").append(edge).append("]->() WHERE e.uid = u\n")
                    .append("OPTIONAL MATCH (a:Identified {uid: split(u, '/')[0]}) RETURN e{.*, _edge: '").append(edge).append("'} AS rel, a.bodyCode AS body\n");
        }
        Map<String, ObjectRecord> edges = new HashMap<>();
        Map<String, String> bodies = new HashMap<>();
        tx.run(cypher.toString(), Map.of("uids", List.copyOf(wanted))).forEachRemaining(r -> {
            ObjectRecord e = relationshipRecord(r.get("rel").asMap());
            edges.put(e.uid(), e);
            if (!r.get("body").isNull()) {
                bodies.put(e.uid(), r.get("body").asString());
            }
        });
        missing.forEach((row, ends) -> {
            Related r = out.get(row);
            out.put(row, new Related(r.relationship(), r.source() != null ? r.source() : edges.get(ends[0]),
                    r.target() != null ? r.target() : edges.get(ends[1]), r.source() != null ? r.sourceBody() : bodies.get(ends[0]),
                    r.target() != null ? r.targetBody() : bodies.get(ends[1])));
        });
        return out;
    }

    private static Related related(Value row) {
        ObjectRecord rel = relationshipRecord(row.get("rel").asMap());
        return new Related(rel, nodeRecord(row.get("s")), nodeRecord(row.get("t")), row.get("sb").asString(null), row.get("tb").asString(null));
    }

    private static ObjectRecord nodeRecord(Value v) {
        return v.isNull() ? null : ObjectQueries.record(v.asMap());
    }

    /** A relationship's record from either stored form: an edge's properties carry its Neo4j type as {@code _edge}. */
    static ObjectRecord relationshipRecord(Map<String, Object> props) {
        Map<String, Object> p = new HashMap<>(props);
        Object edge = p.remove("_edge");
        if (edge != null) {
            String uid = (String) p.get(GraphMapping.UID);
            p.put(GraphMapping.TYPE, GraphMapping.relationshipClassOf((String) edge));
            p.put("id", uid.substring(uid.indexOf('/') + 1));
        }
        return ObjectQueries.record(p);
    }

    /**
     * The ends of the relationships {@code relationships} (uid to class name, e.g. ServingRelationship), with the
     * body codes of the ends' architectures; a relationship not stored is missing from the answer.
     */
    public Map<String, Related> endsOf(Map<String, String> relationships) {
        Map<String, List<String>> byEdge = new HashMap<>();
        List<String> nodes = new ArrayList<>();
        relationships.forEach((uid, type) -> {
            String edge = GraphMapping.relationshipEdgeType(type);
            if (EDGE_TYPES.contains(edge)) {
                byEdge.computeIfAbsent(edge, k -> new ArrayList<>()).add(uid);
            }
            nodes.add(uid); // a relationship of any class may be stored as a node (a relationship at one end)
        });
        StringBuilder cypher = new StringBuilder("CALL {\n");
        Map<String, Object> params = new HashMap<>();
        for (String edge : EDGE_TYPES) {
            // one branch per type, so that each seeks that type's index on uid
            String param = "u_" + edge.toLowerCase(Locale.ROOT);
            params.put(param, byEdge.getOrDefault(edge, List.of()));
            cypher.append("  UNWIND $").append(param).append(" AS u MATCH (s)-[e:").append(edge).append("]->(t) WHERE e.uid = u\n")
                    .append("  RETURN e{.*, _edge: '").append(edge).append("'} AS rel, s, t\n  UNION ALL\n");
        }
        params.put("nodes", nodes);
        cypher.append("""
                  UNWIND $nodes AS u MATCH (r:Relationship {uid: u})
                  OPTIONAL MATCH (r)-[:SOURCE]->(s) OPTIONAL MATCH (r)-[:TARGET]->(t)
                  RETURN r{.*} AS rel, s, t
                }
                OPTIONAL MATCH (sr:Identified {uid: split(s.uid, '/')[0]})
                OPTIONAL MATCH (tr:Identified {uid: split(t.uid, '/')[0]})
                RETURN {rel: rel, s: s{.*}, t: t{.*}, sb: sr.bodyCode, tb: tr.bodyCode} AS row""");
        Map<String, Related> ends = new HashMap<>();
        if (relationships.isEmpty()) {
            return ends;
        }
        Transactions.read(driver, tx -> {
            List<Value> rows = tx.run(cypher.toString(), params).list(r -> r.get("row"));
            complete(tx, rows).values().forEach(related -> ends.put(related.relationship().uid(), related));
            return null;
        });
        return ends;
    }

    /** The objects with these store-wide uids (architecture roots, objects stored as nodes), by uid; those not stored are missing. */
    public Map<String, ObjectRecord> objects(Collection<String> uids) {
        Map<String, ObjectRecord> found = new HashMap<>();
        if (uids.isEmpty()) {
            return found;
        }
        Transactions.read(driver, tx -> {
            tx.run("UNWIND $uids AS u MATCH (n:Identified {uid: u}) RETURN n{.*} AS p", Map.of("uids", List.copyOf(new LinkedHashSet<>(uids))))
                    .forEachRemaining(r -> {
                        ObjectRecord o = ObjectQueries.record(r.get("p").asMap());
                        found.put(o.uid(), o);
                    });
            return null;
        });
        return found;
    }

    /**
     * The body code of each of the architectures {@code architectures} (absent when it has none or is not
     * stored) and, in the same read, the revision the body registry {@code registry} is at.
     */
    public BodyCodes bodyCodes(Collection<String> architectures, String registry) {
        Map<String, String> codes = new HashMap<>();
        Map<String, Object> params = new HashMap<>();
        params.put("archs", List.copyOf(new LinkedHashSet<>(architectures)));
        params.put("registry", registry);
        Long revision = Transactions.read(driver, tx -> {
            Long[] rev = {null};
            tx.run("""
                    OPTIONAL MATCH (g:Identified {uid: $registry})
                    WITH g.revision AS registryRevision
                    UNWIND (CASE WHEN size($archs) = 0 THEN [null] ELSE $archs END) AS a
                    OPTIONAL MATCH (r:Identified {uid: a})
                    RETURN registryRevision, a, r.bodyCode AS code""", params).forEachRemaining(r -> {
                rev[0] = r.get("registryRevision").isNull() ? null : r.get("registryRevision").asLong();
                if (!r.get("a").isNull() && !r.get("code").isNull()) {
                    codes.put(r.get("a").asString(), r.get("code").asString());
                }
            });
            return rev[0];
        });
        return new BodyCodes(codes, revision);
    }

    /**
     * What other architectures hold that refers to the object {@code uid}: their ArchiMate relationships that
     * end at it (in either stored form), their diagram nodes that show it, folders that file it, and every other
     * reference; ordered by architecture and referrer, at most {@code limit}, with every referring architecture.
     * An object that is not stored is used by nothing.
     */
    public Usages usedBy(String uid, int limit) {
        if (limit < 0 || limit > ObjectQueries.MAX_PAGE) {
            throw new RepositoryException("first must be between 0 and " + ObjectQueries.MAX_PAGE + ", not " + limit);
        }
        String own = GraphUris.rootUidOfUid(uid);
        Map<String, Object> params = Map.of("uid", uid, "arch", own, "edgeTypes", EDGE_TYPES, "limit", limit);
        return Transactions.read(driver, tx -> {
            List<Map<String, Object>> rows = tx.run("""
                    MATCH (n:Identified {uid: $uid})
                    CALL (n) {
                      MATCH (n)-[e]-(m) WHERE e.uid IS NOT NULL AND type(e) IN $edgeTypes AND NOT e.uid STARTS WITH $arch + '/'
                      RETURN split(e.uid, '/')[0] AS arch, m AS referrer, e{.*, _edge: type(e)} AS rel, type(e) AS via
                      UNION ALL
                      MATCH (m)-[e]->(n) WHERE e.uid IS NULL AND m.uid IS NOT NULL AND split(m.uid, '/')[0] <> $arch
                      RETURN split(m.uid, '/')[0] AS arch, m AS referrer, null AS rel, type(e) AS via
                    }
                    WITH arch, referrer, rel, via ORDER BY arch, referrer.uid, rel.uid
                    WITH collect({arch: arch, referrer: referrer{.*}, rel: rel, via: via}) AS rows
                    UNWIND (CASE WHEN size(rows) = 0 THEN [null] ELSE rows END) AS row
                    WITH rows, row, size(rows) AS total
                    OPTIONAL MATCH (a:Identified {uid: row.arch})
                    RETURN total, row, a{.*} AS root""", params).list(r -> {
                Map<String, Object> m = new HashMap<>();
                m.put("total", r.get("total").asLong());
                m.put("row", r.get("row").isNull() ? null : r.get("row").asMap());
                m.put("root", r.get("root").isNull() ? null : r.get("root").asMap());
                return m;
            });
            Map<String, ArchitectureSummary> archs = new LinkedHashMap<>();
            List<Usage> usages = new ArrayList<>();
            long total = 0;
            for (Map<String, Object> m : rows) {
                total = (Long) m.get("total");
                @SuppressWarnings("unchecked")
                Map<String, Object> row = (Map<String, Object>) m.get("row");
                if (row == null) {
                    continue;
                }
                @SuppressWarnings("unchecked")
                Map<String, Object> root = (Map<String, Object>) m.get("root");
                String arch = (String) row.get("arch");
                if (root != null) {
                    archs.putIfAbsent(arch, ArchitectureRepository.summary(root));
                }
                if (usages.size() < limit) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> rel = (Map<String, Object>) row.get("rel");
                    @SuppressWarnings("unchecked")
                    Map<String, Object> referrer = (Map<String, Object>) row.get("referrer");
                    ObjectRecord relationship = rel == null ? null : relationshipRecord(rel);
                    String via = rel == null ? feature((String) row.get("via")) : relationship.type();
                    usages.add(new Usage(arch, ObjectQueries.record(referrer), relationship, via));
                }
            }
            return new Usages(List.copyOf(archs.values()), List.copyOf(usages), total);
        });
    }

    /** A reference's name as the metamodel spells it: ELEMENT -> element, VIEW_REFS -> viewRefs. */
    static String feature(String edgeType) {
        StringBuilder name = new StringBuilder();
        for (String part : edgeType.toLowerCase(Locale.ROOT).split("_")) {
            name.append(name.length() == 0 ? part : Character.toUpperCase(part.charAt(0)) + part.substring(1));
        }
        return name.toString();
    }

    /** The uids of a set of objects' architectures. */
    public static Set<String> architecturesOf(Collection<String> uids) {
        Set<String> archs = new LinkedHashSet<>();
        uids.forEach(u -> archs.add(GraphUris.rootUidOfUid(u)));
        return archs;
    }
}
