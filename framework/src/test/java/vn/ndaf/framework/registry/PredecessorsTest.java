package vn.ndaf.framework.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import vn.ndaf.framework.ReferenceData;

/** The predecessors of every province and commune, read from the published file (the copy in framework-templates). */
class PredecessorsTest {

    private final ReferenceData data = ReferenceData.standard();
    private final Predecessors predecessors = data.predecessors();

    @Test
    void wholeFile_EveryEntryIsReadForEveryUnitOfTheRegistry() {
        assertThat(predecessors.entries()).isEqualTo(34 + 3321);
        assertThat(predecessors.all()).hasSize(34 + 3321);
        Set<String> registryUnits = new HashSet<>();
        data.registry().provinces().forEach(b -> registryUnits.add(b.code()));
        data.registry().communes().forEach(b -> registryUnits.add(b.code()));
        assertThat(predecessors.all().stream().map(UnitPredecessors::code).collect(Collectors.toSet())).isEqualTo(registryUnits);
    }

    @Test
    void wholeFile_EveryEntryHasPredecessors_AndEveryOneWithoutCodeIsReported() {
        for (UnitPredecessors u : predecessors.all()) {
            assertThat(u.predecessors()).as(u.code() + " " + u.name() + ": " + u.published()).isNotEmpty();
            assertThat(u.unchanged()).as(u.code()).isEqualTo(u.published().strip().equalsIgnoreCase("giữ nguyên"));
            for (Predecessor p : u.predecessors()) {
                assertThat(p.tier()).isIn("province", "district", "commune");
                if (p.code() == null) {
                    assertThat(predecessors.issues()).as("report of " + u.code() + " " + p.published())
                            .anyMatch(i -> i.unitCode().equals(u.code()) && p.published().equals(i.fragment())
                                    && (i.kind() == PredecessorIssue.Kind.UNRESOLVED || i.kind() == PredecessorIssue.Kind.AMBIGUOUS));
                }
            }
        }
        long all = predecessors.all().stream().mapToLong(u -> u.predecessors().size()).sum();
        long withoutCode = predecessors.all().stream().flatMap(u -> u.predecessors().stream()).filter(p -> p.code() == null).count();
        // the published text spells about one name in 150 differently from the list before the reform
        assertThat(all).isGreaterThan(10_000);
        assertThat(withoutCode).isLessThan(all / 100);
    }

    @Test
    void provinces_All34HaveTheirPredecessors_AndThe63FormerProvincesAreEachInExactlyOne() {
        List<UnitPredecessors> provinces = predecessors.all().stream().filter(u -> u.parentCode() == null).toList();
        assertThat(provinces).hasSize(34);
        List<String> former = provinces.stream().flatMap(u -> u.predecessors().stream()).map(Predecessor::code).toList();
        assertThat(former).doesNotContainNull().hasSize(63).doesNotHaveDuplicates();
        assertThat(provinces).allSatisfy(u -> assertThat(u.predecessors()).allSatisfy(p -> assertThat(p.tier()).isEqualTo("province")));
        assertThat(provinces.stream().filter(UnitPredecessors::unchanged).count()).isEqualTo(11);
    }

    @Test
    void tuyenQuang_IsFormedFromHaGiangAndTuyenQuang() {
        assertThat(predecessors.of("08").orElseThrow().predecessors()).extracting(Predecessor::name, Predecessor::code, Predecessor::whole)
                .containsExactly(tuple("Tỉnh Hà Giang", "02", true), tuple("Tỉnh Tuyên Quang", "08", true));
    }

    @Test
    void phuTho_IsFormedFromVinhPhucHoaBinhAndPhuTho() {
        UnitPredecessors phuTho = predecessors.of("25").orElseThrow();
        assertThat(phuTho.unchanged()).isFalse();
        assertThat(phuTho.predecessors()).extracting(Predecessor::name, Predecessor::code)
                .containsExactly(tuple("Tỉnh Vĩnh Phúc", "26"), tuple("Tỉnh Hoà Bình", "17"), tuple("Tỉnh Phú Thọ", "25"));
        assertThat(predecessors.successorsOfProvince("26")).containsExactly("25");
    }

