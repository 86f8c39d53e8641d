package vn.ndaf.framework.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import vn.ndaf.framework.ReferenceData;
import vn.ndaf.framework.TestNation;
import vn.ndaf.framework.registry.Body;
import vn.ndaf.metamodel.Models;
import vn.ndaf.metamodel.rules.RelationshipRules;
import vn.ndaf.metamodel.validation.ModelValidator;

class TemplateInstantiationTest {

    private static final ReferenceData DATA = ReferenceData.standard();
    private static final EObject NATIONAL = TestNation.national();
    private final TemplateInstantiator instantiator = DATA.instantiator();

    /** One body per template: the first body of the registry it applies to. */
    static Stream<String> templateNames() {
        return DATA.templates().names().stream();
    }

    private static Body firstBodyFor(Template template) {
        return DATA.registry().bodies().stream().filter(template::appliesTo).findFirst().orElseThrow();
    }

    private EObject provinceOf(Body commune) {
        Body province = DATA.registry().find(commune.parentCode()).orElseThrow();
        Template t = DATA.templates().find("province").orElseThrow();
        return TestNation.inResource(instantiator.instantiate(t, province, InstantiationOptions.of(NATIONAL, null)).architecture(), "p" + province.code());
    }

    @ParameterizedTest
    @MethodSource("templateNames")
    void everyTemplate_Instantiates_AndConforms_AndValidatesWithoutErrors(String name) {
        Template template = DATA.templates().find(name).orElseThrow();
        Body body = firstBodyFor(template);
        EObject parent = template.usesParent() ? provinceOf(body) : null;

        Instantiation result = instantiator.instantiate(template, body, InstantiationOptions.of(NATIONAL, parent));

        ConformanceReport report = TemplateConformance.check(result.architecture(), template);
        assertThat(report.findings()).as(name).isEmpty();
        assertThat(report.conforms()).isTrue();
        assertThat(ModelValidator.get().errors(result.architecture())).as(name).isEmpty();
        assertThat(result.unresolved()).isEmpty();
        assertThat(Models.string(result.architecture(), "bodyCode")).isEqualTo(body.code());
        assertThat(result.blocks().keySet()).containsAll(template.requiredBlocks().stream().map(Block::key).toList());
    }

    @ParameterizedTest
    @MethodSource("templateNames")
    void everyRelationshipATemplateMakes_IsAllowedByArchiMate(String name) {
        Template template = DATA.templates().find(name).orElseThrow();
        Body body = firstBodyFor(template);
        EObject architecture = instantiator.instantiate(template, body, InstantiationOptions.of(NATIONAL, template.usesParent() ? provinceOf(body) : null))
                .architecture();
        List<EObject> relationships = Models.list(architecture, "relationships");
        assertThat(relationships).hasSizeGreaterThanOrEqualTo(template.relationships().size());
        for (EObject r : relationships) {
            EObject source = (EObject) Models.get(r, "source");
            EObject target = (EObject) Models.get(r, "target");
            assertThat(RelationshipRules.get().allows(r.eClass(), source.eClass(), target.eClass())).as(Models.id(r)).isTrue();
        }
    }

    @Test
    void provinceArchitecture_ReferencesTheNationalPortal_NotACopy() {
        Template template = DATA.templates().find("province").orElseThrow();
        EObject architecture = instantiator.instantiate(template, DATA.registry().find("01").orElseThrow(), InstantiationOptions.of(NATIONAL, null))
                .architecture();
        EObject serving = Models.<EObject>list(architecture, "relationships").stream().filter(r -> Models.id(r).equals("r-n-CDVCQG-serving-tthc-system"))
                .findFirst().orElseThrow();
        EObject portal = (EObject) Models.get(serving, "source");
        assertThat(portal.eContainer()).isSameAs(NATIONAL);
        assertThat(Models.string(architecture, "name")).isEqualTo("Kiến trúc số thành phố Hà Nội");
        assertThat(Models.<EObject>list(architecture, "elements")).noneMatch(e -> Models.id(e).startsWith("p-"));
    }

    @Test
    void commune_UsesItsProvincesLgsp_WhenTheProvinceArchitectureIsGiven() {
        Body commune = DATA.registry().find("00004").orElseThrow();
        EObject province = provinceOf(commune);
        Template template = DATA.templates().find("commune").orElseThrow();

        EObject architecture = instantiator.instantiate(template, commune, InstantiationOptions.of(NATIONAL, province)).architecture();

        EObject serving = Models.<EObject>list(architecture, "relationships").stream().filter(r -> Models.id(r).equals("r-p-lgsp-serving-one-stop-process"))
                .findFirst().orElseThrow();
        EObject lgsp = (EObject) Models.get(serving, "source");
        assertThat(lgsp.eContainer()).isSameAs(province);
        assertThat(Models.string(lgsp, "catalogueCode")).isEqualTo("LGSP");
    }

