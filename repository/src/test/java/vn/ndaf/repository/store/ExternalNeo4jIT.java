package vn.ndaf.repository.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.ndaf.repository.ArchitectureRepository;
import vn.ndaf.repository.LoadedModel;
import vn.ndaf.repository.SaveResult;
import vn.ndaf.repository.TestModels;
import vn.ndaf.repository.TestStore;
import vn.ndaf.repository.WriteRequest;
import vn.ndaf.repository.migration.SchemaMigrations;

/** The same repository code against a Neo4j addressed only by URI, as NDAF_NEO4J_URI would give it. */
class ExternalNeo4jIT {

    private static Path folder;
    private static StandaloneNeo4jServer server;

    @BeforeAll
    static void startServer() {
        folder = TestStore.tempDir("ndaf-external-");
        server = StandaloneNeo4jServer.start(folder);
    }

    @AfterAll
    static void stopServer() {
        server.close();
        TestStore.deleteRecursively(folder);
    }

    @Test
    void open_WithNeo4jUri_StoresAndReloadsThroughTheDriver() {
        StoreSettings settings = StoreSettings.resolve(Path.of("unused"), Map.of(StoreSettings.ENV_URI, server.boltUri()));
        assertThat(settings.isExternal()).isTrue();
        try (Neo4jStore store = Neo4jStore.open(settings, "test")) {
            assertThat(store.isEmbedded()).isFalse();
            assertThat(new SchemaMigrations(store.driver()).appliedVersions()).containsAll(
                    SchemaMigrations.available().stream().map(SchemaMigrations.Migration::version).toList());
            ArchitectureRepository repository = new ArchitectureRepository(store.driver());
            var model = TestModels.tiny();
            SaveResult saved = repository.create(model, WriteRequest.by("test", "external"));
            LoadedModel loaded = repository.load(saved.uid());
            assertThat(EcoreUtil.equals(loaded.root(), model)).isTrue();
        }
        // nothing was written to the embedded test store: the two instances are separate
        assertThat(new ArchitectureRepository(TestStore.get().driver()).list(null)).noneSatisfy(s -> assertThat(s.bodyCode()).isEqualTo("external"));
    }

    @Test
    void open_WithUnreachableUri_FailsWithTheUri() {
        StoreSettings settings = StoreSettings.external("bolt://127.0.0.1:1", null, null);
        assertThatThrownBy(() -> Neo4jStore.open(settings, "test")).isInstanceOf(StoreException.class)
                .hasMessageContaining("Cannot reach Neo4j at bolt://127.0.0.1:1");
    }

    @Test
    void open_WithMalformedUri_SaysItIsNotANeo4jUri() {
        StoreSettings settings = StoreSettings.external("http://nowhere", null, null);
        assertThatThrownBy(() -> Neo4jStore.open(settings, "test")).isInstanceOf(StoreException.class)
                .hasMessageContaining("is not a Neo4j URI");
    }
}
