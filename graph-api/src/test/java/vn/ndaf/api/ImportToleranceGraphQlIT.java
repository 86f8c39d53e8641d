package vn.ndaf.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.ndaf.repository.ArchitectureRepository;
import vn.ndaf.repository.ArchitectureSummary;

/**
 * The GraphQL import keeps what Archi opens and reports warnings by kind; strict: true refuses by name and
 * stores nothing; a request larger than the limit is refused before it is read; exportArchitecture takes
 * excelSafe. The request limit is set to 1 MB here so that the test stays small.
 */
@SpringBootTest(classes = NdafApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "ndaf.graphql.max-request-mb=1")
@Import(TestStoreConfiguration.class)
class ImportToleranceGraphQlIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path FIXTURE = Path.of("..", "interop", "src", "test", "resources", "tolerance", "forbidden-relationships.archimate");
    private static final String IMPORT = "mutation($c: String!, $e: ContentEncoding, $f: String, $strict: Boolean) { importModel(content: $c, contentEncoding: $e, "
            + "fileName: $f, body: \"01\", strict: $strict) { id relationshipCount warnings warningDetails { kind part line message } "
            + "warningCounts { kind count } } }";

    @LocalServerPort
    int port;

    @Autowired
    ArchitectureRepository repository;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> post(String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql")).header("Content-Type", "application/json")
                .header("X-Ndaf-Author", "tolerance-test").header("Authorization", GraphQlHttp.adminAuthorization()).POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode graphql(String query, Map<String, Object> variables) throws Exception {
        HttpResponse<String> response = post(JSON.writeValueAsString(Map.of("query", query, "variables", variables)));
        assertThat(response.statusCode()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static Map<String, Object> vars(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    private List<String> storeContent() {
        return repository.list(null).stream().map(ArchitectureSummary::toString).sorted().toList();
    }

    @Test
    void importModel_KeepsForbiddenRelationships_AndCountsWarningsByKind() throws Exception {
        String text = Files.readString(FIXTURE, StandardCharsets.UTF_8);
        JsonNode imported = graphql(IMPORT, vars("c", text, "f", "forbidden-relationships.archimate")).path("data").path("importModel");

        assertThat(imported.path("relationshipCount").asInt()).isEqualTo(13);
        assertThat(imported.path("warnings")).hasSize(13);
        JsonNode counts = imported.path("warningCounts");
        assertThat(counts.get(0).path("kind").asText()).isEqualTo("relationship.invalid");
        assertThat(counts.get(0).path("count").asInt()).isEqualTo(10);
        assertThat(counts).hasSize(4);
        JsonNode first = imported.path("warningDetails").get(0);
        assertThat(first.path("part").asText()).isEqualTo("forbidden-relationships.archimate");
        assertThat(first.path("line").asInt()).isPositive();
        assertThat(imported.path("warningDetails").findValuesAsText("kind")).contains("relationship.invalid", "viewpoint.unknown", "junction.mixed", "name.empty");

        String csv = graphql("query($id: ID!) { exportArchitecture(id: $id, format: CSV, excelSafe: true) { content } }", vars("id", imported.path("id").asText()))
                .path("data").path("exportArchitecture").path("content").asText();
        assertThat(Base64.getDecoder().decode(csv)).isNotEmpty();
    }

    @Test
    void importModel_Strict_IsRefusedNamingTheRelationship_AndStoresNothing() throws Exception {
        List<String> before = storeContent();
        JsonNode answer = graphql(IMPORT, vars("c", Files.readString(FIXTURE, StandardCharsets.UTF_8), "f", "forbidden-relationships.archimate", "strict", true));

        JsonNode error = answer.path("errors").get(0);
        assertThat(error.path("extensions").path("code").asText()).isEqualTo("IMPORT_REFUSED");
        assertThat(error.path("message").asText()).startsWith("forbidden-relationships.archimate line ").contains("relationship 'tol-r-composition'");
        assertThat(storeContent()).isEqualTo(before);
    }

    @Test
    void requestOverTheLimit_IsRefusedBeforeItIsRead_WithAClearError() throws Exception {
        List<String> before = storeContent();
        String content = "A".repeat(2 * 1024 * 1024);
        HttpResponse<String> response = post(JSON.writeValueAsString(Map.of("query", IMPORT, "variables", vars("c", content, "e", "BASE64", "f", "big.archimate"))));

        assertThat(response.statusCode()).isEqualTo(413);
        JsonNode error = JSON.readTree(response.body()).path("errors").get(0);
        assertThat(error.path("extensions").path("code").asText()).isEqualTo("IMPORT_REFUSED");
        assertThat(error.path("message").asText()).contains("larger than the limit of 1 MB").contains("nothing was read or imported");
        assertThat(storeContent()).isEqualTo(before);
    }
}
