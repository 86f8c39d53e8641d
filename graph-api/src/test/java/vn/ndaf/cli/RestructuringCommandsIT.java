package vn.ndaf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.ndaf.repository.TestStore;

/** Importing a pre-reform model and consolidating predecessors' architectures from the command line, on one data folder. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RestructuringCommandsIT {

    private static final Path FOLDER = TestStore.tempDir("ndaf-restructuring-");

    @AfterAll
    static void cleanUp() {
        TestStore.deleteRecursively(FOLDER);
    }

    private record Run(int code, String out, String err) {
        List<String> lines() {
            return out.lines().toList();
        }

        String last() {
            return lines().get(lines().size() - 1);
        }
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--data";
        all[args.length + 1] = FOLDER.resolve("data").toString();
        int code = NdafMain.execute(new PrintWriter(out), new PrintWriter(err), all);
        return new Run(code, out.toString(), err.toString());
    }

    private static Path model(String name, String modelName, String... elements) throws Exception {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<model xmlns=\"http://www.opengroup.org/xsd/archimate/3.0/\" "
                + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" identifier=\"m\">\n  <name xml:lang=\"vi\">" + modelName + "</name>\n  <elements>\n");
        for (int i = 0; i < elements.length; i++) {
            sb.append("    <element identifier=\"e").append(i).append("\" xsi:type=\"ApplicationComponent\"><name xml:lang=\"vi\">").append(elements[i])
                    .append("</name></element>\n");
        }
        sb.append("  </elements>\n</model>\n");
        Files.createDirectories(FOLDER);
        return Files.writeString(FOLDER.resolve(name), sb.toString());
    }

    @Test
    @Order(1)
    void import_AModelNamingDissolvedUnits_IsImportedWithAWarningPerMention() throws Exception {
        Path file = model("vinh-phuc.xml", "Kiến trúc số tỉnh Vĩnh Phúc", "Cổng thông tin điện tử tỉnh Vĩnh Phúc", "Hệ thống một cửa Huyện Mê Linh",
                "Hệ thống quản lý đất đai");
        Run run = run("import", file.toString(), "--body", "25");
        assertThat(run.code()).as(run.err()).isZero();
        List<String> warnings = run.err().lines().filter(l -> l.startsWith("warning: ") && l.contains("1 July 2025")).toList();
        assertThat(warnings).hasSize(3);
        assertThat(warnings.get(0)).contains("Kiến trúc số tỉnh Vĩnh Phúc").contains("merged on 1 July 2025 into 25 Phú Thọ");
        assertThat(warnings).anyMatch(w -> w.contains("Huyện Mê Linh") && w.contains("district") && w.contains("01 Hà Nội"));
        assertThat(run.last()).isNotBlank();
    }

    @Test
    @Order(2)
    void import_AModelNamingOnlyUnitsOfToday_HasNoSuchWarning() throws Exception {
        Path file = model("ha-noi.xml", "Kiến trúc số thành phố Hà Nội", "Cổng thông tin điện tử thành phố Hà Nội", "Phường Hà Giang 1");
        Run run = run("import", file.toString(), "--body", "01");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.err()).doesNotContain("1 July 2025");
    }

    @Test
    @Order(3)
    void consolidate_TwoImportedPreReformModels_Json_ListsEveryOriginAndKeepsThePredecessors() throws Exception {
        Path a = model("ha-giang.xml", "Kiến trúc số tỉnh Hà Giang", "Hệ thống quản lý hồ sơ tỉnh Hà Giang", "Hệ thống riêng A");
        Path b = model("tuyen-quang.xml", "Kiến trúc số tỉnh Tuyên Quang", "Hệ thống quản lý hồ sơ tỉnh Tuyên Quang", "Hệ thống riêng B");
        String idA = run("import", a.toString(), "--body", "08").last();
        String idB = run("import", b.toString(), "--body", "08").last();

        Run run = run("consolidate", "--body", "08", "--from", idA + "," + idB, "--format", "json");
        assertThat(run.code()).as(run.err()).isZero();
        JsonNode report = new ObjectMapper().readTree(run.out());
        assertThat(report.get("body").asText()).isEqualTo("08");
        assertThat(report.get("predecessors")).hasSize(2);
        assertThat(report.at("/predecessors/0/architecture").asText()).isEqualTo(idA);
        assertThat(report.at("/predecessors/0/formerUnit").asText()).isEqualTo("02");
        // models made outside the framework classify nothing: every block is a gap, filled from the template where required
        assertThat(report.get("duplicates")).isEmpty();
        assertThat(report.get("gaps").size()).isEqualTo(report.get("blocks").size());
        assertThat(report.get("conforms").asBoolean()).isTrue();
        Set<String> matched = new TreeSet<>();
        report.get("potentialMatches").forEach(m -> matched.add(m.get("name").asText()));
        assertThat(matched).containsExactly("Hệ thống quản lý hồ sơ");
        for (String field : List.of("blocks", "duplicates", "gaps", "potentialMatches", "mergedNationalReferences", "findings", "predecessors")) {
            assertThat(report.get(field).isArray()).as(field + " is a list").isTrue();
        }
        String consolidated = report.get("architecture").asText();
        assertThat(run("list", "--body", "08").out()).contains(consolidated).contains(idA).contains(idB);
    }

    @Test
    @Order(4)
    void consolidate_AnUnknownPredecessor_IsRefusedAndStoresNothing() {
        int before = run("list", "--body", "08").lines().size();
        Run run = run("consolidate", "--body", "08", "--from", "no-such-architecture");
        assertThat(run.code()).isEqualTo(NdafMain.FAILED);
        assertThat(run.err()).contains("No architecture has the id 'no-such-architecture'").doesNotContain("\tat ");
        assertThat(run("list", "--body", "08").lines()).hasSize(before);
        Run central = run("consolidate", "--body", "BCA", "--from", "x");
        assertThat(central.err()).contains("BCA is a central body");
    }
}
