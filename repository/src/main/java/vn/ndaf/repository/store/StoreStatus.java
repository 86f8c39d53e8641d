package vn.ndaf.repository.store;

import org.neo4j.driver.Session;

/** Whether the store answers, and how many architectures it holds (for health checks). */
public record StoreStatus(boolean reachable, long architectures, String error) {

    public static StoreStatus of(Neo4jStore store) {
        try (Session session = store.driver().session()) {
            long count = session.executeRead(tx -> tx.run("MATCH (a:Architecture) RETURN count(a) AS n").single().get("n").asLong());
            return new StoreStatus(true, count, null);
        } catch (RuntimeException e) {
            return new StoreStatus(false, 0, e.getMessage());
        }
    }
}
