package vn.ndaf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import vn.ndaf.api.bootstrap.ReferenceUids;
import vn.ndaf.interop.ImportOptions;
import vn.ndaf.interop.ModelImporter;
import vn.ndaf.metamodel.Models;
import vn.ndaf.repository.ArchitectureRepository;
import vn.ndaf.repository.ArchitectureSummary;
import vn.ndaf.repository.TestStore;
import vn.ndaf.repository.store.Neo4jStore;
import vn.ndaf.repository.store.StoreSettings;

/**
 * {@code ndaf import} keeps what Archi opens with warnings on stderr (at most 20, then a count), a summary
 * counting them by kind, and the id last; {@code --strict} refuses the file by name and leaves the store as
 * it was; {@code ndaf export --excel-safe} protects CSV cells.
 */
class TolerantImportCommandIT {

    private static final Path FIXTURE = Path.of("..", "interop", "src", "test", "resources", "tolerance", "forbidden-relationships.archimate")
            .toAbsolutePath().normalize();

    private final Path folder = TestStore.tempDir("ndaf-tolerant-cli-");
    private final Path files = TestStore.tempDir("ndaf-tolerant-files-");

    @AfterEach
    void cleanUp() {
        TestStore.deleteRecursively(folder);
        TestStore.deleteRecursively(files);
    }

    private record Run(int code, String out, String err) {

        String lastLine() {
            List<String> lines = out.lines().toList();
            return lines.get(lines.size() - 1);
        }
    }

