package vn.ndaf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import vn.ndaf.repository.TestStore;

/**
 * The framework commands on one data folder, in the order a user would run them: list the bodies, make an
 * architecture from a template, generate a synthetic nation, and be refused a second one.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FrameworkCommandsIT {

    private static final Path FOLDER = TestStore.tempDir("ndaf-cli-");

    @AfterAll
    static void cleanUp() {
        TestStore.deleteRecursively(FOLDER);
    }

    /** Exit code, stdout and stderr of one command. */
    private record Run(int code, String out, String err) {
        List<String> lines() {
            return out.lines().toList();
        }
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--data";
        all[args.length + 1] = FOLDER.toString();
        int code = NdafMain.execute(new PrintWriter(out), new PrintWriter(err), all);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    @Order(1)
    void bodies_ListsThe34Provinces_WithoutTouchingTheStore() {
        Run run = run("bodies", "--tier", "province");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.lines()).hasSize(35);
        assertThat(run.lines().get(0)).isEqualTo("code\ttier\tkind\tparent\tname\tname_en");
        assertThat(run.lines().get(1)).startsWith("01\tprovince\tstate_administration\t\tThành phố Hà Nội\t");
        assertThat(run.err()).doesNotContain("Reference data");
        assertThat(FOLDER.resolve("ndaf.lock")).doesNotExist();
    }

    @Test
    @Order(2)
    void newArchitecture_PrintsTheNewIdOnTheLastLine_AndListShowsIt() {
        Run run = run("new-architecture", "--body", "01", "--template", "province");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("conforms       yes").contains("Kiến trúc số thành phố Hà Nội");
        // the first command that opens the new store loads the reference data; the next ones find it up to date
        assertThat(run.err()).contains("Reference data: body registry").contains("loaded");
        String id = run.lines().get(run.lines().size() - 1);
        Run list = run("list", "--body", "01");
        assertThat(list.out()).contains(id + "\t01\tbaseline\t");
        assertThat(list.err()).doesNotContain("Reference data");
    }

    @Test
    @Order(3)
    void newArchitecture_WithAnUnknownBodyOrTemplate_FailsWithAMessageSayingWhatExists() {
        Run body = run("new-architecture", "--body", "99999");
        assertThat(body.code()).isEqualTo(NdafMain.FAILED);
        assertThat(body.err()).startsWith("ndaf new-architecture: No body has the code '99999'").contains("ndaf bodies").doesNotContain("\tat ");
        Run template = run("new-architecture", "--body", "01", "--template", "district");
        assertThat(template.code()).isEqualTo(NdafMain.FAILED);
        assertThat(template.err()).contains("the templates are: ministry, province, commune, party, front");
    }

    @Test
    @Order(4)
    void generate_StoresTheNation_ReportingProgressAndEveryKindOfDeviation() throws Exception {
        Path deviations = FOLDER.resolve("deviations.tsv");
        Run run = run("generate", "--scale", "0.002", "--seed", "3", "--deviations", deviations.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.err()).contains("generate: ").contains(" architectures, ");
        for (String kind : List.of("missing_required_block", "unsynchronised_database", "duplicated_system", "late_work_package")) {
            assertThat(run.out()).containsPattern("planted " + kind + ": [1-9]");
        }
        List<String> planted = Files.readAllLines(deviations, StandardCharsets.UTF_8);
        assertThat(planted.get(0)).isEqualTo("kind\tbody\tarchitecture\telement\tdetail");
        long total = run.lines().stream().filter(l -> l.startsWith("planted ") && l.contains(": ")).mapToLong(l -> Long.parseLong(l.replaceAll(".*: ", ""))).sum();
        assertThat(planted).hasSize((int) total + 1);
        assertThat(run("list").out()).contains("syn-");
    }

    @Test
    @Order(5)
    void generate_IsRefused_WhenTheStoreAlreadyHoldsASyntheticNation() {
        Run run = run("generate", "--scale", "0.002");
        assertThat(run.code()).isEqualTo(NdafMain.FAILED);
        assertThat(run.err()).startsWith("ndaf generate: The store already holds a synthetic nation").doesNotContain("\tat ");
    }
}