    @Test
    void haNoi_IsUnchanged_ItsOnePredecessorItself() {
        UnitPredecessors haNoi = predecessors.of("01").orElseThrow();
        assertThat(haNoi.unchanged()).isTrue();
        assertThat(haNoi.predecessors()).extracting(Predecessor::name, Predecessor::code, Predecessor::tier, Predecessor::whole)
                .containsExactly(tuple("Thành phố Hà Nội", "01", "province", true));
    }

    @Test
    void laoCai_TakesTheCodeOfYenBai_SoCodesAreNotNames() {
        // the new Lào Cai has code 15, which was Yên Bái's; the old Lào Cai was 10
        assertThat(predecessors.of("15").orElseThrow().predecessors()).extracting(Predecessor::name, Predecessor::code)
                .containsExactly(tuple("Tỉnh Yên Bái", "15"), tuple("Tỉnh Lào Cai", "10"));
        assertThat(predecessors.successorsOfProvince("10")).containsExactly("15");
    }

    @Test
    void baDinhWard_NamesResolvedWithinHaNoi_WholeAndPartAsPublished_CodeReusedForAnotherUnit() {
        // checked by hand against the two files: Quán Thánh 00013 and Trúc Bạch 00004 of Quận Ba Đình came whole,
        // "một phần … của các phường Cửa Nam, …" and "phần còn lại của phường Cửa Đông, Đồng Xuân" only in part
        UnitPredecessors baDinh = predecessors.of("00004").orElseThrow();
        assertThat(baDinh.name()).isEqualTo("Phường Ba Đình");
        assertThat(baDinh.predecessors()).extracting(Predecessor::name, Predecessor::code, Predecessor::whole).containsExactly(
                tuple("Phường Quán Thánh", "00013", true), tuple("Phường Trúc Bạch", "00004", true), tuple("Phường Cửa Nam", "00073", false),
                tuple("Phường Điện Biên", "00019", false), tuple("Phường Đội Cấn", "00022", false), tuple("Phường Kim Mã", "00028", false),
                tuple("Phường Ngọc Hà", "00016", false), tuple("Phường Thụy Khuê", "00112", false), tuple("Phường Cửa Đông", "00055", false),
                tuple("Phường Đồng Xuân", "00040", false));
    }

    @Test
    void daiMoWard_RemainderInParentheses_IsAPart_OnlyForThatName() {
        UnitPredecessors daiMo = predecessors.of("00637").orElseThrow();
        Map<String, Boolean> whole = daiMo.predecessors().stream().collect(Collectors.toMap(Predecessor::name, Predecessor::whole));
        assertThat(whole).containsEntry("Phường Đại Mỗ", true).containsEntry("Phường Mộ Lao", true).containsEntry("Phường Mễ Trì", false)
                .containsEntry("Phường Trung Văn", false);
        assertThat(daiMo.predecessors()).filteredOn(p -> p.name().equals("Phường Mễ Trì")).extracting(Predecessor::code).containsExactly("00631");
    }

    @Test
    void numberedWards_ResolvedWithinTheDistrictTheTextNames() {
        // "Phường 10, Phường 11 (Quận 6), Phường 16 (Quận 8)": 27385 and 27364 of Quận 6, 27430 of Quận 8
        assertThat(predecessors.of("27364").orElseThrow().predecessors()).extracting(Predecessor::name, Predecessor::code)
                .containsExactly(tuple("Phường 10", "27385"), tuple("Phường 11", "27364"), tuple("Phường 16", "27430"));
    }

    @Test
    void specialZone_FromADistrict_HasFormerTierDistrict() {
        assertThat(predecessors.of("26732").orElseThrow().predecessors()).extracting(Predecessor::name, Predecessor::code, Predecessor::tier)
                .containsExactly(tuple("Huyện Côn Đảo", "755", "district"));
    }