    private static Run ndaf(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = NdafMain.execute(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    private List<ArchitectureSummary> stored() {
        try (Neo4jStore store = Neo4jStore.open(StoreSettings.embedded(folder), "test check")) {
            return new ArchitectureRepository(store.driver()).list(null).stream().filter(s -> !s.uid().equals(ReferenceUids.STANDARD.national())).toList();
        }
    }

    @Test
    void import_KeepsForbiddenRelationships_WarningOnStderr_CountingByKind_AndPrintsTheIdLast() throws IOException {
        Run imported = ndaf("import", FIXTURE.toString(), "--body", "01", "--data", folder.toString());

        assertThat(imported.code()).as(imported.err()).isZero();
        List<String> warnings = imported.err().lines().filter(l -> l.startsWith("warning: ")).toList();
        assertThat(warnings).hasSize(13);
        assertThat(warnings).filteredOn(l -> l.contains("is not allowed by ArchiMate 3.2")).hasSize(10)
                .allSatisfy(l -> assertThat(l).matches("warning: forbidden-relationships\\.archimate line \\d+: relationship 'tol-r-[a-z]+' .*"));
        assertThat(imported.out()).contains("13 relationships").contains("; warnings: 10 relationship.invalid, 1 junction.mixed, 1 name.empty, 1 viewpoint.unknown");
        String id = imported.lastLine();
        assertThat(id).matches("a[0-9a-z]{11}");

        Path archimate = files.resolve("again.archimate");
        Path exchange = files.resolve("again.xml");
        Path standard = files.resolve("standard.xml");
        assertThat(ndaf("export", id, "--format", "archimate", "--output", archimate.toString(), "--data", folder.toString()).code()).isZero();
        assertThat(ndaf("export", id, "--format", "exchange", "--output", exchange.toString(), "--data", folder.toString()).code()).isZero();
        assertThat(ndaf("export", id, "--format", "exchange", "--standard-only", "--output", standard.toString(), "--data", folder.toString()).code()).isZero();
        for (Path p : List.of(archimate, exchange)) {
            EObject again = ModelImporter.read(p, ImportOptions.defaults()).architecture();
            assertThat(Models.<EObject>list(again, "relationships")).extracting(Models::id).contains("tol-r-composition", "tol-r-specialization", "tol-r-flow");
        }
        assertThat(Files.readString(standard)).doesNotContain("http://ndaf.vn/exchange");
    }

    @Test
    void strictImport_RefusesTheFixtureByName_AndLeavesTheStoreUnchanged() {
        ndaf("import", Path.of("..", "interop", "src", "test", "resources", "archimate", "testmodel1.archimate").toString(), "--body", "01", "--data",
                folder.toString());
        List<ArchitectureSummary> before = stored();

        Run strict = ndaf("import", FIXTURE.toString(), "--body", "01", "--strict", "--data", folder.toString());

        assertThat(strict.code()).isEqualTo(NdafMain.FAILED);
        assertThat(strict.err()).startsWith("ndaf import: forbidden-relationships.archimate line ").contains("relationship 'tol-r-composition'")
                .contains("not allowed by ArchiMate 3.2").hasLineCount(1);
        assertThat(strict.out()).isEmpty();
        assertThat(stored()).isEqualTo(before).hasSize(1);
    }

    @Test
    void import_PrintsTwentyWarnings_ThenTheCountOfTheRest() throws IOException {
        StringBuilder relations = new StringBuilder();
        for (int i = 0; i < 25; i++) {
            relations.append("    <element xsi:type=\"archimate:ServingRelationship\" id=\"s").append(i).append("\" source=\"d\" target=\"p\"/>\n");
        }
        Path many = Files.writeString(files.resolve("many.archimate"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <archimate:model xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:archimate="http://www.archimatetool.com/archimate" name="Many" id="many" version="5.0.0">
                  <folder name="Business" id="fb" type="business">
                    <element xsi:type="archimate:BusinessProcess" name="Process" id="p"/>
                  </folder>
                  <folder name="Application" id="fa" type="application">
                    <element xsi:type="archimate:DataObject" name="Data" id="d"/>
                  </folder>
                  <folder name="Relations" id="fr" type="relations">
                """ + relations + """
                  </folder>
                </archimate:model>
                """, StandardCharsets.UTF_8);

        Run imported = ndaf("import", many.toString(), "--body", "01", "--data", folder.toString());

        assertThat(imported.code()).as(imported.err()).isZero();
        List<String> lines = imported.err().lines().filter(l -> l.startsWith("warning: ")).toList();
        assertThat(lines).hasSize(21);
        assertThat(lines.subList(0, 20)).allSatisfy(l -> assertThat(l).contains("is not allowed by ArchiMate 3.2"));
        assertThat(lines.get(20)).startsWith("warning: ... and 5 more warnings");
        assertThat(imported.out()).contains("; warnings: 25 relationship.invalid");
        assertThat(imported.lastLine()).matches("a[0-9a-z]{11}");
    }

    @Test
    void exportExcelSafe_PrefixesFormulaCells() throws IOException {
        Path formulas = Files.writeString(files.resolve("formulas.archimate"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <archimate:model xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:archimate="http://www.archimatetool.com/archimate" name="=1+1" id="f" version="5.0.0">
                  <folder name="Business" id="fb" type="business">
                    <element xsi:type="archimate:BusinessActor" name="=HYPERLINK(&quot;http://evil&quot;)" id="e1"/>
                    <element xsi:type="archimate:BusinessActor" name="@SUM(A1)" id="e2"/>
                  </folder>
                </archimate:model>
                """, StandardCharsets.UTF_8);
        String id = ndaf("import", formulas.toString(), "--body", "01", "--data", folder.toString()).lastLine();
        Path plain = files.resolve("plain");
        Path safe = files.resolve("safe");

        assertThat(ndaf("export", id, "--format", "csv", "--output", plain.toString(), "--data", folder.toString()).code()).isZero();
        assertThat(ndaf("export", id, "--format", "csv", "--excel-safe", "--output", safe.toString(), "--data", folder.toString()).code()).isZero();

        assertThat(Files.readString(plain.resolve("elements.csv"))).contains("\"=HYPERLINK(\"\"http://evil\"\")\"");
        assertThat(Files.readString(safe.resolve("elements.csv"))).contains("\" =HYPERLINK(\"\"http://evil\"\")\"").contains("\" @SUM(A1)\"")
                .contains("\"ArchimateModel\",\" =1+1\"").doesNotContain(",\"=HYPERLINK");
    }
}
