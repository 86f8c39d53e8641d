package vn.ndaf.repository.migration;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

import vn.ndaf.repository.store.StoreException;

/**
 * Versioned schema migrations, applied in order when a store opens. Each migration is a Cypher file under
 * {@code vn/ndaf/repository/migrations/}, listed in that folder's {@code index.txt} and named
 * {@code V<number>__<description>.cypher}; statements are separated by semicolons at line ends. Applied
 * migrations are recorded as {@code (:SchemaMigration {version, description, appliedAt})} nodes; a file is
 * never edited once released: add a new one.
 */
public final class SchemaMigrations {

    private static final String FOLDER = "/vn/ndaf/repository/migrations/";
    private static final Pattern IN_TRANSACTIONS = Pattern.compile("\\bIN\\s+TRANSACTIONS\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern FILE_NAME = Pattern.compile("V(\\d+)__([A-Za-z0-9_]+)\\.cypher");

    private final Driver driver;

    public SchemaMigrations(Driver driver) {
        this.driver = driver;
    }

    /** A migration read from the classpath. */
    public record Migration(int version, String description, List<String> statements) {
    }

    /** The migrations shipped with this build, in version order. */
    public static List<Migration> available() {
        List<Migration> migrations = new ArrayList<>();
        for (String file : readLines(FOLDER + "index.txt")) {
            Matcher m = FILE_NAME.matcher(file);
            if (!m.matches()) {
                throw new IllegalStateException("Migration file name '" + file + "' does not match V<number>__<description>.cypher");
            }
            String text = String.join("\n", readLines(FOLDER + file));
            List<String> statements = List.of(text.split(";\\s*(\\n|$)")).stream()
                    .map(String::strip).filter(s -> !s.isEmpty()).toList();
            migrations.add(new Migration(Integer.parseInt(m.group(1)), m.group(2).replace('_', ' '), statements));
        }
        for (int i = 1; i < migrations.size(); i++) {
            if (migrations.get(i).version() <= migrations.get(i - 1).version()) {
                throw new IllegalStateException("Migrations must be listed in increasing version order: " + migrations.get(i).version());
            }
        }
        return migrations;
    }

    /** Applies every migration not yet recorded in the store; returns the versions applied now. */
    public List<Integer> apply() {
        Set<Integer> applied = appliedVersions();
        List<Integer> now = new ArrayList<>();
        for (Migration migration : available()) {
            if (applied.contains(migration.version())) {
                continue;
            }
            try (Session session = driver.session()) {
                // schema statements cannot share a transaction with data writes: one each; a statement that
                // commits in batches (CALL { ... } IN TRANSACTIONS) needs an auto-commit transaction
                for (String statement : migration.statements()) {
                    if (IN_TRANSACTIONS.matcher(statement).find()) {
                        session.run(statement).consume();
                    } else {
                        session.executeWrite(tx -> tx.run(statement).consume());
                    }
                }
                session.executeWrite(tx -> tx.run("""
                        MERGE (m:SchemaMigration {version: $version})
                        SET m.description = $description, m.appliedAt = datetime()""",
                        Map.of("version", migration.version(), "description", migration.description())).consume());
            } catch (RuntimeException e) {
                throw new StoreException("Schema migration V" + migration.version() + " (" + migration.description() + ") failed: " + e.getMessage(), e);
            }
            now.add(migration.version());
        }
        return now;
    }

    /** The versions recorded as applied in the store. */
    public Set<Integer> appliedVersions() {
        try (Session session = driver.session()) {
            return session.executeRead(tx -> tx.run("MATCH (m:SchemaMigration) RETURN m.version AS version").list(r -> r.get("version").asInt()))
                    .stream().collect(Collectors.toSet());
        }
    }

    private static List<String> readLines(String resource) {
        try (InputStream in = SchemaMigrations.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing migration resource " + resource);
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("//")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
