package vn.ndaf.framework.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;

import vn.ndaf.framework.ReferenceData;
import vn.ndaf.metamodel.Models;
import vn.ndaf.metamodel.validation.ModelValidator;
import vn.ndaf.metamodel.validation.Problem;

class RegistryTest {

    private final Registry registry = ReferenceData.standard().registry();

    @Test
    void registry_HasExactly34ProvincesAnd3321Communes_WhenLoadedFromTheUnitsFile() {
        assertThat(registry.provinces()).hasSize(34);
        assertThat(registry.communes()).hasSize(3321);
    }

    @Test
    void registry_HasNoTierOtherThanCentralProvinceCommune_SoNoDistrict() {
        Set<String> tiers = new HashSet<>();
        registry.bodies().forEach(b -> tiers.add(b.tier()));
        assertThat(tiers).containsExactlyInAnyOrder("central", "province", "commune");
        assertThat(registry.bodies().size()).isEqualTo(registry.central().size() + 34 + 3321);
    }

    @Test
    void everyCommune_HasAProvinceAsParent() {
        for (Body commune : registry.communes()) {
            assertThat(registry.find(commune.parentCode())).as("parent of " + commune.code()).get().extracting(Body::tier).isEqualTo("province");
            assertThat(commune.code()).matches("\\d{5}");
        }
    }

    @Test
    void codes_AreUnique_AndProvincesAreAddressedByTheirOfficialCodes() {
        Set<String> codes = new HashSet<>();
        registry.bodies().forEach(b -> assertThat(codes.add(b.code())).as(b.code()).isTrue());
        assertThat(registry.find("01")).get().extracting(Body::nameVi, Body::fullNameVi, Body::tier).containsExactly("Hà Nội", "Thành phố Hà Nội", "province");
        assertThat(registry.find("00004")).get().extracting(Body::nameVi, Body::parentCode, Body::unitType).containsExactly("Ba Đình", "01", "Phường");
    }

    @Test
    void centralBodies_CoverStatePartyAssemblyFrontCourtAndProcuracy() {
        Set<String> kinds = new HashSet<>();
        registry.central().forEach(b -> kinds.add(b.kind()));
        assertThat(kinds).containsExactlyInAnyOrder("state_administration", "party", "national_assembly", "front", "court", "procuracy");
        List<String> ministries = registry.children("CP").stream().filter(b -> b.code().startsWith("B") || List.of("NHNN", "TTCP", "VPCP").contains(b.code()))
                .map(Body::code).filter(c -> !c.startsWith("BCD")).toList();
        assertThat(ministries).hasSize(17);
        assertThat(registry.children("UBTWMTTQ")).hasSize(5);
    }

    @Test
    void unitType_IsCapitalised_WhenTheSourceWritesItInLowerCase() {
        assertThat(registry.communes()).allSatisfy(c -> assertThat(c.unitType()).isIn("Xã", "Phường", "Đặc khu"));
        assertThat(registry.find("06325")).get().extracting(Body::fullNameVi).isEqualTo("Xã Bắc Sơn");
    }

    @Test
    void registryModel_ValidatesWithoutErrors_AndReadsBackTheSameBodies() {
        EObject model = RegistryModel.build(registry);
        List<Problem> errors = ModelValidator.get().errors(model);
        assertThat(errors).isEmpty();
        assertThat(Models.<EObject>list(model, "bodies")).hasSize(registry.bodies().size());
        Registry back = RegistryModel.read(model);
        assertThat(back.version()).isEqualTo(registry.version());
        for (int i = 0; i < registry.bodies().size(); i++) {
            Body expected = registry.bodies().get(i);
            assertThat(back.bodies().get(i)).isEqualTo(expected.isCentral() ? expected
                    : new Body(expected.code(), expected.nameVi(), expected.nameEn(), expected.fullNameVi(), expected.fullNameEn(), expected.kind(),
                            expected.tier(), expected.parentCode(), expected.unitType(), expected.codeName(), true, false, null, null, List.of()));
        }
    }

    @Test
    void registryModel_DocumentsEachUnitWithWhatItWasFormedFrom_SoSearchFindsItByAPredecessorsName() {
        EObject model = ReferenceData.standard().buildRegistryModel();
        java.util.Map<String, String> docs = new java.util.HashMap<>();
        for (EObject b : Models.<EObject>list(model, "bodies")) {
            docs.put(Models.string(b, "code"), Models.string(b, "documentation"));
        }
        assertThat(docs.get("08")).isEqualTo("Formed on 1 July 2025 from: Tỉnh Hà Giang; Tỉnh Tuyên Quang.");
        assertThat(docs.get("25")).contains("Tỉnh Vĩnh Phúc");
        assertThat(docs.get("01")).isEqualTo("Unchanged on 1 July 2025 (giữ nguyên): Thành phố Hà Nội.");
        assertThat(docs.get("00004")).contains("Phường Cửa Đông (part)");
        assertThat(ModelValidator.get().errors(model)).isEmpty();
        // the derived text is not read back as a note
        assertThat(RegistryModel.read(model).find("08").orElseThrow().note()).isNull();
    }
}