    @Test
    void unchangedCommune_ResolvedByNameInTheFormerProvinces() {
        // Ngũ Chỉ Sơn (new Lào Cai, 15) was in the old Lào Cai (10), Thị xã Sa Pa
        UnitPredecessors u = predecessors.of("03004").orElseThrow();
        assertThat(u.unchanged()).isTrue();
        assertThat(u.predecessors()).extracting(Predecessor::name, Predecessor::code, Predecessor::provinceCode)
                .containsExactly(tuple("Xã Ngũ Chỉ Sơn", "03004", "10"));
    }

    @Test
    void codeOfTheFile_DifferingFromTheRegistry_IsCorrectedByNameAndReported() {
        assertThat(predecessors.of("07147")).get().extracting(UnitPredecessors::name).isEqualTo("Phường Hiệp Hoà");
        assertThat(predecessors.of("00071")).isEmpty();
        assertThat(predecessors.issues()).anyMatch(i -> i.kind() == PredecessorIssue.Kind.CODE_CORRECTED && i.unitCode().equals("07147"));
    }

    @Test
    void placesBelowACommune_AreReportedNotListed() {
        assertThat(predecessors.issues()).filteredOn(i -> i.kind() == PredecessorIssue.Kind.NOT_A_UNIT).extracting(PredecessorIssue::fragment)
                .contains("Trường bắn TB1", "Thôn Mịch A");
        assertThat(predecessors.of("07537").orElseThrow().predecessors()).noneMatch(p -> p.name().contains("Trường bắn"));
    }

    @Test
    void noteAfterTheList_IsKeptAsNote() {
        UnitPredecessors dongNai = predecessors.of("75").orElseThrow();
        assertThat(dongNai.predecessors()).extracting(Predecessor::code).containsExactly("70", "75");
        assertThat(dongNai.note()).startsWith("Từ ngày");
    }

    @Test
    void dissolvedProvinces_Are29_ThoseWhoseNameNoProvinceCarriesAnyMore() {
        List<String> names = predecessors.dissolvedProvinces(data.registry()).stream().map(PreReformUnits.Unit::fullName).toList();
        assertThat(names).hasSize(29).contains("Tỉnh Hà Giang", "Tỉnh Vĩnh Phúc", "Tỉnh Yên Bái").doesNotContain("Tỉnh Lào Cai", "Thành phố Hà Nội");
    }

    @Test
    void text_SplitsOutsideParentheses_AndReadsMarkers() {
        PredecessorText text = new PredecessorText(Map.of("TPHCM", "Thành phố Hồ Chí Minh"), List.of("thôn"));
        var parsed = text.parse("Xã A (phần còn lại sau khi sáp nhập vào xã B, xã C), một phần diện tích TN, quy mô dân số của các xã D, E và Toàn bộ xã F, Thôn G");
        assertThat(parsed.fragments()).extracting(PredecessorText.Fragment::name, PredecessorText.Fragment::whole, PredecessorText.Fragment::notUnit)
                .containsExactly(tuple("A", false, false), tuple("D", false, false), tuple("E", false, false), tuple("F", true, false), tuple("Thôn G", true, true));
        assertThat(text.parse(" Giữ  nguyên ").unchanged()).isTrue();
        assertThat(text.parse("TPHCM, tỉnh Bình Dương").fragments()).extracting(PredecessorText.Fragment::name).containsExactly("Hồ Chí Minh", "Bình Dương");
    }

    @Test
    void names_ComparedWhereverTheToneSits() {
        assertThat(UnitNames.key("Hoà Bình")).isEqualTo(UnitNames.key("hòa  bình"));
        assertThat(UnitNames.key("Thuỵ Khuê")).isEqualTo(UnitNames.key("Thụy Khuê"));
        assertThat(UnitNames.key("Hà Nam")).isNotEqualTo(UnitNames.key("Hạ Nam"));
        assertThat(UnitNames.key("Phường 01")).isEqualTo(UnitNames.key("Phường 1"));
    }
}
