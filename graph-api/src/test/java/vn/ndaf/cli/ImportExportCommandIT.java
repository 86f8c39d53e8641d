package vn.ndaf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import vn.ndaf.api.InteropFixtures;
import vn.ndaf.api.NdafApplication;
import vn.ndaf.api.bootstrap.ReferenceUids;
import vn.ndaf.interop.ExportOptions;
import vn.ndaf.interop.Format;
import vn.ndaf.interop.ImportOptions;
import vn.ndaf.interop.ModelExporter;
import vn.ndaf.interop.ModelImporter;
import vn.ndaf.metamodel.Models;
import vn.ndaf.repository.ArchitectureRepository;
import vn.ndaf.repository.ArchitectureSummary;
import vn.ndaf.repository.TestStore;
import vn.ndaf.repository.store.Neo4jStore;
import vn.ndaf.repository.store.StoreSettings;

class ImportExportCommandIT {

    private final Path folder = TestStore.tempDir("ndaf-interop-cli-");
    private final Path files = TestStore.tempDir("ndaf-interop-files-");

    @AfterEach
    void cleanUp() {
        TestStore.deleteRecursively(folder);
        TestStore.deleteRecursively(files);
    }

    private record Run(int code, String out, String err) {

        List<String> outLines() {
            return out.lines().toList();
        }

        String lastLine() {
            List<String> lines = outLines();
            return lines.get(lines.size() - 1);
        }
    }

