package vn.ndaf.framework.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;

import vn.ndaf.framework.ReferenceData;
import vn.ndaf.metamodel.Models;
import vn.ndaf.metamodel.NdafMetamodel;

class DissolvedUnitsTest {

    private static final ReferenceData DATA = ReferenceData.standard();
    private static final DissolvedUnits DETECTOR = new DissolvedUnits(DATA.registry(), DATA.predecessors());

    private static List<String> found(String text) {
        return DETECTOR.find(text).stream().map(f -> f[0]).toList();
    }

    @Test
    void find_NamesOfMergedProvincesAndAbolishedDistricts_WithTheirUnitType() {
        assertThat(found("Cổng thông tin điện tử tỉnh Hà Giang")).containsExactly("tỉnh Hà Giang");
        assertThat(found("UBND Tỉnh Vĩnh Phúc và Huyện Mai Sơn")).containsExactly("Tỉnh Vĩnh Phúc", "Huyện Mai Sơn");
        assertThat(found("Trung tâm dữ liệu tỉnh Hoà Bình")).containsExactly("tỉnh Hoà Bình");
        assertThat(found("Quận Ba Đình")).containsExactly("Quận Ba Đình");
    }

    @Test
    void find_NothingForUnitsOfToday_OrANameWithoutItsType() {
        assertThat(found("Kiến trúc số thành phố Hà Nội")).isEmpty();
        assertThat(found("Phường Hà Giang 1")).isEmpty();
        assertThat(found("tỉnh Lào Cai, tỉnh Tuyên Quang, Thành phố Huế")).isEmpty();
        assertThat(found("Hà Giang")).isEmpty();
        assertThat(found(null)).isEmpty();
    }

    @Test
    void scan_ReportsEachElementAndField_NamingTheSuccessor() {
        EObject arch = NdafMetamodel.get().create("Architecture");
        Models.set(arch, "id", "a1");
        Models.set(arch, "name", "Kiến trúc số tỉnh Vĩnh Phúc");
        EObject portal = NdafMetamodel.get().create("ApplicationComponent");
        Models.set(portal, "id", "e1");
        Models.set(portal, "name", "Cổng thông tin");
        Models.set(portal, "documentation", "Của Huyện Mê Linh trước đây");
        Models.property(portal, "owner", "UBND tỉnh Hà Giang");
        Models.list(arch, "elements").add(portal);
        EObject fine = NdafMetamodel.get().create("ApplicationComponent");
        Models.set(fine, "id", "e2");
        Models.set(fine, "name", "LGSP thành phố Hà Nội");
        Models.list(arch, "elements").add(fine);

        List<DissolvedUnits.Mention> mentions = DETECTOR.scan(arch);

        assertThat(mentions).extracting(DissolvedUnits.Mention::objectId, DissolvedUnits.Mention::field, DissolvedUnits.Mention::formerCode)
                .containsExactly(org.assertj.core.api.Assertions.tuple("a1", "name", "26"), org.assertj.core.api.Assertions.tuple("e1", "documentation", "250"),
                        org.assertj.core.api.Assertions.tuple("e1", "property owner", "02"));
        assertThat(mentions.get(0).successors()).containsExactly("25");
        assertThat(mentions.get(0).message()).contains("Kiến trúc số tỉnh Vĩnh Phúc").contains("merged on 1 July 2025 into 25 Phú Thọ");
        assertThat(mentions.get(2).successors()).containsExactly("08");
    }

    @Test
    void retired_ProvinceCodeOfBeforeTheReform_NamesItsSuccessor() {
        var retired = DATA.predecessors().retired("26", DATA.registry()).orElseThrow();
        assertThat(retired.successors()).containsExactly("25");
        assertThat(retired.message()).isEqualTo("Province code 26 (Vĩnh Phúc) was merged on 1 July 2025 into 25 Phú Thọ");
        assertThat(DATA.predecessors().retired("25", DATA.registry())).isEmpty();
        // 00004 was Phường Trúc Bạch and is Phường Ba Đình today: a code of today is never retired
        assertThat(DATA.predecessors().retired("00004", DATA.registry())).isEmpty();
        assertThat(DATA.predecessors().retired("001", DATA.registry()).orElseThrow().successors()).containsExactly("01");
    }
}
