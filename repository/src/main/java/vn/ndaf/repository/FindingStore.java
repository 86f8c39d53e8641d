package vn.ndaf.repository;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;

/**
 * The analysis's findings as the store keeps them: per architecture, one {@code :Finding} node per finding
 * ({@code arch, rule, severity, body, id, name, message}) and one {@code :FindingSummary} with the
 * architecture's readiness figures; replaced as a whole for an architecture, read with filters and
 * counted nation-wide. The analysis computes them; this class only stores and reads.
 */
public final class FindingStore {

    /** Which findings: null or empty lists select everything. */
    public record Filter(List<String> architectures, List<String> bodies, List<String> rules, List<String> severities) {

        public static Filter all() {
            return new Filter(null, null, null, null);
        }

        Map<String, Object> params() {
            Map<String, Object> p = new HashMap<>();
            p.put("architectures", empty(architectures));
            p.put("bodies", empty(bodies));
            p.put("rules", empty(rules));
            p.put("severities", empty(severities));
            return p;
        }

        private static List<String> empty(List<String> l) {
            return l == null || l.isEmpty() ? null : l;
        }
    }

    /** A page of findings (each as a map of its properties) and how many the filter selects in all. */
    public record Page(List<Map<String, Object>> rows, long totalCount) {
    }

    private static final String WHERE = """
            WHERE ($architectures IS NULL OR f.arch IN $architectures)
              AND ($bodies IS NULL OR f.body IN $bodies)
              AND ($rules IS NULL OR f.rule IN $rules)
              AND ($severities IS NULL OR f.severity IN $severities)
            """;

    private final Driver driver;
    private volatile Runnable beforeRead = () -> {
    };

    public FindingStore(Driver driver) {
        this.driver = driver;
    }

    /**
     * Runs {@code barrier} before each read of findings or summaries: the analysis refreshing findings off the
     * writes' path makes readers wait there for the refreshes of writes committed before the read.
     */
    public void beforeEachRead(Runnable barrier) {
        this.beforeRead = barrier;
    }

    /** The properties that make two stored findings the same finding. */
    private static final List<String> KEY = List.of("rule", "severity", "body", "id", "name", "message");

    /**
     * Replaces the stored findings and summary of one architecture in one transaction. Each finding is a map
     * with the keys rule, severity, body, id, name, message; the summary's values are stored as they are.
     * Only the difference is written: a finding already stored keeps its node (its position {@code idx}
     * updated where it moved), those no longer found are deleted and new ones created, so that re-checking
     * an architecture after a small edit writes a few nodes instead of all of its findings.
     */
    public void replace(String architecture, List<Map<String, Object>> findings, Map<String, Object> summary) {
        Transactions.write(driver, tx -> {
            Map<List<Object>, java.util.ArrayDeque<long[]>> stored = new HashMap<>();
            List<String> storedIds = new java.util.ArrayList<>();
            tx.run("""
                    MATCH (f:Finding {arch: $arch})
                    RETURN elementId(f) AS node, f.idx AS idx, f.rule AS rule, f.severity AS severity, f.body AS body, f.id AS id, f.name AS name,
                           f.message AS message""", Map.of("arch", architecture)).stream().forEach(r -> {
                storedIds.add(r.get("node").asString());
                List<Object> key = new java.util.ArrayList<>(KEY.size());
                for (String k : KEY) {
                    key.add(r.get(k).asObject());
                }
                stored.computeIfAbsent(key, x -> new java.util.ArrayDeque<>()).add(new long[] { storedIds.size() - 1, r.get("idx").asLong(-1) });
            });
            List<Map<String, Object>> create = new java.util.ArrayList<>();
            List<Map<String, Object>> move = new java.util.ArrayList<>();
            java.util.BitSet kept = new java.util.BitSet(storedIds.size());
            for (int i = 0; i < findings.size(); i++) {
                Map<String, Object> f = findings.get(i);
                List<Object> key = new java.util.ArrayList<>(KEY.size());
                for (String k : KEY) {
                    key.add(f.get(k));
                }
                var same = stored.get(key);
                long[] match = same == null ? null : same.poll();
                if (match == null) {
                    Map<String, Object> row = new HashMap<>(f);
                    row.put("idx", i);
                    create.add(row);
                } else {
                    kept.set((int) match[0]);
                    if (match[1] != i) {
                        move.add(Map.of("node", storedIds.get((int) match[0]), "idx", i));
                    }
                }
            }
            List<String> delete = new java.util.ArrayList<>();
            for (int i = 0; i < storedIds.size(); i++) {
                if (!kept.get(i)) {
                    delete.add(storedIds.get(i));
                }
            }
            if (!delete.isEmpty()) {
                tx.run("UNWIND $nodes AS node MATCH (f:Finding) WHERE elementId(f) = node DETACH DELETE f", Map.of("nodes", delete)).consume();
            }
            if (!move.isEmpty()) {
                tx.run("UNWIND $rows AS row MATCH (f:Finding) WHERE elementId(f) = row.node SET f.idx = row.idx", Map.of("rows", move)).consume();
            }
            if (!create.isEmpty()) {
                Map<String, Object> params = new HashMap<>();
                params.put("arch", architecture);
                params.put("rows", create);
                tx.run("""
                        UNWIND $rows AS f
                        CREATE (:Finding {arch: $arch, idx: f.idx, rule: f.rule, severity: f.severity, body: f.body, id: f.id, name: f.name, message: f.message})""",
                        params).consume();
            }
            Map<String, Object> params = new HashMap<>();
            params.put("arch", architecture);
            params.put("summary", summary);
            tx.run("MERGE (s:FindingSummary {arch: $arch}) SET s = $summary, s.arch = $arch, s.checkedAt = datetime()", params).consume();
            return null;
        });
    }

