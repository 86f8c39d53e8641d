package vn.ndaf.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import vn.ndaf.api.GraphQlHttp;
import vn.ndaf.api.NdafApplication;
import vn.ndaf.repository.AccountStore;
import vn.ndaf.repository.TestStore;
import vn.ndaf.repository.store.Neo4jStore;
import vn.ndaf.repository.store.StoreSettings;

/** The first administrator: created once, on a store that has none, with a generated password when none is configured. */
class AdministratorBootstrapIT {

    private final Path folder = TestStore.tempDir("ndaf-first-admin-");

    @AfterEach
    void cleanUp() {
        TestStore.deleteRecursively(folder);
    }

    private static ConfigurableApplicationContext start(Neo4jStore store) {
        SpringApplication app = new SpringApplication(NdafApplication.class);
        // no configured password (the test JVM's NDAF_ADMIN_PASSWORD is overridden by the empty property)
        app.setDefaultProperties(Map.of("server.port", 0, "server.address", "127.0.0.1", "ndaf.security.admin-password", "",
                "ndaf.security.log-generated-password", false));
        app.addInitializers(context -> context.getBeanFactory().registerSingleton("neo4jStore", store));
        return app.run();
    }

    @Test
    void newStore_GetsAdminWithAGeneratedPasswordShownOnce_ASecondStartCreatesNothing() {
        try (Neo4jStore store = Neo4jStore.open(StoreSettings.embedded(folder), "test")) {
            String password;
            try (ConfigurableApplicationContext context = start(store)) {
                AdministratorBootstrap bootstrap = context.getBean(AdministratorBootstrap.class);
                password = bootstrap.takeGeneratedPassword().orElseThrow();
                assertThat(bootstrap.takeGeneratedPassword()).as("shown once").isEmpty();
                assertThat(password).hasSizeGreaterThanOrEqualTo(16).isNotEqualTo(GraphQlHttp.ADMIN_PASSWORD);
                int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
                GraphQlHttp http = new GraphQlHttp(port);
                assertThat(http.as("admin", password).post("{ me { name roles } }", Map.of()).at("/data/me/roles/0").asText()).isEqualTo("ADMIN");
                assertThat(http.send("{ me { name } }", Map.of(), null).statusCode()).as("the test JVM's password is not admin's here").isEqualTo(401);
            }
            String hash = new AccountStore(store.driver()).find("admin").orElseThrow().hash();
            assertThat(hash).startsWith("{bcrypt}").doesNotContain(password);
            try (ConfigurableApplicationContext again = start(store)) {
                assertThat(again.getBean(AdministratorBootstrap.class).takeGeneratedPassword()).isEmpty();
                assertThat(new AccountStore(store.driver()).find("admin").orElseThrow().hash()).isEqualTo(hash);
            }
        }
    }
}
