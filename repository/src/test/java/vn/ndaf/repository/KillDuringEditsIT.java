package vn.ndaf.repository;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import vn.ndaf.metamodel.ModelDifferences;
import vn.ndaf.metamodel.Models;
import vn.ndaf.repository.store.Neo4jStore;
import vn.ndaf.repository.store.StoreSettings;

/**
 * A process killed (SIGKILL) in the middle of a stream of single-object edits: after the store is opened
 * again, every edit the process had acknowledged is there, and none is there in part. The one edit that
 * may have been in flight is either wholly there or not at all.
 */
class KillDuringEditsIT {

    private static final int ACKNOWLEDGED_BEFORE_KILL = 24;

    private final Path folder = TestStore.tempDir("ndaf-kill-edits-");

    @AfterEach
    void cleanUp() {
        TestStore.deleteRecursively(folder);
    }

    @Test
    void killingTheProcessDuringSingleObjectEdits_KeepsEveryAcknowledgedEditWhole() throws Exception {
        String uid = ArchitectureRepository.newArchitectureId();
        try (Neo4jStore store = Neo4jStore.open(StoreSettings.embedded(folder), "test")) {
            new ArchitectureRepository(store.driver()).createAs(uid, KillableEdits.initial(uid), WriteRequest.by("test", "baseline"));
        }

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"), KillableEdits.class.getName(), folder.toString(), uid)
                .redirectErrorStream(true).start();
        List<String> seen = new ArrayList<>();
        int acknowledged = -1;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                seen.add(line);
                if (line.startsWith("ack ")) {
                    acknowledged = Integer.parseInt(line.substring(4));
                    if (acknowledged + 1 >= ACKNOWLEDGED_BEFORE_KILL) {
                        // SIGKILL: no shutdown hook, no checkpoint, the next edit possibly half way through its transaction
                        child.destroyForcibly();
                        break;
                    }
                }
            }
        }
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(acknowledged + 1).as("edits acknowledged before the kill; the child said:\n" + String.join("\n", seen))
                .isEqualTo(ACKNOWLEDGED_BEFORE_KILL);
        assertThat(seen).doesNotContain("finished");

        // what the store must hold: the acknowledged edits, and at most the one in flight besides
        List<EObject> states = new ArrayList<>();
        EObject expected = KillableEdits.initial(uid);
        states.add(EcoreUtil.copy(expected));
        for (int n = 0; n <= acknowledged + 1; n++) {
            KillableEdits.apply(expected, n);
            states.add(EcoreUtil.copy(expected));
        }

        try (Neo4jStore store = Neo4jStore.open(StoreSettings.embedded(folder), "test")) {
            ArchitectureRepository repository = new ArchitectureRepository(store.driver());
            LoadedModel now = repository.load(uid);
            long applied = now.revision() - 1;
            assertThat(applied).as("edits in the store after the kill").isBetween((long) acknowledged + 1, (long) acknowledged + 2);
            assertThat(ModelDifferences.between(states.get((int) applied), now.root())).as("the store against the edits it acknowledged").isEmpty();
            // none half-applied: both attributes of each renamed element come from the same edit, every deleted one has left its folder
            for (EObject element : Models.<EObject>list(now.root(), "elements")) {
                assertThat(Models.string(element, "documentation")).as(Models.id(element)).isEqualTo(
                        Models.id(element).startsWith("e") && Models.string(element, "documentation") != null ? Models.string(element, "name") : null);
            }
            EObject folder = ModelEditor.require(now.root(), "f0");
            assertThat(Models.<EObject>list(folder, "members")).extracting(Models::id)
                    .containsExactlyElementsOf(Models.<EObject>list(now.root(), "elements").stream().map(Models::id).filter(id -> id.startsWith("d")).toList());
            // the history survived with the data: each revision loads as it was
            for (long k = 1; k <= now.revision(); k += 7) {
                assertThat(ModelDifferences.between(states.get((int) k - 1), repository.loadAtRevision(uid, k).root())).as("revision " + k).isEmpty();
            }
            assertThat(repository.revisions(uid)).hasSize((int) now.revision());
        }
    }
}
