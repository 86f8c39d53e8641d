package vn.ndaf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.ndaf.repository.TestStore;

/** {@code ndaf check} on a data folder holding Archi's Archisurance model and a province made from its template. */
class CheckCommandIT {

    private static final Path FOLDER = TestStore.tempDir("ndaf-check-");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static String archisurance;
    private static String province;

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--data");
        all.add(FOLDER.toString());
        int code = NdafMain.execute(new PrintWriter(out), new PrintWriter(err), all.toArray(String[]::new));
        return new Run(code, out.toString(), err.toString());
    }

    private static String lastLine(String s) {
        List<String> lines = s.lines().toList();
        return lines.get(lines.size() - 1).strip();
    }

    @BeforeAll
    static void store() {
        Path file = Path.of("").toAbsolutePath().getParent().resolve("../shared/testdata/archimate/Archisurance.archimate").normalize();
        Run imported = run("import", file.toString(), "--body", "01");
        assertThat(imported.code()).as(imported.err()).isZero();
        archisurance = lastLine(imported.out());
        Run made = run("new-architecture", "--body", "79", "--template", "province");
        assertThat(made.code()).as(made.err()).isZero();
        province = lastLine(made.out());
    }

    @AfterAll
    static void cleanUp() {
        TestStore.deleteRecursively(FOLDER);
    }

    @Test
    void check_Json_HasExactlyTheContractFields_AndCountsThatAddUp() throws Exception {
        Run run = run("check", archisurance, "--format", "json");
        JsonNode root = JSON.readTree(run.out());
        assertThat(root.properties()).extracting(e -> e.getKey()).containsExactly("findings", "counts");
        assertThat(root.get("findings").isArray()).isTrue();
        assertThat(root.get("counts").properties()).extracting(e -> e.getKey()).containsExactly("ERROR", "WARNING", "INFO");
        int total = 0;
        int errors = 0;
        for (JsonNode f : root.get("findings")) {
            assertThat(f.properties()).extracting(e -> e.getKey()).containsExactly("rule", "severity", "architecture", "body", "id", "name", "message");
            assertThat(f.get("architecture").asText()).isEqualTo(archisurance);
            assertThat(f.get("body").asText()).isEqualTo("01");
            total++;
            errors += f.get("severity").asText().equals("ERROR") ? 1 : 0;
        }
        JsonNode counts = root.get("counts");
        assertThat(counts.get("ERROR").asInt() + counts.get("WARNING").asInt() + counts.get("INFO").asInt()).isEqualTo(total);
        assertThat(counts.get("ERROR").asInt()).isEqualTo(errors);
        assertThat(run.code()).as(run.err()).isEqualTo(errors > 0 ? 1 : 0);
        // Archisurance has elements of one type with one name (Archi's validator reports them as possible duplicates)
        assertThat(root.get("findings").findValuesAsText("rule")).contains("archimate.element.duplicate");
        assertThat(run.err()).contains("Checking " + archisurance);
    }

    @Test
    void check_ExitsOne_WhenAnErrorRemains_AndTheProfileDecides() throws Exception {
        // Archisurance is no architecture of the framework: the province template's required blocks are missing (ERROR)
        Run run = run("check", archisurance, "--format", "json", "--profile", "basic");
        JsonNode root = JSON.readTree(run.out());
        assertThat(root.get("findings").findValuesAsText("rule")).contains("framework.block.required").doesNotContain("archimate.element.duplicate");
        assertThat(run.code()).isEqualTo(1);
    }

    @Test
    void check_ExitsZero_OnAProvinceMadeFromItsTemplate() throws Exception {
        Run run = run("check", province, "--format", "json");
        JsonNode root = JSON.readTree(run.out());
        assertThat(root.get("counts").get("ERROR").asInt()).as(run.out()).isZero();
        assertThat(run.code()).as(run.err()).isZero();
    }

    @Test
    void check_Csv_HasAHeaderAndOneLinePerFinding() throws Exception {
        int findings = JSON.readTree(run("check", archisurance, "--format", "json").out()).get("findings").size();
        Run csv = run("check", archisurance, "--format", "csv");
        assertThat(csv.out().split("\r\n")[0]).isEqualTo("rule,severity,architecture,body,id,name,message");
        assertThat(csv.out().split("\r\n")).hasSize(findings + 1);
    }

    @Test
    void check_All_ChecksEveryStoredArchitecture() throws Exception {
        Run run = run("check", "--all", "--format", "json");
        JsonNode root = JSON.readTree(run.out());
        assertThat(root.get("findings").findValuesAsText("architecture")).contains(archisurance, province);
        assertThat(run.err()).contains("architectures");
    }

    @Test
    void check_BadInput_ExitsTwo_SayingWhatIsWrong() {
        Run unknown = run("check", "a-no-such-architecture");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("a-no-such-architecture").contains("ndaf list").doesNotContain("Exception");
        assertThat(unknown.out()).isEmpty();
        Run profile = run("check", archisurance, "--profile", "strict");
        assertThat(profile.code()).isEqualTo(2);
        assertThat(profile.err()).contains("'strict'").contains("basic");
        assertThat(run("check").code()).isEqualTo(2);
        assertThat(run("check", archisurance, "--format", "xml").code()).isEqualTo(2);
        assertThat(run("check", archisurance, "--all").code()).isEqualTo(2);
    }
}
