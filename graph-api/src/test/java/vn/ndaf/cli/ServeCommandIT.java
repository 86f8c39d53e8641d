package vn.ndaf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import vn.ndaf.repository.TestStore;
import vn.ndaf.repository.store.Neo4jStore;
import vn.ndaf.repository.store.StoreSettings;

class ServeCommandIT {

    private final Path folder = TestStore.tempDir("ndaf-serve-");

    @AfterEach
    void cleanUp() {
        TestStore.deleteRecursively(folder);
    }

    @Test
    void serve_OnAFolderInUse_FailsAtOnceWithAMessageNotAStackTrace() {
        try (Neo4jStore holder = Neo4jStore.open(StoreSettings.embedded(folder), "serving http://127.0.0.1:8080 (ndaf serve)")) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            long started = System.nanoTime();
            int code = NdafMain.execute(new PrintWriter(out), new PrintWriter(err), "serve", "--data", folder.toString(), "--port", "0");
            long millis = (System.nanoTime() - started) / 1_000_000;

            assertThat(code).isEqualTo(NdafMain.FAILED);
            assertThat(err.toString()).startsWith("ndaf serve: The data folder " + folder.toAbsolutePath().normalize() + " is in use by another ndaf process")
                    .contains("serving http://127.0.0.1:8080")
                    .doesNotContain("Exception").doesNotContain("\tat ");
            assertThat(millis).isLessThan(3000);
        }
    }

    @Test
    void help_ListsTheCommands() {
        StringWriter out = new StringWriter();
        int code = NdafMain.execute(new PrintWriter(out), new PrintWriter(new StringWriter()), "--help");
        assertThat(code).isZero();
        assertThat(out.toString()).contains("serve").contains("list").contains("--data DIR").contains("NDAF_NEO4J_URI");
    }
}
