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

    public FindingStore(Driver driver) {
        this.driver = driver;
    }

    /**
     * Replaces the stored findings and summary of one architecture in one transaction. Each finding is a map
     * with the keys rule, severity, body, id, name, message; the summary's values are stored as they are.
     */
    public void replace(String architecture, List<Map<String, Object>> findings, Map<String, Object> summary) {
        Map<String, Object> params = new HashMap<>();
        params.put("arch", architecture);
        params.put("findings", findings);
        params.put("summary", summary);
        try (Session session = driver.session()) {
            session.executeWrite(tx -> {
                tx.run("MATCH (f:Finding {arch: $arch}) DETACH DELETE f", params).consume();
                tx.run("""
                        UNWIND range(0, size($findings) - 1) AS i
                        WITH i, $findings[i] AS f
                        CREATE (:Finding {arch: $arch, idx: i, rule: f.rule, severity: f.severity, body: f.body, id: f.id, name: f.name, message: f.message})""",
                        params).consume();
                tx.run("MERGE (s:FindingSummary {arch: $arch}) SET s = $summary, s.arch = $arch, s.checkedAt = datetime()", params).consume();
                return null;
            });
        }
    }

    /** Removes what is stored for an architecture (it was deleted). */
    public void remove(String architecture) {
        try (Session session = driver.session()) {
            session.executeWrite(tx -> tx.run("MATCH (n) WHERE (n:Finding OR n:FindingSummary) AND n.arch = $arch DETACH DELETE n",
                    Map.of("arch", architecture)).consume());
        }
    }

    /** The findings the filter selects, ordered by architecture and position, {@code limit} of them from {@code offset}. */
    public Page page(Filter filter, long offset, int limit) {
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
