package vn.ndaf.api;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Posts GraphQL documents to a running test server, as a browser or curl would. */
public final class GraphQlHttp {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private final int port;

    public GraphQlHttp(int port) {
        this.port = port;
    }

    public JsonNode post(String query, Map<String, Object> variables, String author) {
        try {
            String body = JSON.writeValueAsString(Map.of("query", query, "variables", variables));
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
            if (author != null) {
                request.header("X-Ndaf-Author", author);
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return JSON.readTree(response.body());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public JsonNode post(String query, Map<String, Object> variables) {
        return post(query, variables, null);
    }
}
