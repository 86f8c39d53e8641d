package vn.ndaf.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import vn.ndaf.repository.ArchitectureRepository;
import vn.ndaf.repository.TestModels;
import vn.ndaf.repository.WriteRequest;

@SpringBootTest(classes = NdafApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = { "ndaf.graphiql.enabled=true", "ndaf.graphql.introspection.enabled=true" })
@Import(TestStoreConfiguration.class)
class GraphQlEndpointIT {

    @LocalServerPort
    int port;

    @Autowired
    ArchitectureRepository repository;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Authorization", GraphQlHttp.adminAuthorization()).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> postGraphQl(String json) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
                .header("Content-Type", "application/json").header("Authorization", GraphQlHttp.adminAuthorization()).POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void graphql_AnswersTheSchemaQuery() throws Exception {
        HttpResponse<String> response = postGraphQl("{\"query\":\"{ __schema { queryType { name } } }\"}");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"data\":{\"__schema\":{\"queryType\":{\"name\":\"Query\"}}}}");
    }

    @Test
    void architectures_ListsAStoredArchitecture() throws Exception {
        String uid = repository.create(TestModels.tiny(), WriteRequest.by("test", "")).uid();
        HttpResponse<String> response = postGraphQl("{\"query\":\"{ architectures(body: \\\"01\\\") { id elementCount relationshipCount } }\"}");
        assertThat(response.body()).contains("{\"id\":\"" + uid + "\",\"elementCount\":2,\"relationshipCount\":1}");
    }

    @Test
    void health_ReportsTheGraphStoreUp() throws Exception {
        HttpResponse<String> response = get("/actuator/health");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"graphStore\":{").contains("\"mode\":\"embedded\"").contains("\"status\":\"UP\"");
    }

    @Test
    void rootAndGraphiql_AreServed() throws Exception {
        assertThat(get("/").statusCode()).isEqualTo(200);
        assertThat(get("/").body()).contains("ndaf");
        HttpResponse<String> graphiql = get("/graphiql");
        assertThat(graphiql.statusCode()).isEqualTo(200);
        assertThat(graphiql.body()).containsIgnoringCase("graphiql");
    }

    @Test
    void graphiql_LoadsNothingFromOutsideTheServer() throws Exception {
        String page = get("/graphiql").body();
        java.util.List<String> assets = new java.util.ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?:src|href)=\"([^\"]+)\"").matcher(page);
        while (m.find()) {
            assets.add(m.group(1));
        }
        assertThat(assets).as("scripts and styles of the GraphiQL page").isNotEmpty().allSatisfy(a -> assertThat(a).startsWith("/"));
        for (String asset : assets) {
            HttpResponse<String> response = get(asset);
            assertThat(response.statusCode()).as(asset).isEqualTo(200);
            assertThat(response.body()).as(asset).doesNotContain("cdn.jsdelivr", "unpkg.com", "esm.sh", "fonts.googleapis");
        }
        assertThat(get("/graphiql/graphiql.js").body()).contains("graphiql-container");
    }
}
