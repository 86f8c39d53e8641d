package vn.ndaf.api.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.ndaf.analysis.StoredReferenceResolver;
import vn.ndaf.framework.ReferenceData;
import vn.ndaf.framework.template.ConformanceReport;
import vn.ndaf.framework.template.TemplateConformance;
import vn.ndaf.metamodel.Models;
import vn.ndaf.repository.ArchitectureRepository;
import vn.ndaf.repository.TestStore;

/** Architectures made from templates, stored, loaded back with their references to other architectures, and checked. */
class ArchitectureFromTemplateIT {

    private static final ReferenceData DATA = ReferenceData.standard();
    private final ArchitectureRepository repository = new ArchitectureRepository(TestStore.get().driver());
    private final ReferenceUids uids = ReferenceUids.STANDARD;
    private ArchitectureFromTemplate fromTemplate;

    @BeforeEach
    void referenceData() {
        new StoreBootstrap(repository, ReferenceModels.of(DATA), uids).ensure();
        fromTemplate = new ArchitectureFromTemplate(repository, DATA, uids);
    }

    private EObject relationship(EObject architecture, String id) {
        return Models.<EObject>list(architecture, "relationships").stream().filter(r -> Models.id(r).equals(id)).findFirst().orElseThrow();
    }

    private static EObject end(EObject relationship, String feature) {
        return (EObject) relationship.eGet(relationship.eClass().getEStructuralFeature(feature), false);
    }

    @Test
    void province_IsStored_AndStillConformsWhenLoadedBack_WithTheNationalPortalAsAReference() {
        ArchitectureFromTemplate.Result result = fromTemplate.create("46", null, null, null, "test");

        EObject loaded = repository.load(result.id()).root();

        assertThat(result.template()).isEqualTo("province");
        assertThat(result.conforms()).isTrue();
        ConformanceReport report = TemplateConformance.check(loaded, DATA.templates().find("province").orElseThrow());
        assertThat(report.findings()).isEmpty();
        EObject portal = end(relationship(loaded, "r-n-CDVCQG-serving-tthc-system"), "source");
        assertThat(portal.eIsProxy()).isTrue();
        assertThat(((InternalEObject) portal).eProxyURI().toString()).isEqualTo("ndaf:/graph/" + uids.national() + "#p-CDVCQG");
        assertThat(Models.string(loaded, "bodyCode")).isEqualTo("46");
    }

    @Test
    void commune_UsesTheStoredProvinceArchitecturesLgsp_WhenTheProvinceHasOne() {
        // a province no other test has stored an architecture for: with two, which one a commune uses is not this test's question
        String code = DATA.registry().provinces().stream().map(b -> b.code()).filter(c -> !c.equals("96") && repository.list(c).isEmpty()).findFirst()
                .orElseThrow();
        String province = fromTemplate.create(code, "province", null, null, "test").id();
        String commune = DATA.registry().children(code).get(0).code();

        ArchitectureFromTemplate.Result result = fromTemplate.create(commune, null, "Kiến trúc thử nghiệm", "target", "test");

        assertThat(result.parentArchitecture()).isEqualTo(province);
        assertThat(result.unresolved()).isEmpty();
        EObject loaded = repository.load(result.id()).root();
        assertThat(Models.string(loaded, "name")).isEqualTo("Kiến trúc thử nghiệm");
        assertThat(Models.get(loaded, "state").toString()).isEqualTo("target");
        EObject lgsp = end(relationship(loaded, "r-p-lgsp-serving-one-stop-process"), "source");
        assertThat(((InternalEObject) lgsp).eProxyURI().toString()).isEqualTo("ndaf:/graph/" + province + "#lgsp");
        assertThat(TemplateConformance.check(loaded, DATA.templates().find("commune").orElseThrow()).findings()).isEmpty();
        assertThat(TemplateConformance.check(loaded, DATA.templates().find("commune").orElseThrow(), new StoredReferenceResolver(repository)).findings()).isEmpty();
    }

    @Test
    void commune_RecordsItsProvinceRelationshipsAsUnresolved_WhenTheProvinceHasNoArchitecture() {
        String commune = DATA.registry().children("96").get(0).code();
        assertThat(repository.list("96")).as("no test stores an architecture of province 96 in the shared store").isEmpty();

        ArchitectureFromTemplate.Result result = fromTemplate.create(commune, "commune", null, null, "test");

        assertThat(result.parentArchitecture()).isNull();
        assertThat(result.unresolved()).anyMatch(u -> u.startsWith("r-p-lgsp-serving-one-stop-process: the parent body 96 has no architecture yet"));
        ConformanceReport report = TemplateConformance.check(repository.load(result.id()).root(), DATA.templates().find("commune").orElseThrow());
        assertThat(report.conforms()).isTrue();
        assertThat(report.unresolved()).containsExactlyInAnyOrder("r-p-lgsp-serving-one-stop-process", "r-p-tthc-system-serving-one-stop-process",
                "r-p-doc-system-serving-authority");
    }

    @Test
    void create_RefusesAnUnknownBody_SuggestingTheOfficialCode() {
        assertThatThrownBy(() -> fromTemplate.create("4", null, null, null, "test")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("No body has the code '4'").hasMessageContaining("04 (Tỉnh Cao Bằng)").hasMessageContaining("ndaf bodies");
    }

    @Test
    void create_RefusesATemplateNotMadeForTheBody_NamingTheOneThatIs() {
        assertThatThrownBy(() -> fromTemplate.create("BCA", "front", null, null, "test")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not for BCA").hasMessageContaining("use ministry");
        assertThatThrownBy(() -> fromTemplate.create("BCA", "district", null, null, "test")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("the templates are: ministry, province, commune, party, front");
        assertThatThrownBy(() -> fromTemplate.create("BCA", null, null, "future", "test")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("baseline, transition, target");
    }
}