    private static Run ndaf(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = NdafMain.execute(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    private static byte[] exchange(EObject architecture) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ModelExporter.write(architecture, Format.EXCHANGE, out, ExportOptions.defaults());
        return out.toByteArray();
    }

    /** The stored architectures with their counts, read through the repository, without the reference data every store holds. */
    private List<ArchitectureSummary> stored() {
        try (Neo4jStore store = Neo4jStore.open(StoreSettings.embedded(folder), "test check")) {
            return new ArchitectureRepository(store.driver()).list(null).stream().filter(s -> !s.uid().equals(ReferenceUids.STANDARD.national())).toList();
        }
    }

    @Test
    void importThenExport_PrintsTheIdLastAndWritesFilesThatReimportEqual() throws IOException {
        Run imported = ndaf("import", InteropFixtures.path("Archisurance.archimate").toString(), "--body", "01", "--state", "target", "--data", folder.toString());

        assertThat(imported.code()).as(imported.err()).isZero();
        String id = imported.lastLine();
        assertThat(id).matches("a[0-9a-z]{11}");
        assertThat(imported.out()).contains("120 elements, 176 relationships, 17 views");

        Path xml = files.resolve("out.xml");
        Path csv = files.resolve("csv");
        Run exported = ndaf("export", id, "--format", "exchange", "--output", xml.toString(), "--data", folder.toString());
        Run exportedCsv = ndaf("export", id, "--format", "csv", "--output", csv.toString(), "--data", folder.toString());

        assertThat(exported.code()).as(exported.err()).isZero();
        assertThat(exportedCsv.code()).as(exportedCsv.err()).isZero();
        EObject expected = ModelImporter.read(InteropFixtures.path("Archisurance.archimate"), ImportOptions.defaults().withBody("01").withState("target"))
                .architecture();
        EObject again = ModelImporter.read(xml, ImportOptions.defaults()).architecture();
        assertThat(new String(exchange(again), StandardCharsets.UTF_8)).isEqualTo(new String(exchange(expected), StandardCharsets.UTF_8));
        assertThat(Files.list(csv).map(p -> p.getFileName().toString()).sorted().toList()).containsExactly("elements.csv", "properties.csv", "relations.csv");
        EObject fromCsv = ModelImporter.read(csv.resolve("elements.csv"), ImportOptions.defaults()).architecture();
        assertThat(Models.list(fromCsv, "elements")).hasSize(120);
        assertThat(Models.list(fromCsv, "relationships")).hasSize(176);
    }

    @Test
    void import_FailsWithOneLineAndLeavesTheStoreUnchanged_ForBrokenInput() throws IOException {
        Path broken = Files.writeString(files.resolve("broken.xml"), "<?xml version=\"1.0\"?>\n<model xmlns=\"http://www.opengroup.org/xsd/archimate/3.0/\" "
                + "identifier=\"m\">\n<name>x</nam>\n</model>\n");
        Path xxe = Files.writeString(files.resolve("xxe.xml"), "<?xml version=\"1.0\"?>\n<!DOCTYPE model [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
                + "<model xmlns=\"http://www.opengroup.org/xsd/archimate/3.0/\" identifier=\"m\"><name>&x;</name></model>");
        Path big = Files.write(files.resolve("big.xml"), new byte[2 * 1024 * 1024]);
        Path bomb = files.resolve("bomb.archimate");
        try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(bomb))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("model.xml"));
            zip.write(new byte[8 * 1024 * 1024]);
            zip.closeEntry();
        }
        ndaf("import", InteropFixtures.path("testmodel1.archimate").toString(), "--body", "01", "--data", folder.toString());
        List<ArchitectureSummary> before = stored();

        Run malformed = ndaf("import", broken.toString(), "--body", "01", "--data", folder.toString());
        Run entity = ndaf("import", xxe.toString(), "--body", "01", "--data", folder.toString());
        Run oversized = ndaf("import", big.toString(), "--body", "01", "--max-size", "1", "--data", folder.toString());
        Run zipBomb = ndaf("import", bomb.toString(), "--body", "01", "--max-size", "1", "--data", folder.toString());
        Run unknownBody = ndaf("import", InteropFixtures.path("testmodel1.archimate").toString(), "--body", "99999", "--data", folder.toString());

        assertThat(malformed.code()).isEqualTo(NdafMain.FAILED);
        assertThat(malformed.err()).startsWith("ndaf import: broken.xml line 3, column ").contains("malformed XML").hasLineCount(1);
        assertThat(entity.code()).isEqualTo(NdafMain.FAILED);
        assertThat(entity.err()).startsWith("ndaf import: xxe.xml line 2: the document declares a DOCTYPE").doesNotContain("root:").hasLineCount(1);
        assertThat(oversized.code()).isEqualTo(NdafMain.FAILED);
        assertThat(oversized.err()).isEqualTo("ndaf import: big.xml: the input is 2.0 MB, larger than the limit of 1.0 MB; nothing was imported\n");
        assertThat(zipBomb.code()).isEqualTo(NdafMain.FAILED);
        assertThat(zipBomb.err()).startsWith("ndaf import: bomb.archimate: the archive expands to more than 1.0 MB (entry model.xml)").hasLineCount(1);
        assertThat(unknownBody.code()).isEqualTo(NdafMain.FAILED);
        assertThat(unknownBody.err()).startsWith("ndaf import: No body has the code '99999' in the registry").contains("ndaf bodies").hasLineCount(1);
        assertThat(stored()).isEqualTo(before).hasSize(1);
    }

    @Test
    void importInto_AppliesCsvFilesToAStoredArchitecture() {
        Run first = ndaf("import", InteropFixtures.path("archi-csv/test1-elements.csv").toString(), "--body", "01", "--data", folder.toString());
        assertThat(first.code()).as(first.err()).isZero();
        String id = first.lastLine();

        Run second = ndaf("import", InteropFixtures.path("archi-csv/test2-relations.csv").toString(), "--into", id, "--data", folder.toString());

        assertThat(second.code()).as(second.err()).isZero();
        assertThat(second.lastLine()).isEqualTo(id);
        assertThat(second.out()).contains("(revision 2)");
        assertThat(stored()).singleElement().satisfies(s -> {
            assertThat(s.name()).isEqualTo("Test Model changed");
            assertThat(s.revision()).isEqualTo(2);
        });
    }

    @Test
    void import_ReportsProgress_ForAFileOverTwoMegabytes() throws IOException {
        Path large = files.resolve("large.xml");
        Files.writeString(large, SyntheticExchange.of(6000));
        assertThat(Files.size(large)).isGreaterThan(2 * 1024 * 1024);

        Run run = ndaf("import", large.toString(), "--body", "01", "--data", folder.toString());

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.err()).contains("ndaf import: ").contains(" MB read").contains("objects created");
        assertThat(run.lastLine()).matches("a[0-9a-z]{11}");
    }

    @Test
    void import_FailsAtOnce_WhenAProcessThatServesNothingHoldsTheFolder() {
        try (Neo4jStore holder = Neo4jStore.open(StoreSettings.embedded(folder), "ndaf list")) {
            long started = System.nanoTime();
            Run run = ndaf("import", InteropFixtures.path("Sample1-exchange.xml").toString(), "--body", "01", "--data", folder.toString());

            assertThat(run.code()).isEqualTo(NdafMain.FAILED);
            assertThat(run.err()).startsWith("ndaf import: The data folder ").contains("is in use by another ndaf process")
                    .contains("serves no GraphQL API this command could use; nothing was done").hasLineCount(1);
            assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(3000);
        }
    }

    @Test
    void importAndExport_GoThroughTheServer_WhenTheServerHoldsTheFolder() throws IOException {
        Neo4jStore held = Neo4jStore.open(StoreSettings.embedded(folder), "starting ndaf serve");
        SpringApplication app = new SpringApplication(NdafApplication.class);
        app.setDefaultProperties(Map.of("server.port", 0, "server.address", "127.0.0.1"));
        app.addInitializers(context -> context.getBeanFactory().registerSingleton("neo4jStore", held));
        try (ConfigurableApplicationContext context = app.run()) {
            held.describeOwner("serving http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port") + " (ndaf serve)");
            // commands that go through the server sign in with a token (NDAF_TOKEN; in-process: the property ndaf.token)
            System.setProperty("ndaf.token", context.getBean(vn.ndaf.security.SignInToken.class).value());

            Run imported = ndaf("import", InteropFixtures.path("model_zipped.archimate").toString(), "--body", "01", "--data", folder.toString());
            Path out = files.resolve("back.archimate");
            Run exported = ndaf("export", imported.lastLine(), "--format", "archimate", "--output", out.toString(), "--data", folder.toString());

            assertThat(imported.code()).as(imported.err()).isZero();
            assertThat(imported.err()).contains("importing through it");
            String id = imported.lastLine();
            assertThat(new ArchitectureRepository(held.driver()).summary(id)).isPresent();
            assertThat(exported.code()).as(exported.err()).isZero();
            EObject back = ModelImporter.read(out, ImportOptions.defaults()).architecture();
            assertThat(Models.list(back, "images")).hasSize(2);
        } finally {
            System.clearProperty("ndaf.token");
            held.close();
        }
    }
}
