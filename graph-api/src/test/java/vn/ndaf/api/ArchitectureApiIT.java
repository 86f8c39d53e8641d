package vn.ndaf.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import com.fasterxml.jackson.databind.JsonNode;

import vn.ndaf.metamodel.Models;
import vn.ndaf.repository.ArchitectureRepository;
import vn.ndaf.repository.WriteRequest;

@SpringBootTest(classes = NdafApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "ndaf.graphql.introspection.enabled=true")
@Import(TestStoreConfiguration.class)
class ArchitectureApiIT {

    @LocalServerPort
    int port;

    @Autowired
    ArchitectureRepository repository;

    private GraphQlHttp graphql;
    private String uid;

    @BeforeEach
    void store() {
        graphql = new GraphQlHttp(port);
        EObject a = Models.architecture("m", "Tỉnh mẫu");
        Models.set(a, "bodyCode", "01");
        for (int i = 0; i < 25; i++) {
            Models.element(a, i % 2 == 0 ? "BusinessActor" : "Database", String.format("e%02d", i), "Phần tử " + i);
        }
        EObject db = Models.<EObject>list(a, "elements").get(1);
        Models.set(db, "ndcSync", "batch");
        Models.property(db, "owner", "Sở KH&CN");
        Models.relationship(a, "AssociationRelationship", "r1", Models.<EObject>list(a, "elements").get(0), db);
        uid = repository.create(a, WriteRequest.by("test", "")).uid();
    }

    private static final String PASSWORD = "author-password-1";

    /** Posts as an ARCHITECT of Hà Nội (01) of this name: the history records the signed-in account as the author. */
    private GraphQlHttp signedInAs(String name) {
        JsonNode added = graphql.post("mutation($n: String!, $p: String!) { addAccount(name: $n, role: ARCHITECT, scopes: [\"01\"], password: $p) { name } }",
                Map.of("n", name, "p", PASSWORD));
        String stored = added.at("/data/addAccount/name").asText();
        assertThat(stored.equals(name) || added.at("/errors/0/message").asText().contains("already exists")).as(added.toString()).isTrue();
        return graphql.as(name, PASSWORD);
    }

    private static final String PAGE = """
            query($id: ID!, $after: String) { architecture(id: $id) {
              name elementCount
              elements(first: 10, after: $after) { totalCount nodes { id type archimateType } pageInfo { hasNextPage endCursor } } } }""";

    @Test
    void elements_ArePagedInIdOrder_UntilTheLastPage() {
        String after = null;
        int seen = 0;
        for (int page = 0; page < 3; page++) {
            var vars = new java.util.HashMap<String, Object>(Map.of("id", uid));
            vars.put("after", after);
            JsonNode elements = graphql.post(PAGE, vars).at("/data/architecture/elements");
            assertThat(elements.get("totalCount").asInt()).isEqualTo(25);
            seen += elements.get("nodes").size();
            after = elements.at("/pageInfo/endCursor").isNull() ? null : elements.at("/pageInfo/endCursor").asText();
            assertThat(elements.at("/pageInfo/hasNextPage").asBoolean()).isEqualTo(page < 2);
            if (page == 0) {
                assertThat(elements.at("/nodes/0/id").asText()).isEqualTo("e00");
                assertThat(elements.at("/nodes/1/type").asText()).isEqualTo("Database");
                assertThat(elements.at("/nodes/1/archimateType").asText()).isEqualTo("ApplicationComponent");
            }
        }
        assertThat(seen).isEqualTo(25);
    }

    @Test
    void elements_FilteredByNationalType_ShowAttributesAndProperties() {
        JsonNode result = graphql.post("""
                query($id: ID!) { architecture(id: $id) { elements(type: "Database", first: 100) {
                  totalCount nodes { id attributes { name value } properties { key value } } } } }""", Map.of("id", uid));
        JsonNode elements = result.at("/data/architecture/elements");
        assertThat(elements.get("totalCount").asInt()).isEqualTo(12);
        JsonNode first = elements.at("/nodes/0");
        assertThat(first.get("id").asText()).isEqualTo("e01");
        assertThat(first.get("attributes").toString()).contains("{\"name\":\"ndcSync\",\"value\":\"batch\"}");
        assertThat(first.get("properties").toString()).isEqualTo("[{\"key\":\"owner\",\"value\":\"Sở KH&CN\"}]");
    }

    @Test
    void setAttributes_RecordsTheAuthor_AndAStaleVersionGetsAConflict() {
        String mutation = """
                mutation($a: ID!, $v: Int!, $name: String) { setAttributes(architecture: $a, id: "e00", expectedVersion: $v,
                  values: [{name: "name", value: $name}], message: "rename") { version name } }""";
        JsonNode ok = signedInAs("nguyen.van.a").post(mutation, Map.of("a", uid, "v", 1, "name", "Sở Nội vụ"), "a header that names someone else");
        assertThat(ok.at("/data/setAttributes/version").asInt()).isEqualTo(2);
        assertThat(ok.at("/data/setAttributes/name").asText()).isEqualTo("Sở Nội vụ");

        JsonNode stale = signedInAs("tran.thi.b").post(mutation, Map.of("a", uid, "v", 1, "name", "Other"), null);
        assertThat(stale.at("/errors/0/extensions/code").asText()).isEqualTo("CONFLICT");
        assertThat(stale.at("/errors/0/message").asText()).contains("(id e00) is at version 2").contains("by nguyen.van.a");

        JsonNode history = graphql.post("query($id: ID!) { architecture(id: $id) { history { number author message } } }", Map.of("id", uid));
        assertThat(history.at("/data/architecture/history/0/author").asText()).isEqualTo("nguyen.van.a");
        assertThat(history.at("/data/architecture/history/0/message").asText()).isEqualTo("rename");
    }