    @Test
    void commune_RecordsTheParentRelationshipsAsUnresolved_WhenItsProvinceHasNoArchitecture() {
        Template template = DATA.templates().find("commune").orElseThrow();
        Instantiation result = instantiator.instantiate(template, DATA.registry().find("00004").orElseThrow(), InstantiationOptions.of(NATIONAL, null));

        ConformanceReport report = TemplateConformance.check(result.architecture(), template);

        assertThat(result.unresolved()).hasSize((int) template.relationships().stream()
                .filter(r -> r.from().kind() == Endpoint.Kind.PARENT || r.to().kind() == Endpoint.Kind.PARENT).count());
        assertThat(report.conforms()).isTrue();
        assertThat(report.unresolved()).contains("r-p-lgsp-serving-one-stop-process", "r-p-tthc-system-serving-one-stop-process");
        assertThat(ModelValidator.get().errors(result.architecture())).isEmpty();
    }

    @Test
    void conformance_ReportsTheMissingBlockOnly_WhenARequiredBlockIsLeftOut() {
        Template template = DATA.templates().find("province").orElseThrow();
        Instantiation result = instantiator.instantiate(template, DATA.registry().find("31").orElseThrow(),
                InstantiationOptions.of(NATIONAL, null).omitting(Set.of("tthc-system"), b -> true));

        ConformanceReport report = TemplateConformance.check(result.architecture(), template);

        assertThat(report.conforms()).isFalse();
        assertThat(report.missingBlocks()).containsExactly("tthc-system");
        assertThat(report.missingPlatforms()).isEmpty();
        assertThat(report.missingRelationships()).isEmpty();
    }

    @Test
    void conformance_ReportsAMissingPlatformUse_WhenTheRelationshipIsRemoved() {
        Template template = DATA.templates().find("ministry").orElseThrow();
        EObject architecture = instantiator.instantiate(template, DATA.registry().find("BYT").orElseThrow(), InstantiationOptions.of(NATIONAL, null))
                .architecture();
        Models.<EObject>list(architecture, "views").clear();
        Models.<EObject>list(architecture, "relationships").removeIf(r -> Models.id(r).equals("r-lgsp-flow-n-NDXP"));

        ConformanceReport report = TemplateConformance.check(architecture, template);

        assertThat(report.missingPlatforms()).containsExactly("NDXP");
        assertThat(report.missingBlocks()).isEmpty();
    }

    @Test
    void conformance_FindsBlocksByClassification_NotById() {
        Template template = DATA.templates().find("ministry").orElseThrow();
        EObject architecture = instantiator.instantiate(template, DATA.registry().find("BYT").orElseThrow(), InstantiationOptions.of(NATIONAL, null))
                .architecture();
        Models.<EObject>list(architecture, "elements").forEach(e -> Models.set(e, "id", "x" + Models.id(e)));
        assertThat(TemplateConformance.check(architecture, template).conforms()).isTrue();

        EObject lgsp = Models.<EObject>list(architecture, "elements").stream().filter(e -> Models.id(e).equals("xlgsp")).findFirst().orElseThrow();
        Models.set(lgsp, "referenceCategory", "ARM.06");
        assertThat(TemplateConformance.check(architecture, template).missingBlocks()).containsExactly("lgsp");
    }

    @Test
    void conformance_DoesNotCountAnElementOfTheSameClassAndCategory_UnlessItIsIdentifiedAsTheBlock() {
        Template template = DATA.templates().find("commune").orElseThrow();
        Body commune = DATA.registry().bodies().stream().filter(template::appliesTo).findFirst().orElseThrow();
        EObject architecture = instantiator.instantiate(template, commune, InstantiationOptions.of(NATIONAL, provinceOf(commune))
                .omitting(Set.of("public-services"), b -> false)).architecture();
        EObject procedureService = Models.element(architecture, "BusinessService", "q1-bs", "Dịch vụ công: đăng ký khai sinh");
        Models.set(procedureService, "nationalLayer", "channels_measurement");
        Models.set(procedureService, "referenceModel", "BRM");
        Models.set(procedureService, "referenceCategory", "BRM.01");

        assertThat(TemplateConformance.check(architecture, template).missingBlocks()).containsExactly("public-services");

        Models.set(procedureService, "frameworkBlock", "public-services");
        assertThat(TemplateConformance.check(architecture, template).missingBlocks()).isEmpty();
    }

    @Test
    void instantiate_RefusesABodyTheTemplateIsNotFor() {
        Template template = DATA.templates().find("commune").orElseThrow();
        assertThatThrownBy(() -> instantiator.instantiate(template, DATA.registry().find("01").orElseThrow(), InstantiationOptions.of(NATIONAL, null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not apply to 01");
    }

    @Test
    void templates_ForBody_PicksTheTemplateOfTheBodysTierAndKind() {
        Templates templates = DATA.templates();
        assertThat(templates.forBody(DATA.registry().find("01").orElseThrow())).get().extracting(Template::name).isEqualTo("province");
        assertThat(templates.forBody(DATA.registry().find("00004").orElseThrow())).get().extracting(Template::name).isEqualTo("commune");
        assertThat(templates.forBody(DATA.registry().find("BCA").orElseThrow())).get().extracting(Template::name).isEqualTo("ministry");
        assertThat(templates.forBody(DATA.registry().find("TANDTC").orElseThrow())).get().extracting(Template::name).isEqualTo("ministry");
        assertThat(templates.forBody(DATA.registry().find("VPTW").orElseThrow())).get().extracting(Template::name).isEqualTo("party");
        assertThat(templates.forBody(DATA.registry().find("HNDVN").orElseThrow())).get().extracting(Template::name).isEqualTo("front");
    }
}
