package vn.ndaf.repository;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Session;

import vn.ndaf.metamodel.ModelDifferences;
import vn.ndaf.repository.store.Neo4jStore;
import vn.ndaf.repository.store.StoreSettings;

/** A process killed (SIGKILL) in the middle of a large import leaves the store as it was before the import. */
class KillDuringImportIT {

    private final Path folder = TestStore.tempDir("ndaf-kill-");

    @AfterEach
    void cleanUp() {
        TestStore.deleteRecursively(folder);
    }

    private static long objects(Neo4jStore store) {
        try (Session session = store.driver().session()) {
            return session.executeRead(tx -> tx.run("MATCH (n) RETURN count(n) AS n").single().get("n").asLong()
                    + tx.run("MATCH ()-[e]->() RETURN count(e) AS n").single().get("n").asLong());
        }
    }

    @Test
    void killingTheProcessMidImport_LeavesTheStoreAsItWas() throws Exception {
        String baseline;
        long before;
        try (Neo4jStore store = Neo4jStore.open(StoreSettings.embedded(folder), "test")) {
            baseline = new ArchitectureRepository(store.driver()).create(TestModels.tiny(), WriteRequest.by("test", "baseline")).uid();
            before = objects(store);
        }

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-Xmx3g", "-cp", System.getProperty("java.class.path"), KillableImport.class.getName(), folder.toString(),
                "60000").redirectErrorStream(true).start();
        List<String> seen = new ArrayList<>();
        boolean midImport = false;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                seen.add(line);
                // well into the transaction: some nodes written, the relationships not yet
                if (line.startsWith("progress nodes ") && Long.parseLong(line.split(" ")[2]) >= 20_000) {
                    midImport = true;
                    child.destroyForcibly();
                    break;
                }
            }
        }
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(midImport).as("the import was killed in the middle; child said: " + String.join("\n", seen)).isTrue();
        assertThat(seen).doesNotContain("finished");

        try (Neo4jStore store = Neo4jStore.open(StoreSettings.embedded(folder), "test")) {
            ArchitectureRepository repository = new ArchitectureRepository(store.driver());
            assertThat(repository.list(null)).extracting(ArchitectureSummary::uid).containsExactly(baseline);
            assertThat(objects(store)).isEqualTo(before);
            assertThat(ModelDifferences.between(TestModels.tiny(), repository.load(baseline).root())).isEmpty();
            try (Session session = store.driver().session()) {
                long partial = session.executeRead(tx -> tx.run("MATCH (n:Identified) WHERE split(n.uid, '/')[0] <> $a RETURN count(n) AS n", Map.of("a", baseline)).single()
                        .get("n").asLong());
                assertThat(partial).as("objects of the killed import").isZero();
            }
        }
    }
}
