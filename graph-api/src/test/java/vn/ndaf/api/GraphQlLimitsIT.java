package vn.ndaf.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.ndaf.metamodel.Models;
import vn.ndaf.repository.ArchitectureRepository;
import vn.ndaf.repository.WriteRequest;

/** Every error code the API can give here, and the limits: each refusal is quick, coded, and leaves the store as it was. */
@SpringBootTest(classes = NdafApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestStoreConfiguration.class)
class GraphQlLimitsIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    ArchitectureRepository repository;

    private GraphQlHttp graphql;
    private String uid;

    @BeforeEach
    void store() {
        graphql = new GraphQlHttp(port);
        EObject a = Models.architecture("lim", "Giới hạn " + ArchitectureRepository.newArchitectureId());
        Models.set(a, "bodyCode", "01");
        EObject portal = Models.element(a, "ApplicationComponent", "portal", "Cổng dịch vụ công");
        EObject system = Models.element(a, "InformationSystem", "is", "Hệ thống thông tin đất đai");
        Models.relationship(a, "ServingRelationship", "r1", system, portal);
        uid = repository.create(a, WriteRequest.by("test", "")).uid();
    }

    /** Posts and returns the answer, checking it came within 2 s. */
    private JsonNode refused(String query, Map<String, Object> variables) {
        long start = System.nanoTime();
        JsonNode answer = graphql.post(query, variables);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(millis).as("answered in ms: " + answer).isLessThan(2000);
        assertThat(answer.get("errors")).as(answer.toString()).isNotNull();
        return answer;
    }

    private static String code(JsonNode answer) {
        return answer.at("/errors/0/extensions/code").asText();
    }

    private long revision() {
        return repository.summary(uid).orElseThrow().revision();
    }

    @Test
    void syntaxError_IsInvalidInput() {
        JsonNode answer = refused("{ architecture(id: \"x\") { name ", Map.of());
        assertThat(code(answer)).isEqualTo("INVALID_INPUT");
        assertThat(answer.get("data") == null || answer.get("data").isNull()).isTrue();
    }

    @Test
    void unknownFieldAndWrongArgumentType_AreInvalidInput_InTheUsersTerms() {
        JsonNode unknown = refused("query($id: ID!) { architecture(id: $id) { nope } }", Map.of("id", uid));
        assertThat(code(unknown)).isEqualTo("INVALID_INPUT");
        assertThat(unknown.at("/errors/0/message").asText()).contains("nope").doesNotContain("Validation error (");
        JsonNode wrongType = refused("query($id: ID!) { architecture(id: $id) { elements(first: \"ten\") { totalCount } } }", Map.of("id", uid));
        assertThat(code(wrongType)).isEqualTo("INVALID_INPUT");
        JsonNode wrongVariable = refused("query($n: Int!) { bodies(first: $n) { totalCount } }", Map.of("n", "many"));
        assertThat(code(wrongVariable)).isEqualTo("INVALID_INPUT");
    }

    @Test
    void aWrongNumberForAnAttribute_IsInvalidInput_SayingWhatTheAttributeTakes() {
        long before = revision();
        JsonNode answer = refused("""
                mutation($a: ID!) { setAttributes(architecture: $a, id: "is", expectedVersion: 1, values: [{name: "securityLevel", value: "abc"}]) { id } }""",
                Map.of("a", uid));
        assertThat(code(answer)).isEqualTo("INVALID_INPUT");
        assertThat(answer.at("/errors/0/message").asText()).contains("the attribute securityLevel of InformationSystem takes a whole number, not 'abc'")
                .doesNotContain("EInt");
        assertThat(revision()).isEqualTo(before);
    }

    @Test
    void unknownIds_LookupsAnswerNull_ActionsFailWithNotFound() {
        long before = revision();
        JsonNode lookups = graphql.post("query($id: ID!) { architecture(id: \"nope\") { id } a: architecture(id: $id) { object(id: \"nope\") { id } } "
                + "body(code: \"nope\") { code } template(name: \"nope\") { name } }", Map.of("id", uid));
        assertThat(lookups.get("errors")).as(lookups.toString()).isNull();
        assertThat(lookups.at("/data/architecture").isNull()).isTrue();
        assertThat(lookups.at("/data/a/object").isNull()).isTrue();
        assertThat(lookups.at("/data/body").isNull()).isTrue();
        assertThat(lookups.at("/data/template").isNull()).isTrue();
        JsonNode filters = graphql.post("{ architectures(body: \"nope\") { id } search(text: \"cong\", architecture: \"nope\") { id } }", Map.of());
        assertThat(filters.get("errors")).as(filters.toString()).isNull();
        assertThat(filters.at("/data/architectures").size()).isZero();
        assertThat(filters.at("/data/search").size()).isZero();

        assertThat(code(refused("mutation { setAttributes(architecture: \"nope\", id: \"x\", expectedVersion: 1, values: []) { id } }", Map.of())))
                .isEqualTo("NOT_FOUND");
        assertThat(code(refused("mutation($a: ID!) { setAttributes(architecture: $a, id: \"nope\", expectedVersion: 1, values: [{name: \"name\", value: \"x\"}]) { id } }",
                Map.of("a", uid)))).isEqualTo("NOT_FOUND");
        assertThat(code(refused("mutation($a: ID!) { deleteConcept(architecture: $a, id: \"nope\", expectedVersion: 1) }", Map.of("a", uid))))
                .isEqualTo("NOT_FOUND");
        assertThat(code(refused("{ exportArchitecture(id: \"nope\", format: EXCHANGE) { fileName } }", Map.of()))).isEqualTo("NOT_FOUND");
        assertThat(code(refused("{ conformance(architecture: \"nope\") { conforms } }", Map.of()))).isEqualTo("NOT_FOUND");
        assertThat(code(refused("query($a: ID!) { conformance(architecture: $a, template: \"nope\") { conforms } }", Map.of("a", uid)))).isEqualTo("NOT_FOUND");
        assertThat(code(refused("mutation { instantiateTemplate(body: \"99999\") { template } }", Map.of()))).isEqualTo("NOT_FOUND");
        JsonNode noChildren = graphql.post("{ bodies(parent: \"nope\") { totalCount } }", Map.of());
        assertThat(noChildren.get("errors")).as(noChildren.toString()).isNull();
        assertThat(noChildren.at("/data/bodies/totalCount").asInt()).isZero();
        assertThat(revision()).isEqualTo(before);
    }

    @Test
    void staleVersion_IsConflict_AndAReferencedElement_IsReferenced() {
        long before = revision();
        String rename = "mutation($a: ID!) { setAttributes(architecture: $a, id: \"portal\", expectedVersion: 1, values: [{name: \"name\", value: \"Cổng\"}]) { version } }";
        assertThat(graphql.post(rename, Map.of("a", uid)).at("/data/setAttributes/version").asInt()).isEqualTo(2);
        assertThat(code(refused(rename, Map.of("a", uid)))).isEqualTo("CONFLICT");
        JsonNode referenced = refused("mutation($a: ID!) { deleteConcept(architecture: $a, id: \"is\", expectedVersion: 1) }", Map.of("a", uid));
        assertThat(code(referenced)).isEqualTo("REFERENCED");
        assertThat(referenced.at("/errors/0/extensions/referrers").size()).isGreaterThanOrEqualTo(1);
        assertThat(referenced.at("/errors/0/message").asText()).contains("ServingRelationship");
        assertThat(revision()).isEqualTo(before + 1);
    }

    @Test
    void brokenImport_IsImportRefused_AndStoresNothing() {
        int before = repository.list(null).size();
        JsonNode answer = refused("mutation($c: String!) { importModel(content: $c, fileName: \"broken.xml\", body: \"01\") { id } }",
                Map.of("c", "<model xmlns=\"http://www.opengroup.org/xsd/archimate/3.0/\"><elements><element"));
        assertThat(code(answer)).isEqualTo("IMPORT_REFUSED");
        assertThat(repository.list(null)).hasSize(before);
    }

    @Test
    void aDeepQuery_IsTooComplex_NamingTheLimit() {
        String deep = "{ body(code: \"00004\") { " + "parent { ".repeat(14) + "code" + " }".repeat(14) + " } }";
        JsonNode answer = refused(deep, Map.of());
        assertThat(code(answer)).isEqualTo("TOO_COMPLEX");
        assertThat(answer.at("/errors/0/extensions/limit").asText()).isEqualTo("max-depth");
        assertThat(answer.at("/errors/0/message").asText()).contains("the limit is 12");
    }

    @Test
    void fiftyAliasesOfAHeavyField_AreTooComplex_BeforeAnyRuns() {
        StringBuilder query = new StringBuilder("query($id: ID!) { ");
        for (int i = 0; i < 50; i++) {
            query.append("x").append(i).append(": exportArchitecture(id: $id, format: EXCHANGE) { content } ");
        }
        JsonNode answer = refused(query.append("}").toString(), Map.of("id", uid));
        assertThat(code(answer)).isEqualTo("TOO_COMPLEX");
        assertThat(answer.at("/errors/0/extensions/limit").asText()).isEqualTo("max-complexity");
        assertThat(answer.at("/errors/0/extensions/actual").asInt()).isGreaterThanOrEqualTo(50 * 1000);
        assertThat(answer.at("/errors/0/message").asText()).contains("the limit is 5000");
        assertThat(answer.get("data") == null || answer.get("data").isNull()).isTrue();

        StringBuilder imports = new StringBuilder("mutation($c: String!) { ");
        for (int i = 0; i < 50; i++) {
            imports.append("x").append(i).append(": importModel(content: $c, body: \"01\") { id } ");
        }
        int before = repository.list(null).size();
        assertThat(code(refused(imports.append("}").toString(), Map.of("c", "<model/>")))).isEqualTo("TOO_COMPLEX");
        assertThat(repository.list(null)).hasSize(before);
    }

    @Test
    void fiveAliasesOfTheOldChangesList_AreTooComplex_AndTheConnectionPages() {
        StringBuilder query = new StringBuilder("query($id: ID!) { architecture(id: $id) { ");
        for (int i = 0; i < 5; i++) {
            query.append("c").append(i).append(": changes(since: \"2020-01-01T00:00:00Z\") { revision id operation changedKeys oldValues { name value } newValues { name value } } ");
        }
        assertThat(code(refused(query.append("} }").toString(), Map.of("id", uid)))).isEqualTo("TOO_COMPLEX");

        for (String id : new String[] { "portal", "is" }) {
            graphql.post("mutation($a: ID!, $id: ID!) { setAttributes(architecture: $a, id: $id, expectedVersion: 1, values: [{name: \"documentation\", value: \"x\"}]) { version } }",
                    Map.of("a", uid, "id", id));
        }
        JsonNode all = graphql.post("query($id: ID!) { architecture(id: $id) { changes(since: \"2020-01-01T00:00:00Z\") { id } } }", Map.of("id", uid));
        java.util.List<String> expected = new java.util.ArrayList<>();
        all.at("/data/architecture/changes").forEach(n -> expected.add(n.get("id").asText()));
        assertThat(expected).hasSizeGreaterThan(1);

        String page = "query($id: ID!, $after: String) { architecture(id: $id) { changesConnection(since: \"2020-01-01T00:00:00Z\", first: 1, after: $after) {"
                + " totalCount edges { cursor node { id operation } } nodes { id } pageInfo { hasNextPage endCursor } } } }";
        java.util.List<String> ids = new java.util.ArrayList<>();
        String after = null;
        for (int i = 0; i < 200; i++) {
            java.util.Map<String, Object> vars = new java.util.HashMap<>(Map.of("id", uid));
            vars.put("after", after);
            JsonNode connection = graphql.post(page, vars).at("/data/architecture/changesConnection");
            assertThat(connection.get("totalCount").asInt()).isEqualTo(expected.size());
            assertThat(connection.get("nodes").size()).isEqualTo(1);
            connection.get("nodes").forEach(n -> ids.add(n.get("id").asText()));
            assertThat(connection.at("/edges/0/node/id").asText()).isEqualTo(connection.at("/nodes/0/id").asText());
            if (!connection.at("/pageInfo/hasNextPage").asBoolean()) {
                break;
            }
            after = connection.at("/pageInfo/endCursor").asText();
        }
        assertThat(ids).isEqualTo(expected);
    }

    @Test
    void aPageOverTheCap_IsInvalidInput_NamingTheCap() {
        for (String query : new String[] { "query($id: ID!) { architecture(id: $id) { elements(first: 1001) { totalCount } } }",
                "query($id: ID!) { architecture(id: $id) { changesConnection(since: \"2020-01-01T00:00:00Z\", first: 5000) { totalCount } } }",
                "query($id: ID!) { architecture(id: $id) { history(first: 1001) { number } } }", "{ bodies(first: 1001) { totalCount } }",
                "{ search(text: \"cong\", first: 100000) { id } }" }) {
            JsonNode answer = refused(query, Map.of("id", uid));
            assertThat(code(answer)).as(query).isEqualTo("INVALID_INPUT");
            assertThat(answer.at("/errors/0/message").asText()).as(query).contains("at most 1000");
            assertThat(answer.at("/errors/0/extensions/max").asInt()).isEqualTo(1000);
        }
    }

    @Test
    void aTwoMegabyteDocument_IsTooComplex_AsJson() throws Exception {
        String document = "{ ndaf { version } " + "# padding\n".repeat(210_000) + "}";
        assertThat(document.length()).isGreaterThan(2_000_000);
        long start = System.nanoTime();
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
                .header("Content-Type", "application/json").header("Accept", "application/json").header("Authorization", GraphQlHttp.adminAuthorization())
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("query", document)))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(2000);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).contains("json");
        JsonNode answer = JSON.readTree(response.body());
        assertThat(code(answer)).isEqualTo("TOO_COMPLEX");
        assertThat(answer.at("/errors/0/extensions/limit").asText()).isEqualTo("max-document-size");
        assertThat(answer.at("/errors/0/message").asText()).contains("102400 bytes");
    }

    @Test
    void search_TakesTheUsersWordsAsWords() {
        for (String text : new String[] { "cong OR dich", "\"cong", "cong -dich", "(cong", "cong)", "*", "~cong", "AND", "a:b" }) {
            JsonNode answer = graphql.post("query($t: String!, $a: ID) { search(text: $t, architecture: $a) { id } }", Map.of("t", text, "a", uid));
            assertThat(answer.get("errors")).as(text + " " + answer).isNull();
            assertThat(answer.at("/data/search").isArray()).isTrue();
        }
        JsonNode dash = graphql.post("query($a: ID) { search(text: \"-cong\", architecture: $a) { id } }", Map.of("a", uid));
        assertThat(dash.at("/data/search/0/id").asText()).isEqualTo("portal");
    }
}
