package vn.ndaf.repository;

import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;

/**
 * The store-wide reads gap analysis needs, answered without loading any architecture (queries in
 * {@code queries/gaps-*.cypher}). Rows name their architecture by id; the caller joins architectures to bodies.
 */
public final class GapQueries {

    /** An element identified as a template block: its block key, class and the asked attributes' values as text (null when unset). */
    public record BlockRow(String architecture, String block, String type, List<String> values) {
    }

    /** A national platform element ({@code id}) used by an architecture. */
    public record PlatformUseRow(String architecture, String platform) {
    }

    /** A national or specialised database; {@code criteria} the quality criteria it meets, {@code assessedOn} null when never assessed. */
    public record DatabaseRow(String architecture, String id, String name, String scope, String ndcSync, List<String> criteria, String assessedOn,
            String steward) {
    }

    /** A plan task past its deadline and not done. */
    public record TaskRow(String architecture, String id, String name, String deadline, String status, String taskCode) {
    }

    /** An application component with a reference category; {@code block} the template block it is, or null. */
    public record SystemRow(String architecture, String id, String name, String type, String category, String block, String owner) {
    }

    private final Driver driver;

    public GapQueries(Driver driver) {
        this.driver = driver;
    }

    /** Every element identified as a block, with the values of {@code attributes} (in that order). */
    public List<BlockRow> blocks(List<String> attributes) {
        return read("gaps-blocks", Map.of("attributes", attributes), r -> new BlockRow(r.get("arch").asString(), r.get("block").asString(),
                r.get("type").asString(), r.get("values").asList(GapQueries::text)));
    }

    /** Which architectures use which of the given platform elements (store uids, e.g. {@code national/p-NDXP}). */
    public List<PlatformUseRow> platformUses(List<String> platformUids) {
        return read("gaps-platform-uses", Map.of("platforms", platformUids), r -> new PlatformUseRow(r.get("arch").asString(), r.get("platform").asString()));
    }

    public List<DatabaseRow> databases() {
        return read("gaps-databases", Map.of(), r -> new DatabaseRow(r.get("arch").asString(), r.get("id").asString(), text(r.get("name")),
                r.get("scope").asString(), r.get("ndcSync").asString(), r.get("criteria").asList(GapQueries::text), text(r.get("assessedOn")),
                text(r.get("steward"))));
    }

    /** Plan tasks with a deadline before {@code asOf} (yyyy-mm-dd) that are neither done nor cancelled. */
    public List<TaskRow> lateTasks(String asOf) {
        return read("gaps-late-tasks", Map.of("asOf", asOf), r -> new TaskRow(r.get("arch").asString(), r.get("id").asString(), text(r.get("name")),
                r.get("deadline").asString(), r.get("status").asString(), text(r.get("taskCode"))));
    }

    public List<SystemRow> systems() {
        return read("gaps-systems", Map.of(), r -> new SystemRow(r.get("arch").asString(), r.get("id").asString(), text(r.get("name")),
                r.get("type").asString(), r.get("category").asString(), text(r.get("block")), text(r.get("owner"))));
    }

    private <T> List<T> read(String query, Map<String, Object> params, java.util.function.Function<Record, T> row) {
        try (Session session = driver.session()) {
            return session.executeRead(tx -> tx.run(CypherFiles.get(query), params).list(row::apply));
        }
    }

    private static String text(Value v) {
        if (v == null || v.isNull()) {
            return null;
        }
        Object o = v.asObject();
        return o instanceof String s ? s : o.toString();
    }
}
