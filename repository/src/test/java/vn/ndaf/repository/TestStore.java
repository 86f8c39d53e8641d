package vn.ndaf.repository;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import vn.ndaf.repository.store.Neo4jStore;
import vn.ndaf.repository.store.StoreSettings;

/**
 * One real embedded Neo4j per test JVM, in a temporary folder removed at exit. Tests isolate themselves by
 * using fresh architecture ids, never by wiping the store.
 */
public final class TestStore {

    private static Neo4jStore store;

    private TestStore() {
    }

    public static synchronized Neo4jStore get() {
        if (store == null) {
            Path dir = tempDir("ndaf-it-");
            store = Neo4jStore.open(StoreSettings.embedded(dir), "integration tests");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                store.close();
                deleteRecursively(dir);
            }));
        }
        return store;
    }

    public static Path tempDir(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
