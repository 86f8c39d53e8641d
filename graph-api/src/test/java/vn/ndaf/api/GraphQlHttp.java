package vn.ndaf.api;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Posts GraphQL documents to a running test server, as a browser or curl would, signed in as {@code admin} by
 * default (HTTP Basic with {@link #ADMIN_PASSWORD}, which the build gives every test JVM as NDAF_ADMIN_PASSWORD, so
 * that the server creates admin with it). {@link #as}, {@link #bearer} and {@link #anonymous} post otherwise.
 */
public final class GraphQlHttp {

    /** The password of admin in every test store: the build sets NDAF_ADMIN_PASSWORD to it (graph-api/pom.xml). */
    public static final String ADMIN_PASSWORD = "ndaf-test-admin-password";
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private final int port;
    /** The Authorization header sent, or null for none. */
    private final String authorization;

    public GraphQlHttp(int port) {
        this(port, basic("admin", ADMIN_PASSWORD));
    }

    private GraphQlHttp(int port, String authorization) {
        this.port = port;
        this.authorization = authorization;
    }

    /** Posts as another account, with its password (HTTP Basic). */
    public GraphQlHttp as(String name, String password) {
        return new GraphQlHttp(port, basic(name, password));
    }

    /** Posts with a bearer token. */
    public GraphQlHttp bearer(String token) {
        return new GraphQlHttp(port, "Bearer " + token);
    }

    /** Posts without credentials. */
    public GraphQlHttp anonymous() {
        return new GraphQlHttp(port, null);
    }

    /** The header value that signs a request in as admin, for tests that build their own requests. */
    public static String adminAuthorization() {
        return basic("admin", ADMIN_PASSWORD);
    }

    public static String basic(String name, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((name + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** The whole answer: status and body. */
    public HttpResponse<String> send(String query, Map<String, Object> variables, String author) {
        try {
            String body = JSON.writeValueAsString(Map.of("query", query, "variables", variables));
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
            if (author != null) {
                request.header("X-Ndaf-Author", author);
            }
            if (authorization != null) {
                request.header("Authorization", authorization);
            }
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public JsonNode post(String query, Map<String, Object> variables, String author) {
        try {
            return JSON.readTree(send(query, variables, author).body());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public JsonNode post(String query, Map<String, Object> variables) {
        return post(query, variables, null);
    }
}
