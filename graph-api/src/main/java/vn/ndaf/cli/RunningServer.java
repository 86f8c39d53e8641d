package vn.ndaf.cli;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.ndaf.repository.store.DataFolderInUseException;

/**
 * An ndaf server holding a data folder, found from the folder's lock file ("... serving http://host:port
 * (ndaf serve)"), and spoken to through its GraphQL API, so that commands work while the server runs.
 */
final class RunningServer {

    private static final Pattern SERVING = Pattern.compile("serving (https?://[^\\s)]+)");
    private static final String LOCK_FILE = "ndaf.lock";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** How long a command waits for a server that answers "starting". */
    private static final Duration STARTING_WAIT = Duration.ofMinutes(2);

    /** The environment variable with the bearer token commands send to a running server. */
    static final String TOKEN_ENV = "NDAF_TOKEN";

    private final URI graphql;
    private final String base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private RunningServer(String base) {
        this.base = base;
        this.graphql = URI.create(base + "/graphql");
    }

    /**
     * The bearer token to send: {@value #TOKEN_ENV}, else (system property ndaf.token) and, for a command run inside
     * the serving process itself, that server's own sign-in token; null when there is none.
     */
    private String token() {
        String token = System.getenv(TOKEN_ENV);
        if (token == null || token.isBlank()) {
            token = System.getProperty("ndaf.token");
        }
        if ((token == null || token.isBlank()) && base.equals(ServeCommand.runningBase())) {
            token = ServeCommand.runningToken();
        }
        return token == null || token.isBlank() ? null : token.strip();
    }

    /**
     * The server holding the folder, or a refusal that says the folder is in use by a process that serves
     * nothing this command could go through.
     */
    static RunningServer holding(Path dataFolder, DataFolderInUseException refused) {
        String owner = "";
        try {
            owner = Files.readString(dataFolder.toAbsolutePath().normalize().resolve(LOCK_FILE), StandardCharsets.UTF_8);
        } catch (IOException e) {
            // the refusal below says enough
        }
        Matcher m = SERVING.matcher(owner.isEmpty() ? String.valueOf(refused.getMessage()) : owner);
        if (!m.find()) {
            throw new CommandException(refused.getMessage() + " That process serves no GraphQL API this command could use; nothing was done.", refused);
        }
        return new RunningServer(m.group(1));
    }

    URI endpoint() {
        return graphql;
    }

    private static String firstMessage(String body) {
        try {
            JsonNode errors = JSON.readTree(body).path("errors");
            if (errors.isArray() && !errors.isEmpty()) {
                return errors.get(0).path("message").asText();
            }
        } catch (IOException e) {
            // not JSON: the body as it is
        }
        return body.strip();
    }

    /**
     * Fetches {@code path} of the server (a GET, signed in like {@link #call}) into {@code file}; fails with the
     * server's answer when it is not 200.
     */
    void download(String path, Path file) {
        try {
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofHours(2)).GET();
            String token = token();
            if (token != null) {
                builder.header("Authorization", "Bearer " + token);
            }
            HttpResponse<Path> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofFile(file));
            if (response.statusCode() != 200) {
                String body = Files.readString(file, StandardCharsets.UTF_8);
                Files.deleteIfExists(file);
                throw new CommandException("The ndaf server at " + base + " refused the command (HTTP " + response.statusCode() + "): " + firstMessage(body)
                        + (response.statusCode() == 401 && token == null ? " Set " + TOKEN_ENV + " to a token from 'ndaf token create NAME' (run by an administrator)." : ""));
            }
        } catch (IOException e) {
            throw new CommandException("The data folder is held by the ndaf server at " + base + ", which cannot be reached: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CommandException("Interrupted while waiting for the ndaf server at " + base, e);
        }
    }

    /** Runs a GraphQL operation; returns its data, or fails with the server's error messages. */
    JsonNode call(String query, Map<String, Object> variables, String author) {
        try {
            String body = JSON.writeValueAsString(Map.of("query", query, "variables", variables));
            HttpRequest.Builder builder = HttpRequest.newBuilder(graphql).header("Content-Type", "application/json").header("X-Ndaf-Author", author)
                    .timeout(Duration.ofMinutes(30)).POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
            String token = token();
            if (token != null) {
                builder.header("Authorization", "Bearer " + token);
            }
            HttpRequest request = builder.build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            // a server that is still starting says so (503, Retry-After): wait for it rather than fail
            long waitUntil = System.nanoTime() + STARTING_WAIT.toNanos();
            while (response.statusCode() == 503 && response.headers().firstValue("Retry-After").isPresent() && System.nanoTime() < waitUntil) {
                Thread.sleep(500);
                response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            }
            if (response.statusCode() == 401) {
                throw new CommandException("The ndaf server at " + graphql + " refused the command: " + firstMessage(response.body())
                        + (token == null ? " Set " + TOKEN_ENV + " to a token from 'ndaf token create NAME' (run by an administrator)." : ""));
            }
            JsonNode answer = response.statusCode() == 200 || response.statusCode() == 413 || response.statusCode() == 403 ? JSON.readTree(response.body()) : null;
            if (answer == null || response.statusCode() != 200 && !answer.path("errors").isArray()) {
                throw new CommandException("The ndaf server at " + graphql + " answered HTTP " + response.statusCode() + ": " + response.body());
            }
            JsonNode errors = answer.path("errors");
            if (errors.isArray() && !errors.isEmpty()) {
                StringBuilder messages = new StringBuilder();
                for (JsonNode e : errors) {
                    messages.append(messages.length() == 0 ? "" : "; ").append(e.path("message").asText());
                }
                throw new CommandException(messages.toString());
            }
            return answer.path("data");
        } catch (IOException e) {
            throw new CommandException("The data folder is held by the ndaf server at " + graphql + ", which cannot be reached: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CommandException("Interrupted while waiting for the ndaf server at " + graphql, e);
        }
    }
}
