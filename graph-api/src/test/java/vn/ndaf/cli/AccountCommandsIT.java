package vn.ndaf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import com.fasterxml.jackson.databind.JsonNode;

import vn.ndaf.api.GraphQlHttp;
import vn.ndaf.api.NdafApplication;
import vn.ndaf.repository.AccountStore;
import vn.ndaf.repository.TestStore;
import vn.ndaf.repository.store.Neo4jStore;
import vn.ndaf.repository.store.StoreSettings;
import vn.ndaf.security.SignInToken;

/** {@code ndaf user …}, {@code ndaf token create} and {@code ndaf audit} on a stopped store and through a running server. */
class AccountCommandsIT {

    private final Path folder = TestStore.tempDir("ndaf-accounts-cli-");

    @AfterEach
    void cleanUp() {
        System.clearProperty("ndaf.token");
        TestStore.deleteRecursively(folder);
    }

    private record Run(int code, String out, String err) {
    }

    private static synchronized Run ndaf(String stdin, String... args) {
        InputStream before = System.in;
        System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        try {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = NdafMain.execute(new PrintWriter(out), new PrintWriter(err), args);
            return new Run(code, out.toString(), err.toString());
        } finally {
            System.setIn(before);
        }
    }

    @Test
    void onAStoppedStore_AddListTokenRemove_RunAsTheLocalAdministrator_AndAreAudited() {
        Run added = ndaf("secret-password\n", "user", "add", "hanoi.architect", "--role", "ARCHITECT", "--scope", "01,79", "--password-stdin", "--data", folder.toString());
        assertThat(added.code()).as(added.err()).isZero();
        assertThat(added.out()).contains("Added the account hanoi.architect (ARCHITECT, scope 01,79)");

        Run duplicate = ndaf("secret-password\n", "user", "add", "hanoi.architect", "--role", "ANALYST", "--password-stdin", "--data", folder.toString());
        assertThat(duplicate.code()).isEqualTo(NdafMain.FAILED);
        assertThat(duplicate.err()).contains("already exists");
        Run shortPassword = ndaf("short\n", "user", "add", "x", "--role", "ANALYST", "--password-stdin", "--data", folder.toString());
        assertThat(shortPassword.code()).isEqualTo(NdafMain.FAILED);
        assertThat(shortPassword.err()).contains("at least 8 characters");
        Run badRole = ndaf("secret-password\n", "user", "add", "y", "--role", "OWNER", "--password-stdin", "--data", folder.toString());
        assertThat(badRole.err()).contains("'OWNER' is not a role");

        Run list = ndaf("", "user", "list", "--data", folder.toString());
        assertThat(list.code()).as(list.err()).isZero();
        assertThat(list.out().lines().toList()).first().isEqualTo("name\troles\tscopes\tcleared\tcreated");
        assertThat(list.out()).containsPattern("(?m)^hanoi\\.architect\tARCHITECT\t01,79\tfalse\t20\\d\\d-");

        Run token = ndaf("", "token", "create", "hanoi.architect", "--days", "30", "--data", folder.toString());
        assertThat(token.code()).as(token.err()).isZero();
        assertThat(token.out().strip()).matches("ndaf_[A-Za-z0-9_-]{43}");
        assertThat(token.err()).contains("expires");

        Run removed = ndaf("", "user", "remove", "hanoi.architect", "--data", folder.toString());
        assertThat(removed.code()).as(removed.err()).isZero();
        assertThat(ndaf("", "user", "list", "--data", folder.toString()).out()).doesNotContain("hanoi.architect");

        // every command that opens the store checks the reference data first: the first stores it, the second finds nothing to do
        assertThat(ndaf("", "list", "--data", folder.toString()).code()).isZero();
        assertThat(ndaf("", "list", "--data", folder.toString()).code()).isZero();

        Run audit = ndaf("", "audit", "--data", folder.toString());
        assertThat(audit.code()).as(audit.err()).isZero();
        String osUser = System.getProperty("user.name");
        assertThat(audit.out()).containsPattern("(?m)\t" + osUser + "\tuser-add\thanoi\\.architect\tARCHITECT scope 01,79\tlocal$")
                .containsPattern("(?m)\t" + osUser + "\ttoken-create\thanoi\\.architect\t")
                .containsPattern("(?m)\t" + osUser + "\tuser-remove\thanoi\\.architect\t");
        // storing the reference data is an event; finding it up to date is not
        assertThat(audit.out().lines().filter(line -> line.contains("\tadminister\tstore\t") && line.contains("reference data")))
                .as(audit.out()).hasSize(1);
        try (Neo4jStore store = Neo4jStore.open(StoreSettings.embedded(folder), "test check")) {
            assertThat(new AccountStore(store.driver()).find("hanoi.architect")).isEmpty();
        }
    }

