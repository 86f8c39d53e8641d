package vn.ndaf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Session;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.ndaf.api.NdafApplication;
import vn.ndaf.metamodel.ModelDifferences;
import vn.ndaf.metamodel.Models;
import vn.ndaf.repository.ArchitectureRepository;
import vn.ndaf.repository.ArchitectureSummary;
import vn.ndaf.repository.LoadedModel;
import vn.ndaf.repository.TestModels;
import vn.ndaf.repository.TestStore;
import vn.ndaf.repository.WriteRequest;
import vn.ndaf.repository.store.Neo4jStore;
import vn.ndaf.repository.store.StoreSettings;
import vn.ndaf.security.SignInToken;

/** {@code ndaf backup} and {@code ndaf restore}: on a stopped store, through a running server, and their refusals. */
class BackupRestoreCommandIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path folder = TestStore.tempDir("ndaf-backup-cli-");

    @AfterEach
    void cleanUp() {
        System.clearProperty("ndaf.token");
        TestStore.deleteRecursively(folder);
    }

    private record Run(int code, String out, String err) {
    }

    private static Run ndaf(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = NdafMain.execute(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    /** Two architectures with a history, one deleted architecture. */
    private static List<String> fill(Neo4jStore store) {
        ArchitectureRepository repository = new ArchitectureRepository(store.driver());
        List<String> uids = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            String uid = repository.create(TestModels.tiny(), WriteRequest.by("setup", "")).uid();
            LoadedModel loaded = repository.load(uid);
            Models.element(loaded.root(), "Goal", "g" + i, "Mục tiêu " + i);
            repository.save(loaded, loaded.root(), WriteRequest.by("editor", "a goal"));
            uids.add(uid);
        }
        String gone = repository.create(TestModels.tiny(), WriteRequest.by("setup", "")).uid();
        repository.deleteArchitecture(gone, null, WriteRequest.by("remover", ""));
        return uids;
    }

    /** Nodes of the store but its schema bookkeeping. */
    private static long nodes(Path data) {
        try (Neo4jStore store = Neo4jStore.open(StoreSettings.embedded(data), "test check"); Session s = store.driver().session()) {
            return s.run("MATCH (n) WHERE NOT n:SchemaMigration RETURN count(n) AS n").single().get("n").asLong();
        }
    }

    private static void assertSameArchitectures(Path from, Path to, List<String> uids) {
        try (Neo4jStore a = Neo4jStore.open(StoreSettings.embedded(from), "test check"); Neo4jStore b = Neo4jStore.open(StoreSettings.embedded(to), "test check")) {
            ArchitectureRepository source = new ArchitectureRepository(a.driver());
            ArchitectureRepository copy = new ArchitectureRepository(b.driver());
            assertThat(copy.list(null).stream().map(ArchitectureSummary::uid).sorted().toList())
                    .isEqualTo(source.list(null).stream().map(ArchitectureSummary::uid).sorted().toList()).containsAll(uids);
            for (ArchitectureSummary s : source.list(null)) {
                EObject left = source.load(s.uid()).root();
                assertThat(ModelDifferences.between(left, copy.load(s.uid()).root())).as(s.uid()).isEmpty();
                assertThat(copy.revisions(s.uid())).isEqualTo(source.revisions(s.uid()));
            }
        }
    }

    @Test
    void onAStoppedStore_BackupThenRestoreIntoANewFolder_GivesEqualArchitectures_AndANonEmptyTargetIsRefused() throws IOException {
        Path source = folder.resolve("source");
        List<String> uids;
        try (Neo4jStore store = Neo4jStore.open(StoreSettings.embedded(source), "test setup")) {
            uids = fill(store);
        }
        Path file = folder.resolve("store.ndaf-backup");
        Run backup = ndaf("backup", "--output", file.toString(), "--data", source.toString());
        assertThat(backup.code()).as(backup.err()).isZero();
        assertThat(backup.out()).containsPattern("Backed up \\d+ nodes and \\d+ relationships to ");
        assertThat(Files.exists(folder.resolve("store.ndaf-backup.partial"))).isFalse();

        Path target = folder.resolve("restored");
        Run restore = ndaf("restore", file.toString(), "--data", target.toString());
        assertThat(restore.code()).as(restore.err()).isZero();
        assertThat(restore.out()).contains("Restored ");
        assertSameArchitectures(source, target, uids);

        long before = nodes(target);
        Run again = ndaf("restore", file.toString(), "--data", target.toString());
        assertThat(again.code()).isEqualTo(NdafMain.FAILED);
        assertThat(again.err()).contains("ndaf restore: The target store is not empty").contains("Nothing was written");
        assertThat(nodes(target)).isEqualTo(before);
    }

    @Test
    void aTruncatedACorruptAndAnUnrestorableFile_AreRefusedWithAClearError_LeavingTheTargetEmpty() throws IOException {
        Path source = folder.resolve("source");
        try (Neo4jStore store = Neo4jStore.open(StoreSettings.embedded(source), "test setup")) {
            fill(store);
        }
        Path file = folder.resolve("store.ndaf-backup");
        assertThat(ndaf("backup", "--output", file.toString(), "--data", source.toString()).code()).isZero();
        byte[] whole = Files.readAllBytes(file);

        Path truncated = folder.resolve("truncated.ndaf-backup");
        Files.write(truncated, java.util.Arrays.copyOf(whole, whole.length * 2 / 3));
        Path target = folder.resolve("target");
        Run cut = ndaf("restore", truncated.toString(), "--data", target.toString());
        assertThat(cut.code()).isEqualTo(NdafMain.FAILED);
        assertThat(cut.err()).contains(truncated.toString()).contains("truncated");
        assertThat(nodes(target)).isZero();

        Path notABackup = folder.resolve("plain.txt");
        Files.writeString(notABackup, "hello\n");
        Run plain = ndaf("restore", notABackup.toString(), "--data", target.toString());
        assertThat(plain.code()).isEqualTo(NdafMain.FAILED);
        assertThat(plain.err()).contains("is damaged or truncated");

        // lines as the format has them, one of them broken in the middle of the file
        List<String> lines = lines(file);
        List<String> broken = new ArrayList<>(lines);
        broken.set(lines.size() / 2, broken.get(lines.size() / 2).substring(0, 10));
        Path corrupt = write(folder.resolve("corrupt.ndaf-backup"), broken);
        Run bad = ndaf("restore", corrupt.toString(), "--data", target.toString());
        assertThat(bad.code()).isEqualTo(NdafMain.FAILED);
        assertThat(bad.err()).contains("is damaged at line " + (lines.size() / 2 + 1));
        assertThat(nodes(target)).isZero();

        // sound lines that cannot be stored: a second node with the uid of another (found only while writing)
        int lastNode = 0;
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).startsWith("{\"n\":")) {
                lastNode = i;
            }
        }
        String twin = null;
        for (String line : lines) {
            if (line.startsWith("{\"n\":") && line.contains("\"Identified\"") && line.contains("\"uid\"")) {
                twin = line;
            }
        }
        ObjectNode copy = (ObjectNode) JSON.readTree(twin);
        ObjectNode header = (ObjectNode) JSON.readTree(lines.get(0));
        ObjectNode footer = (ObjectNode) JSON.readTree(lines.get(lines.size() - 1));
        long count = header.get("nodes").asLong();
        copy.put("n", count);
        header.put("nodes", count + 1);
        footer.put("nodes", count + 1);
        List<String> clash = new ArrayList<>(lines);
        clash.set(0, header.toString());
        clash.set(clash.size() - 1, footer.toString());
        clash.add(lastNode + 1, copy.toString());
        Path unrestorable = write(folder.resolve("clash.ndaf-backup"), clash);
        Run refused = ndaf("restore", unrestorable.toString(), "--data", target.toString());
        assertThat(refused.code()).isEqualTo(NdafMain.FAILED);
        assertThat(refused.err()).contains("could not be restored").contains("the store is empty");
        assertThat(nodes(target)).isZero();

        Run good = ndaf("restore", file.toString(), "--data", target.toString());
        assertThat(good.code()).as(good.err()).isZero();
    }

    @Test
    void whileAServerHoldsTheFolder_BackupGoesThroughIt_ForAnAdministratorOnly() throws IOException {
        Path source = folder.resolve("source");
        Neo4jStore held = Neo4jStore.open(StoreSettings.embedded(source), "starting ndaf serve");
        List<String> uids = fill(held);
        SpringApplication app = new SpringApplication(NdafApplication.class);
        app.setDefaultProperties(Map.of("server.port", 0, "server.address", "127.0.0.1"));
        app.addInitializers(context -> context.getBeanFactory().registerSingleton("neo4jStore", held));
        Path file = folder.resolve("served.ndaf-backup");
        try (ConfigurableApplicationContext context = app.run()) {
            int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
            held.describeOwner("serving http://127.0.0.1:" + port + " (ndaf serve)");

            Run anonymous = ndaf("backup", "--output", file.toString(), "--data", source.toString());
            assertThat(anonymous.code()).isEqualTo(NdafMain.FAILED);
            assertThat(anonymous.err()).contains("HTTP 401");
            assertThat(Files.exists(file)).isFalse();

            System.setProperty("ndaf.token", context.getBean(SignInToken.class).value());
            java.io.InputStream stdin = System.in;
            System.setIn(new java.io.ByteArrayInputStream("reviewer-password\n".getBytes(StandardCharsets.UTF_8)));
            try {
                Run added = ndaf("user", "add", "reviewer.one", "--role", "REVIEWER", "--password-stdin", "--data", source.toString());
                assertThat(added.code()).as(added.err()).isZero();
            } finally {
                System.setIn(stdin);
            }
            Run token = ndaf("token", "create", "reviewer.one", "--data", source.toString());
            assertThat(token.code()).as(token.err()).isZero();
            System.setProperty("ndaf.token", token.out().strip());
            Run reviewer = ndaf("backup", "--output", file.toString(), "--data", source.toString());
            assertThat(reviewer.code()).isEqualTo(NdafMain.FAILED);
            assertThat(reviewer.err()).contains("HTTP 403").contains("reviewer.one").contains("administrator");
            assertThat(Files.exists(file)).isFalse();

            System.setProperty("ndaf.token", context.getBean(SignInToken.class).value());

            Run backup = ndaf("backup", "--output", file.toString(), "--data", source.toString());
            assertThat(backup.code()).as(backup.err()).isZero();
            assertThat(backup.err()).contains("fetching the backup from it");
            assertThat(backup.out()).contains("Backed up ");
        } finally {
            held.close();
        }
        Path target = folder.resolve("restored");
        Run restore = ndaf("restore", file.toString(), "--data", target.toString());
        assertThat(restore.code()).as(restore.err()).isZero();
        assertSameArchitectures(source, target, uids);
    }

    private static List<String> lines(Path file) throws IOException {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
            return in.lines().toList();
        }
    }

    private static Path write(Path file, List<String> lines) throws IOException {
        try (Writer out = new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(file)), StandardCharsets.UTF_8)) {
            for (String line : lines) {
                out.write(line);
                out.write('\n');
            }
        }
        return file;
    }
}
