package vn.ndaf.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The analysis over GraphQL: a write brings the stored findings up to date by itself; findings are
 * filtered and paginated on Architecture, Body and Query; nationalSummary counts them.
 */
@SpringBootTest(classes = NdafApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestStoreConfiguration.class)
class AnalysisGraphQlIT {

    private static final String MAKE = "mutation { instantiateTemplate(body: \"48\", template: \"province\", state: \"target\") { architecture { id } } }";
    private static final String FINDINGS = """
            query($id: ID!, $rules: [String!], $first: Int, $after: String) { architecture(id: $id) {
              findings(rules: $rules, first: $first, after: $after) { totalCount counts { error warning info }
                edges { cursor node { rule severity architecture body id name message } } pageInfo { hasNextPage endCursor } }
              readiness { score blocksRequired blocksPresent platformsRequired platformsUsed } } }""";
    private static final String EDIT = """
            mutation($a: ID!, $id: ID!, $v: Int!) { setAttributes(architecture: $a, id: $id, expectedVersion: $v,
              values: [{name: "referenceCategory", value: "ARM.03.01"}]) { version } }""";

    @LocalServerPort
    int port;

    @Test
    void aWrite_RefreshesTheStoredFindings_ThatQueriesFilterPageAndCount() {
        GraphQlHttp http = new GraphQlHttp(port);
        JsonNode made = http.post(MAKE, Map.of());
        assertThat(made.path("errors").isMissingNode()).as(made.toString()).isTrue();
        String id = made.at("/data/instantiateTemplate/architecture/id").asText();

        // the new architecture was checked when it was stored: a province made from its template has no ERROR
        JsonNode first = http.post(FINDINGS, Map.of("id", id, "first", 2)).at("/data/architecture");
        long total = first.at("/findings/totalCount").asLong();
        assertThat(first.at("/findings/counts/error").asLong()).isZero();
        assertThat(first.at("/readiness/blocksPresent").asLong()).isEqualTo(first.at("/readiness/blocksRequired").asLong()).isPositive();
        if (total > 2) {
            assertThat(first.at("/findings/pageInfo/hasNextPage").asBoolean()).isTrue();
            JsonNode next = http.post(FINDINGS, Map.of("id", id, "first", 2, "after", first.at("/findings/pageInfo/endCursor").asText()))
                    .at("/data/architecture/findings");
            assertThat(next.at("/edges/0/cursor").asText()).isNotEqualTo(first.at("/findings/edges/0/cursor").asText());
        }

        // an edit that gives an own system a national platform's function: the findings say so without any further call
        JsonNode object = http.post("query($id: ID!) { architecture(id: $id) { object(id: \"doc-system\") { version } } }", Map.of("id", id));
        long version = object.at("/data/architecture/object/version").asLong();
        JsonNode edited = http.post(EDIT, Map.of("a", id, "id", "doc-system", "v", version));
        assertThat(edited.path("errors").isMissingNode()).as(edited.toString()).isTrue();
        JsonNode duplicated = http.post(FINDINGS, Map.of("id", id, "rules", java.util.List.of("framework.platform.duplicated"))).at("/data/architecture/findings");
        assertThat(duplicated.at("/totalCount").asLong()).isEqualTo(1);
        JsonNode finding = duplicated.at("/edges/0/node");
        assertThat(finding.get("id").asText()).isEqualTo("doc-system");
        assertThat(finding.get("body").asText()).isEqualTo("48");
        assertThat(finding.get("severity").asText()).isEqualTo("WARNING");
        assertThat(finding.get("message").asText()).contains("doc-system").contains("48");

        // nation-wide: the body's findings and the summary by tier and province
        JsonNode body = http.post("{ body(code: \"48\") { findings(rules: [\"framework.platform.duplicated\"]) { totalCount } readiness { architecture } } }", Map.of())
                .at("/data/body");
        assertThat(body.at("/findings/totalCount").asLong()).isGreaterThanOrEqualTo(1);
        JsonNode summary = http.post("{ nationalSummary(tier: \"province\") { ruleCounts { rule severity tier province count } readiness { architecture body score } } }",
                Map.of()).at("/data/nationalSummary");
        boolean counted = false;
        for (JsonNode c : summary.get("ruleCounts")) {
            if (c.get("rule").asText().equals("framework.platform.duplicated") && c.get("province").asText().equals("48")) {
                counted = c.get("count").asLong() >= 1 && c.get("tier").asText().equals("province");
            }
        }
        assertThat(counted).as(summary.toString()).isTrue();
        assertThat(summary.get("readiness").findValuesAsText("architecture")).contains(id);
    }

    @Test
    void findings_WithABadCursor_OrOfAnUnknownArchitecture_AreRefusedClearly() {
        GraphQlHttp http = new GraphQlHttp(port);
        JsonNode bad = http.post("{ findings(after: \"nonsense\") { totalCount } }", Map.of());
        assertThat(bad.at("/errors/0/message").asText()).contains("not a cursor");
        JsonNode unknown = http.post("mutation { checkArchitecture(id: \"a-none\") { totalCount } }", Map.of());
        assertThat(unknown.at("/errors/0/message").asText()).contains("a-none");
        JsonNode rules = http.post("{ rules { id severity group } }", Map.of());
        assertThat(rules.at("/data/rules").findValuesAsText("id")).contains("archimate.element.unused", "crossbody.commune.province");
    }
}