    @Test
    void throughARunningServer_CommandsSignInWithTheToken_AndANonAdministratorIsRefused() {
        Neo4jStore held = Neo4jStore.open(StoreSettings.embedded(folder), "starting ndaf serve");
        SpringApplication app = new SpringApplication(NdafApplication.class);
        app.setDefaultProperties(Map.of("server.port", 0, "server.address", "127.0.0.1"));
        app.addInitializers(context -> context.getBeanFactory().registerSingleton("neo4jStore", held));
        try (ConfigurableApplicationContext context = app.run()) {
            int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
            held.describeOwner("serving http://127.0.0.1:" + port + " (ndaf serve)");

            Run anonymous = ndaf("", "user", "list", "--data", folder.toString());
            assertThat(anonymous.code()).isEqualTo(NdafMain.FAILED);
            assertThat(anonymous.err()).contains("Set NDAF_TOKEN");

            System.setProperty("ndaf.token", context.getBean(SignInToken.class).value());
            Run added = ndaf("served-password\n", "user", "add", "reviewer.one", "--role", "REVIEWER", "--password-stdin", "--data", folder.toString());
            assertThat(added.code()).as(added.err()).isZero();
            assertThat(added.err()).contains("going through it");
            Run list = ndaf("", "user", "list", "--data", folder.toString());
            assertThat(list.out()).contains("admin\tADMIN\t\ttrue\t").contains("reviewer.one\tREVIEWER\t\tfalse\t");
            Run token = ndaf("", "token", "create", "reviewer.one", "--data", folder.toString());
            assertThat(token.code()).as(token.err()).isZero();
            String reviewerToken = token.out().strip();
            JsonNode me = new GraphQlHttp(port).bearer(reviewerToken).post("{ me { name } }", Map.of());
            assertThat(me.at("/data/me/name").asText()).isEqualTo("reviewer.one");

            System.setProperty("ndaf.token", reviewerToken);
            Run refused = ndaf("", "user", "remove", "admin", "--data", folder.toString());
            assertThat(refused.code()).isEqualTo(NdafMain.FAILED);
            assertThat(refused.err()).contains("Only an administrator");
            System.setProperty("ndaf.token", "ndaf_" + "x".repeat(43));
            Run forged = ndaf("", "user", "list", "--data", folder.toString());
            assertThat(forged.err()).contains("no such token was issued");

            System.setProperty("ndaf.token", context.getBean(SignInToken.class).value());
            Run removed = ndaf("", "user", "remove", "reviewer.one", "--data", folder.toString());
            assertThat(removed.code()).as(removed.err()).isZero();
            Run audit = ndaf("", "audit", "--action", "user-remove", "--data", folder.toString());
            assertThat(audit.out()).containsPattern("(?m)\tadmin\tuser-remove\treviewer\\.one\t\t(127\\.0\\.0\\.1|0:0:0:0:0:0:0:1)$");
            List<String> lines = audit.out().lines().toList();
            assertThat(lines).hasSize(2);
        } finally {
            held.close();
        }
    }
}
