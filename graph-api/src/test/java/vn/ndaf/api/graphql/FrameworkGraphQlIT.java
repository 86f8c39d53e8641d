package vn.ndaf.api.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import com.fasterxml.jackson.databind.JsonNode;

import vn.ndaf.api.GraphQlHttp;
import vn.ndaf.api.NdafApplication;
import vn.ndaf.api.TestStoreConfiguration;
import vn.ndaf.framework.ReferenceData;

@SpringBootTest(classes = NdafApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestStoreConfiguration.class)
class FrameworkGraphQlIT {

    private static final ReferenceData DATA = ReferenceData.standard();

    @LocalServerPort
    int port;

    private JsonNode query(String query, Map<String, Object> variables) {
        return new GraphQlHttp(port).post(query, variables, "graphql test");
    }

    private static final String PAGE = "query($after: String) { bodies(tier: \"province\", first: 10, after: $after) { totalCount nodes { code tier } pageInfo { hasNextPage endCursor } } }";

    @Test
    void bodies_PagesThroughAll34Provinces_WithCursors() {
        Set<String> codes = new HashSet<>();
        String after = null;
        int pages = 0;
        while (true) {
            java.util.HashMap<String, Object> variables = new java.util.HashMap<>();
            variables.put("after", after);
            JsonNode page = query(PAGE, variables).at("/data/bodies");
            assertThat(page.get("totalCount").asInt()).isEqualTo(34);
            page.get("nodes").forEach(n -> {
                assertThat(n.get("tier").asText()).isEqualTo("province");
                codes.add(n.get("code").asText());
            });
            pages++;
            if (!page.at("/pageInfo/hasNextPage").asBoolean()) {
                break;
            }
            after = page.at("/pageInfo/endCursor").asText();
        }
        assertThat(pages).isEqualTo(4);
        assertThat(codes).hasSize(34).contains("01", "79");
    }

    @Test
    void bodies_OfAParent_AreItsCommunes() {
        JsonNode result = query("{ bodies(parent: \"01\", first: 1000) { totalCount nodes { code tier } } }", Map.of()).at("/data/bodies");
        assertThat(result.get("totalCount").asInt()).isEqualTo(DATA.registry().children("01").size()).isPositive();
        result.get("nodes").forEach(n -> assertThat(n.get("tier").asText()).isEqualTo("commune"));
    }

    @Test
    void bodies_WithAnUnknownTier_IsRefused_NamingTheTiers() {
        JsonNode result = query("{ bodies(tier: \"district\") { totalCount } }", Map.of());
        assertThat(result.at("/errors/0/message").asText()).contains("'district' is not one of central, province, commune");
        assertThat(result.at("/errors/0/extensions/code").asText()).isEqualTo("INVALID_INPUT");
    }

    @Test
    void body_GivesACommuneWithItsProvince() {
        JsonNode body = query("{ body(code: \"00004\") { code name fullName tier template parent { code name tier } } }", Map.of()).at("/data/body");
        assertThat(body.get("fullName").asText()).isEqualTo("Phường Ba Đình");
        assertThat(body.get("template").asText()).isEqualTo("commune");
        assertThat(body.at("/parent/code").asText()).isEqualTo("01");
        assertThat(body.at("/parent/tier").asText()).isEqualTo("province");
        assertThat(query("{ body(code: \"nope\") { code } }", Map.of()).at("/data/body").isNull()).isTrue();
    }

    @Test
    void templates_ListTheFiveTemplatesWithTheirBlocks() {
        JsonNode templates = query("{ templates { name tier blocks { key required } platforms { code name required } relationships { id from to } } frameworkVersion"
                + " referenceData { provinces communes catalogueSample registryVersion } }", Map.of()).at("/data");
        assertThat(templates.get("templates")).hasSize(5);
        JsonNode province = templates.get("templates").get(1);
        assertThat(province.get("name").asText()).isEqualTo("province");
        assertThat(province.get("blocks").size()).isEqualTo(DATA.templates().find("province").orElseThrow().blocks().size());
        assertThat(province.get("platforms").get(0).get("name").asText()).isEqualTo("Cổng Dịch vụ công quốc gia");
        assertThat(templates.get("frameworkVersion").asText()).isEqualTo(DATA.framework().version());
        assertThat(templates.at("/referenceData/provinces").asInt()).isEqualTo(34);
        assertThat(templates.at("/referenceData/communes").asInt()).isEqualTo(3321);
        assertThat(templates.at("/referenceData/catalogueSample").asBoolean()).isTrue();
    }

    @Test
    void instantiateTemplate_StoresAConformingArchitecture_ListedUnderItsBody() {
        JsonNode made = query("mutation { instantiateTemplate(body: \"VKSNDTC\", state: \"target\") { architecture { id bodyCode state elementCount } template"
                + " conforms unresolved } }", Map.of()).at("/data/instantiateTemplate");
        String id = made.at("/architecture/id").asText();
        assertThat(made.get("template").asText()).isEqualTo("ministry");
        assertThat(made.get("conforms").asBoolean()).isTrue();
        assertThat(made.at("/architecture/state").asText()).isEqualTo("target");
        assertThat(made.at("/architecture/elementCount").asInt()).isPositive();

        JsonNode conformance = query("query($id: ID!) { conformance(architecture: $id) { template conforms findings { kind subject } } }", Map.of("id", id))
                .at("/data/conformance");
        assertThat(conformance.get("template").asText()).isEqualTo("ministry");
        assertThat(conformance.get("conforms").asBoolean()).isTrue();
        assertThat(conformance.get("findings")).isEmpty();

        JsonNode architectures = query("{ body(code: \"VKSNDTC\") { architectures { id } } }", Map.of()).at("/data/body/architectures");
        assertThat(architectures.findValuesAsText("id")).contains(id);
    }

    @Test
    void instantiateTemplate_WithATemplateNotForTheBody_IsRefused() {
        JsonNode result = query("mutation { instantiateTemplate(body: \"VKSNDTC\", template: \"commune\") { conforms } }", Map.of());
        assertThat(result.at("/errors/0/extensions/code").asText()).isEqualTo("INVALID_INPUT");
        assertThat(result.at("/errors/0/message").asText()).contains("is not for VKSNDTC").contains("use ministry");
    }
}