    @Test
    void changes_SinceAnInstant_ListsTheUpdateWithOldAndNewValues() throws Exception {
        String since = java.time.Instant.now().toString();
        Thread.sleep(20);
        signedInAs("analyst").post("""
                mutation($a: ID!) { setAttributes(architecture: $a, id: "e01", expectedVersion: 1, values: [{name: "ndcSync", value: "real_time"}]) { version } }""",
                Map.of("a", uid), null);
        JsonNode changes = graphql.post("query($id: ID!, $since: String!) { architecture(id: $id) { changes(since: $since) { id operation author changedKeys oldValues { name value } newValues { name value } } } }",
                Map.of("id", uid, "since", since)).at("/data/architecture/changes");
        assertThat(changes.size()).isEqualTo(1);
        assertThat(changes.at("/0/operation").asText()).isEqualTo("UPDATED");
        assertThat(changes.at("/0/author").asText()).isEqualTo("analyst");
        assertThat(changes.at("/0/oldValues").toString()).contains("\"batch\"");
        assertThat(changes.at("/0/newValues").toString()).contains("\"real_time\"");
    }

    @Test
    void deleteConcept_IsRefusedWhileARelationshipRefersToIt_ThenAllowed() {
        JsonNode refused = graphql.post("mutation($a: ID!) { deleteConcept(architecture: $a, id: \"e01\", expectedVersion: 1) }", Map.of("a", uid));
        assertThat(refused.at("/errors/0/extensions/code").asText()).isEqualTo("REFERENCED");
        assertThat(refused.at("/errors/0/message").asText()).contains("AssociationRelationship").contains(uid + "/r1");

        JsonNode relationship = graphql.post("mutation($a: ID!) { deleteConcept(architecture: $a, id: \"r1\", expectedVersion: 1) }", Map.of("a", uid));
        assertThat(relationship.at("/data/deleteConcept").asBoolean()).isTrue();
        JsonNode element = graphql.post("mutation($a: ID!) { deleteConcept(architecture: $a, id: \"e01\", expectedVersion: 1) }", Map.of("a", uid));
        assertThat(element.at("/data/deleteConcept").asBoolean()).isTrue();
        assertThat(repository.summary(uid).orElseThrow().elements()).isEqualTo(24);
        assertThat(Models.<EObject>list(repository.load(uid).root(), "elements")).hasSize(24);
    }

    @Test
    void unknownIdsAndBadArguments_GetClearErrors() {
        assertThat(graphql.post("{ architecture(id: \"nope\") { name } }", Map.of()).at("/data/architecture").isNull()).isTrue();
        JsonNode badType = graphql.post("query($id: ID!) { architecture(id: $id) { elements(type: \"Nonsense\") { totalCount } } }", Map.of("id", uid));
        assertThat(badType.at("/errors/0/message").asText()).contains("'Nonsense' is not a kind of Element");
        JsonNode tooMany = graphql.post("query($id: ID!) { architecture(id: $id) { elements(first: 5000) { totalCount } } }", Map.of("id", uid));
        assertThat(tooMany.at("/errors/0/message").asText()).contains("at most 1000");
        assertThat(tooMany.at("/errors/0/extensions/code").asText()).isEqualTo("INVALID_INPUT");
        JsonNode badSince = graphql.post("query($id: ID!) { architecture(id: $id) { changes(since: \"yesterday\") { id } } }", Map.of("id", uid));
        assertThat(badSince.at("/errors/0/message").asText()).contains("ISO-8601");
        JsonNode missing = graphql.post("mutation { setAttributes(architecture: \"nope\", id: \"x\", expectedVersion: 1, values: []) { id } }", Map.of());
        assertThat(missing.at("/errors/0/extensions/code").asText()).isEqualTo("NOT_FOUND");
    }

    @Test
    void tooDeepOrTooComplexQueries_AreRefusedBeforeRunning() {
        String deep = "{ __schema { types { fields { type " + "{ ofType ".repeat(12) + "{ name }" + " }".repeat(12) + " } } } }";
        JsonNode result = graphql.post(deep, Map.of());
        assertThat(result.get("data") == null || result.get("data").isNull()).isTrue();
        assertThat(result.at("/errors/0/message").asText()).containsIgnoringCase("depth");
        StringBuilder wide = new StringBuilder("query($id: ID!) { architecture(id: $id) { ");
        for (int i = 0; i < 5; i++) {
            wide.append("a").append(i).append(": elements(first: 1000) { nodes { id name type attributes { name value } properties { key value } } } ");
        }
        JsonNode complex = graphql.post(wide.append("} }").toString(), Map.of("id", uid));
        assertThat(complex.at("/errors/0/message").asText()).containsIgnoringCase("complexity");
        JsonNode ordinary = graphql.post("query($id: ID!) { architecture(id: $id) { elements(first: 1000) { nodes { id name type attributes { name value } } } } }",
                Map.of("id", uid));
        assertThat(ordinary.get("errors")).isNull();
    }
}
