package vn.ndaf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/** {@code ndaf bodies --predecessors} and the refusal of imports for codes that no longer exist: neither opens the store. */
class PredecessorsCommandTest {

    private record Run(int code, String out, String err) {
        List<String> lines() {
            return out.lines().toList();
        }
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = NdafMain.execute(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void predecessors_Text_TuyenQuangFromHaGiangAndTuyenQuang() {
        Run run = run("bodies", "--predecessors", "08");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.lines().get(0)).isEqualTo("08 Tỉnh Tuyên Quang: formed on 1 July 2025 from 2 units");
        assertThat(run.lines().get(1)).isEqualTo("  02  Tỉnh Hà Giang  province, whole");
        assertThat(run.lines().get(2)).isEqualTo("  08  Tỉnh Tuyên Quang  province, whole");
        assertThat(run.lines().get(3)).isEqualTo("Published: tỉnh Hà Giang và tỉnh Tuyên Quang");
    }

    @Test
    void predecessors_Text_HaNoiShownUnchanged() {
        Run run = run("bodies", "--predecessors", "01");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.lines()).containsExactly("01 Thành phố Hà Nội: unchanged on 1 July 2025 (giữ nguyên)", "  01  Thành phố Hà Nội  province, whole");
    }

    @Test
    void predecessors_Tsv_PhuThoWithAHeaderLikeBodies() {
        Run run = run("bodies", "--predecessors", "25", "--format", "tsv");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.lines()).containsExactly(PredecessorsOutput.HEADER, "26\tTỉnh Vĩnh Phúc\tprovince\t26\twhole\tfalse\ttỉnh Vĩnh Phúc",
                "17\tTỉnh Hoà Bình\tprovince\t17\twhole\tfalse\ttỉnh Hòa Bình", "25\tTỉnh Phú Thọ\tprovince\t25\twhole\tfalse\ttỉnh Phú Thọ");
    }

    @Test
    void predecessors_Tsv_ACommuneWithTheRestOfAWard_IsAPart() {
        Run run = run("bodies", "--predecessors", "00004", "--format", "tsv");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.lines()).contains("00055\tPhường Cửa Đông\tcommune\t01\tpart\tfalse\tphần còn lại của phường Cửa Đông",
                "00004\tPhường Trúc Bạch\tcommune\t01\twhole\tfalse\tPhường Trúc Bạch");
    }

    @Test
    void predecessors_OfARetiredCode_SaysWhatItBecame() {
        Run run = run("bodies", "--predecessors", "26");
        assertThat(run.code()).isEqualTo(NdafMain.FAILED);
        assertThat(run.err()).contains("Province code 26 (Vĩnh Phúc) was merged on 1 July 2025 into 25 Phú Thọ").doesNotContain("\tat ");
        assertThat(run("bodies", "--predecessors", "BCA").err()).contains("BCA is a central body");
        assertThat(run("bodies", "--predecessors", "08", "--format", "xml").err()).contains("--format is text or tsv");
    }

    @Test
    void import_ForAPreReformProvinceCode_IsRefusedNamingTheSuccessor() throws Exception {
        Path folder = Files.createTempDirectory("ndaf-retired-");
        Path file = Files.writeString(folder.resolve("model.xml"), "<model/>");
        try {
            Run run = run("import", file.toString(), "--body", "26", "--data", folder.resolve("data").toString());
            assertThat(run.code()).isEqualTo(NdafMain.FAILED);
            assertThat(run.err()).contains("Province code 26 (Vĩnh Phúc) was merged on 1 July 2025 into 25 Phú Thọ; use --body 25");
            assertThat(Files.exists(folder.resolve("data"))).as("the store is not touched").isFalse();
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(folder);
        }
    }
}
