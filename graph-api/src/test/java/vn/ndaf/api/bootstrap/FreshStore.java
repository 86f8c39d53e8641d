package vn.ndaf.api.bootstrap;

import java.nio.file.Path;

import vn.ndaf.repository.ArchitectureRepository;
import vn.ndaf.repository.StoreMarks;
import vn.ndaf.repository.TestStore;
import vn.ndaf.repository.store.Neo4jStore;
import vn.ndaf.repository.store.StoreSettings;

/**
 * An empty embedded store of its own, for tests that need one: a store holds one body registry (body codes
 * are unique store-wide), so registry tests cannot share the test JVM's store.
 */
final class FreshStore implements AutoCloseable {

    private final Path folder = TestStore.tempDir("ndaf-fresh-");
    private final Neo4jStore store = Neo4jStore.open(StoreSettings.embedded(folder), "a test needing an empty store");

    ArchitectureRepository repository() {
        return new ArchitectureRepository(store.driver());
    }

    StoreMarks marks() {
        return new StoreMarks(store.driver());
    }

    @Override
    public void close() {
        store.close();
        TestStore.deleteRecursively(folder);
    }
}
