package vn.ndaf.framework.data;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import vn.ndaf.framework.FrameworkDataException;
import vn.ndaf.framework.ReferenceData;
import vn.ndaf.framework.catalogue.CatalogueLoader;
import vn.ndaf.framework.template.TemplateLoader;

/** Bad data is refused with a message naming the file, the place and what to do. */
class DataErrorsTest {

    private static YamlMap yaml(String file, String text) {
        return YamlFile.parse(file, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void unquotedVersion_IsRefused_WithWhereAndHow() {
        YamlMap map = yaml("framework.yaml", "version: 1.10\n");
        assertThatThrownBy(() -> map.string("version")).isInstanceOf(FrameworkDataException.class)
                .hasMessage("framework.yaml, version: is 1.1 but must be text; write it in quotes (\"1.1\")");
    }

    @Test
    void invalidYaml_IsRefused_NamingTheFile() {
        assertThatThrownBy(() -> yaml("catalogue.yaml", "a: [1, 2\n")).isInstanceOf(FrameworkDataException.class)
                .hasMessageStartingWith("catalogue.yaml is not valid YAML");
    }

    @Test
    void catalogue_WithoutSampleMarker_IsRefused() {
        assertThatThrownBy(() -> CatalogueLoader.read(yaml("catalogue.yaml", "sample: false\nversion: \"1\"\n"))).isInstanceOf(FrameworkDataException.class)
                .hasMessageContaining("catalogue.yaml, sample");
    }

    @Test
    void catalogue_WithAnUnknownScope_IsRefused_ListingTheValues() {
        String text = "sample: true\nversion: \"1\"\nnote: n\nsources: {S: {doc: d}}\nplatforms:\n"
                + "  - {code: X, name_vi: x, name_en: x, scope: galactic, category: ARM.01, layer: data_platforms, sources: [S]}\n";
        assertThatThrownBy(() -> CatalogueLoader.read(yaml("catalogue.yaml", text))).isInstanceOf(FrameworkDataException.class)
                .hasMessage("catalogue.yaml, platforms[0].scope: 'galactic' is not a value of PlatformScope; use one of [national, provincial, sectoral]");
    }

    @Test
    void template_WithARelationshipArchiMateForbids_IsRefused() {
        ReferenceData data = ReferenceData.standard();
        String text = "name: t\nversion: \"1\"\ntitle_vi: t\ntitle_en: t\napplies_to: {tier: province, kinds: [state_administration]}\n"
                + "architecture: {name_vi: \"{unit}\", name_en: \"{fullNameEn}\"}\nblocks:\n"
                + "  - {key: a, type: BusinessActor, required: true, layer: applications_business, category: BRM.03, name_vi: a, name_en: a}\n"
                + "  - {key: d, type: DataObject, required: true, layer: data_platforms, category: DRM.03, name_vi: d, name_en: d}\n"
                + "relationships:\n  - {type: ServingRelationship, from: d, to: a, required: true}\n";
        assertThatThrownBy(() -> new TemplateLoader(data.framework(), data.catalogue()).read(yaml("templates/t.yaml", text), null))
                .isInstanceOf(FrameworkDataException.class)
                .hasMessageStartingWith("templates/t.yaml, relationships[0].type: ServingRelationship from d (DataObject) to a (BusinessActor) is not allowed");
    }

    @Test
    void template_WithABlockInANationalPlatformsCategory_IsRefused() {
        ReferenceData data = ReferenceData.standard();
        String text = "name: t\nversion: \"1\"\ntitle_vi: t\ntitle_en: t\napplies_to: {tier: province, kinds: [state_administration]}\n"
                + "architecture: {name_vi: \"{unit}\", name_en: \"{fullNameEn}\"}\nblocks:\n"
                + "  - {key: portal, type: InformationSystem, required: true, layer: channels_measurement, category: ARM.02.01, name_vi: p, name_en: p}\n";
        assertThatThrownBy(() -> new TemplateLoader(data.framework(), data.catalogue()).read(yaml("templates/t.yaml", text), null))
                .isInstanceOf(FrameworkDataException.class).hasMessageContaining("blocks[0].category: ARM.02.01 is the function of the national platform CDVCQG");
    }

    @Test
    void template_WithAnUnknownPlaceholder_IsRefused() {
        ReferenceData data = ReferenceData.standard();
        String text = "name: t\nversion: \"1\"\ntitle_vi: t\ntitle_en: t\napplies_to: {tier: province, kinds: [state_administration]}\n"
                + "architecture: {name_vi: \"{province}\", name_en: x}\n";
        assertThatThrownBy(() -> new TemplateLoader(data.framework(), data.catalogue()).read(yaml("templates/t.yaml", text), null))
                .isInstanceOf(FrameworkDataException.class).hasMessageContaining("architecture.name_vi: unknown placeholder {province}");
    }
}
