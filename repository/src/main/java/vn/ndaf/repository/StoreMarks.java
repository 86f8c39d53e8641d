package vn.ndaf.repository;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;

/**
 * Small facts a store keeps about itself, one {@code (:StoreMark {key})} node each with string properties:
 * e.g. the fingerprint of the reference data it was last brought up to date with, so that a command can tell
 * in one read that there is nothing to compare. A mark is a cache of what a fuller check would find: losing
 * it costs that check once, never a wrong answer.
 */
public final class StoreMarks {

    private final Driver driver;

    public StoreMarks(Driver driver) {
        this.driver = driver;
    }

    /**
     * The properties of the mark {@code key}, provided every model in {@code roots} is stored too (a mark
     * about models is void once one of them is gone); empty otherwise.
     */
    public Optional<Map<String, String>> read(String key, Collection<String> roots) {
        try (Session session = driver.session()) {
            return session.executeRead(tx -> {
                List<Map<String, String>> marks = tx.run("MATCH (m:StoreMark {key: $key}) RETURN properties(m) AS p ORDER BY m.at DESC LIMIT 1",
                        Map.of("key", key)).list(r -> strings(r.get("p")));
                if (marks.isEmpty() || !GraphReads.missing(tx, roots).isEmpty()) {
                    return Optional.empty();
                }
                return Optional.of(marks.get(0));
            });
        }
    }

    /** Records the mark {@code key} with these properties, replacing what it held. */
    public void write(String key, Map<String, String> properties) {
        Map<String, Object> values = new HashMap<>(properties);
        values.remove("key");
        values.remove("at");
        Transactions.write(driver, tx -> tx.run("MERGE (m:StoreMark {key: $key}) SET m = $values, m.key = $key, m.at = datetime()",
                Map.of("key", key, "values", values)).consume());
    }

    private static Map<String, String> strings(Value properties) {
        Map<String, String> out = new HashMap<>();
        properties.asMap().forEach((k, v) -> {
            if (v instanceof String s) {
                out.put(k, s);
            }
        });
        return out;
    }
}
