package vn.ndaf.repository.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.ndaf.metamodel.ModelDifferences;
import vn.ndaf.repository.ArchitectureRepository;
import vn.ndaf.repository.ArchitectureSummary;
import vn.ndaf.repository.TestModels;
import vn.ndaf.repository.TestStore;
import vn.ndaf.repository.WriteRequest;
import vn.ndaf.repository.migration.SchemaMigrations;

/**
 * The same repository code against a Neo4j server in another process, with authentication on, addressed
 * only by the settings a user gives ({@code NDAF_NEO4J_URI}, {@code NDAF_NEO4J_USER}, {@code NDAF_NEO4J_PASSWORD}).
 */
class ExternalNeo4jIT {

    private static final String PASSWORD = "ndaf-test-" + ArchitectureRepository.newArchitectureId();

    private static Path folder;
    private static StandaloneNeo4jServer server;

    @BeforeAll
    static void startServer() {
        folder = TestStore.tempDir("ndaf-external-");
        server = StandaloneNeo4jServer.start(folder, PASSWORD);
    }

    @AfterAll
    static void stopServer() {
        server.close();
        TestStore.deleteRecursively(folder);
    }

    private static StoreSettings settings(String user, String password) {
        Map<String, String> environment = new java.util.HashMap<>();
        environment.put(StoreSettings.ENV_URI, server.boltUri());
        if (user != null) {
            environment.put(StoreSettings.ENV_USER, user);
            environment.put(StoreSettings.ENV_PASSWORD, password);
        }
        return StoreSettings.resolve(Path.of("unused"), environment);
    }

    @Test
    void open_WithUriUserAndPassword_StoresInTheServerAndAnotherConnectionReadsItBack() {
        StoreSettings settings = settings(StandaloneNeo4jServer.USER, PASSWORD);
        assertThat(settings.isExternal()).isTrue();
        assertThat(server.pid()).isNotEqualTo(ProcessHandle.current().pid());
        String uid;
        try (Neo4jStore store = Neo4jStore.open(settings, "test")) {
            assertThat(store.isEmbedded()).isFalse();
            assertThat(store.boltUri()).isEqualTo(server.boltUri());
            assertThat(new SchemaMigrations(store.driver()).appliedVersions()).containsAll(
                    SchemaMigrations.available().stream().map(SchemaMigrations.Migration::version).toList());
            uid = new ArchitectureRepository(store.driver()).create(TestModels.tiny(), WriteRequest.by("test", "external")).uid();
        }
        // a new driver, a new connection: what it reads was stored by the server
        try (Neo4jStore store = Neo4jStore.open(settings, "test")) {
            ArchitectureRepository repository = new ArchitectureRepository(store.driver());
            assertThat(repository.list(null)).extracting(ArchitectureSummary::uid, ArchitectureSummary::name, ArchitectureSummary::elements,
                    ArchitectureSummary::relationships).containsExactly(org.assertj.core.groups.Tuple.tuple(uid, "Tiny", 2L, 1L));
            assertThat(ModelDifferences.between(TestModels.tiny(), repository.load(uid).root())).isEmpty();
        }
        // and not by the embedded store of the other tests
        assertThat(new ArchitectureRepository(TestStore.get().driver()).exists(uid)).isFalse();
    }

    @Test
    void open_WithAWrongPassword_IsRefusedNamingTheServer() {
        assertThatThrownBy(() -> Neo4jStore.open(settings(StandaloneNeo4jServer.USER, PASSWORD + "-wrong"), "test"))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("Neo4j at " + server.boltUri() + " refused the connection")
                .hasMessageContaining("authentication");
    }

    @Test
    void open_WithoutCredentials_IsRefusedByAServerWithAuthentication() {
        assertThatThrownBy(() -> Neo4jStore.open(settings(null, null), "test"))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("Neo4j at " + server.boltUri() + " refused the connection");
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