    /** Removes what is stored for an architecture (it was deleted). */
    public void remove(String architecture) {
        Transactions.write(driver, tx -> tx.run("MATCH (n) WHERE (n:Finding OR n:FindingSummary) AND n.arch = $arch DETACH DELETE n",
                Map.of("arch", architecture)).consume());
    }

    /** The findings the filter selects, ordered by architecture and position, {@code limit} of them from {@code offset}. */
    public Page page(Filter filter, long offset, int limit) {
        beforeRead.run();
        Map<String, Object> params = filter.params();
        params.put("offset", offset);
        params.put("limit", limit);
        try (Session session = driver.session()) {
            return session.executeRead(tx -> {
                long total = tx.run("MATCH (f:Finding) " + WHERE + " RETURN count(f) AS n", params).single().get("n").asLong();
                List<Map<String, Object>> rows = tx.run("MATCH (f:Finding) " + WHERE + " RETURN f{.*} AS f ORDER BY f.arch, f.idx SKIP $offset LIMIT $limit",
                        params).list(r -> r.get("f").asMap());
                return new Page(rows, total);
            });
        }
    }

    /**
     * Counts of the selected findings per rule and severity, by the tier, kind and province of their body
     * (a province counts as its own province, a commune as its parent's; central bodies have none).
     */
    public List<Map<String, Object>> counts(Filter filter) {
        beforeRead.run();
        Map<String, Object> params = filter.params();
        try (Session session = driver.session()) {
            return session.executeRead(tx -> tx.run("MATCH (f:Finding) " + WHERE + """
                    OPTIONAL MATCH (b:Body {code: f.body})
                    OPTIONAL MATCH (b)-[:PARENT]->(p:Body)
                    WITH f, b, CASE coalesce(b.tier, 'central') WHEN 'province' THEN b.code WHEN 'commune' THEN p.code ELSE null END AS province
                    RETURN f.rule AS rule, f.severity AS severity, CASE WHEN b IS NULL THEN null ELSE coalesce(b.tier, 'central') END AS tier,
                           CASE WHEN b IS NULL THEN null ELSE coalesce(b.kind, 'party') END AS kind, province, count(f) AS count
                    ORDER BY rule, severity, tier, kind, province""", params).list(r -> plain(r.asMap())));
        }
    }

    /** The stored summaries (readiness figures) of the selected bodies' architectures (all when {@code bodies} is null or empty). */
    public List<Map<String, Object>> summaries(List<String> bodies) {
        beforeRead.run();
        Map<String, Object> params = new HashMap<>();
        params.put("bodies", bodies == null || bodies.isEmpty() ? null : bodies);
        try (Session session = driver.session()) {
            return session.executeRead(tx -> tx.run("""
                    MATCH (s:FindingSummary)
                    WHERE $bodies IS NULL OR s.body IN $bodies
                    RETURN s{.*} AS s ORDER BY s.body, s.arch""", params).list(r -> {
                Map<String, Object> m = new LinkedHashMap<>(r.get("s").asMap());
                m.remove("checkedAt");
                return m;
            }));
        }
    }

    private static Map<String, Object> plain(Map<String, Object> m) {
        Map<String, Object> out = new LinkedHashMap<>();
        m.forEach((k, v) -> out.put(k, v instanceof Value val ? val.asObject() : v));
        return out;
    }

}
