package vn.ndaf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.ndaf.api.InteropFixtures;
import vn.ndaf.repository.TestStore;
import vn.ndaf.repository.store.DataFolderLock;

/**
 * What a command does before it opens the store: {@code bodies} and {@code help} need none, and a wrong
 * body code or a file ndaf cannot read is refused without the data folder being created or locked. The
 * proof that the store was not opened is the folder itself (absent, or held by another process whose lock
 * would have been reported first); the time is a secondary check, with a generous bound.
 */
class FastCommandsIT {

    private final Path scratch = TestStore.tempDir("ndaf-fast-");

    /**
     * The registry is read once per process, and the first command of a JVM loads the classes of the command
     * line; doing both first keeps that warm-up out of the timed bounds, which are about not starting the store
     * (many seconds), not about class loading on a busy machine. What a whole command costs, JVM start
     * included, is measured by benchmarks/fast-commands (docs/benchmarks.md).
     */
    @BeforeAll
    static void warmUpTheCommandLine() {
        assertThat(Preflight.registry().provinces()).hasSize(34);
        Path missing = Path.of("no-such-model-" + System.nanoTime() + ".xml");
        assertThat(ndaf("import", missing.toString(), "--body", "99999", "--data", missing.resolveSibling("no-such-store").toString()).code())
                .isEqualTo(NdafMain.FAILED);
        assertThat(ndaf("new-architecture", "--body", "99999", "--data", missing.resolveSibling("no-such-store").toString()).code()).isEqualTo(NdafMain.FAILED);
    }

    @AfterEach
    void cleanUp() {
        TestStore.deleteRecursively(scratch);
    }

    private record Run(int code, String out, String err, long millis) {
        List<String> lines() {
            return out.lines().toList();
        }
    }

    private static Run ndaf(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        long started = System.nanoTime();
        int code = NdafMain.execute(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString(), (System.nanoTime() - started) / 1_000_000);
    }

    /** A --data folder that cannot be created (its parent is a regular file): opening a store there fails. */
    private Path unusableDataFolder() throws IOException {
        Path file = Files.writeString(scratch.resolve("a-file"), "not a folder", StandardCharsets.UTF_8);
        return file.resolve("store");
    }

    @Test
    void bodies_ListsTheRegistry_WithAnUnusableDataFolder() throws IOException {
        Path data = unusableDataFolder();

        Run run = ndaf("bodies", "--tier", "province", "--data", data.toString());

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.lines()).hasSize(35);
        assertThat(run.lines().get(0)).isEqualTo("code\ttier\tkind\tparent\tname\tname_en");
        assertThat(run.lines().get(1)).startsWith("01\tprovince\tstate_administration\t\tThành phố Hà Nội\t");
        assertThat(run.err()).isEmpty();
        // opening the store would have failed ("Cannot create the data folder"): nothing was tried
        assertThat(Files.exists(data)).isFalse();
    }

    @Test
    void bodies_Works_WhileAnotherProcessHoldsTheDataFolder() {
        Path data = scratch.resolve("held");
        try (DataFolderLock held = DataFolderLock.acquire(data, "another ndaf process")) {
            Run run = ndaf("bodies", "--parent", "01", "--data", data.toString());

            assertThat(run.code()).as(run.err()).isZero();
            assertThat(run.lines()).hasSizeGreaterThan(100).allMatch(l -> l.startsWith("code\t") || l.contains("\tcommune\t") && l.contains("\t01\t"));
        }
    }

    @Test
    void help_ListsTheCommandsAndTheirOptions_WithNoStore() throws IOException {
        Path data = unusableDataFolder();

        Run top = ndaf("help");
        Run command = ndaf("help", "import");
        Run flag = ndaf("list", "--help", "--data", data.toString());

        assertThat(top.code()).isZero();
        assertThat(top.out()).contains("bodies").contains("import").contains("serve");
        assertThat(command.code()).isZero();
        assertThat(command.out()).contains("--body").contains("--max-size");
        assertThat(flag.code()).isZero();
        assertThat(flag.out()).contains("--data");
        assertThat(Files.exists(data)).isFalse();
    }

    @Test
    void import_OfAnUnknownBody_IsRefusedBeforeTheStoreIsOpened() {
        Path data = scratch.resolve("store");

        Run run = ndaf("import", InteropFixtures.path("testmodel1.archimate").toString(), "--body", "99999", "--data", data.toString());

        assertThat(run.code()).isEqualTo(NdafMain.FAILED);
        assertThat(run.err()).startsWith("ndaf import: No body has the code '99999' in the registry").contains("ndaf bodies").hasLineCount(1);
        assertThat(data).doesNotExist();
        assertThat(run.millis()).isLessThan(2000);
    }

    @Test
    void import_IsRefusedBeforeTheStore_EvenWhenAnotherProcessHoldsIt() throws IOException {
        Path data = scratch.resolve("held");
        Path text = Files.writeString(scratch.resolve("notes.txt"), "minutes of the meeting, not a model\n", StandardCharsets.UTF_8);
        try (DataFolderLock held = DataFolderLock.acquire(data, "another ndaf process")) {
            // opening the store first would have reported the folder in use; these say what is wrong with the input
            Run body = ndaf("import", InteropFixtures.path("testmodel1.archimate").toString(), "--body", "4", "--data", data.toString());
            Run format = ndaf("import", text.toString(), "--body", "01", "--data", data.toString());
            Run missing = ndaf("import", scratch.resolve("no-such-model.xml").toString(), "--body", "01", "--data", data.toString());

            assertThat(body.err()).startsWith("ndaf import: No body has the code '4'").doesNotContain("in use");
            assertThat(format.err()).startsWith("ndaf import: notes.txt: is not in a format ndaf reads").doesNotContain("in use").hasLineCount(1);
            assertThat(missing.err()).startsWith("ndaf import: The file ").contains("no-such-model.xml does not exist").doesNotContain("in use");
            assertThat(List.of(body.code(), format.code(), missing.code())).containsOnly(NdafMain.FAILED);
            assertThat(List.of(body.millis(), format.millis(), missing.millis())).allMatch(ms -> ms < 2000);
        }
    }

    @Test
    void newArchitecture_ForAnUnknownBody_IsRefusedBeforeTheStoreIsOpened_NamingTheCodeMeant() {
        Path data = scratch.resolve("store");

        Run run = ndaf("new-architecture", "--body", "4", "--data", data.toString());

        assertThat(run.code()).isEqualTo(NdafMain.FAILED);
        assertThat(run.err()).startsWith("ndaf new-architecture: No body has the code '4'").contains("04 (Tỉnh Cao Bằng)").doesNotContain("\tat ");
        assertThat(data).doesNotExist();
        assertThat(run.millis()).isLessThan(2000);
    }
}
