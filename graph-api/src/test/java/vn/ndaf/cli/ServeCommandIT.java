package vn.ndaf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import vn.ndaf.api.InteropFixtures;
import vn.ndaf.repository.TestStore;
import vn.ndaf.repository.store.Neo4jStore;
import vn.ndaf.repository.store.StoreSettings;

class ServeCommandIT {

    private final Path folder = TestStore.tempDir("ndaf-serve-");

    @AfterEach
    void cleanUp() {
        ServeCommand.stopRunning();
        TestStore.deleteRecursively(folder);
    }

    /** Output a test reads while another thread writes it. */
    private static final class SharedOutput extends Writer {
        private final StringBuffer text = new StringBuffer();

        @Override
        public void write(char[] chars, int offset, int length) {
            text.append(chars, offset, length);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /**
     * From the first request the server accepts until it prints "is running", an import of a real model into
     * the body 01 is answered 503 with the GraphQL code UNAVAILABLE (before the fix: "No body has the code
     * '01'", because GraphQL answered before the registry was stored) and health is OUT_OF_SERVICE; after
     * the line, the same import succeeds, through the CLI as a script would run it.
     */
    @Test
    void serve_AnswersStartingUntilTheReferenceDataIsStored_AndSaysRunningOnlyThen() throws Exception {
        int port = freePort();
        SharedOutput out = new SharedOutput();
        SharedOutput err = new SharedOutput();
        Thread server = new Thread(() -> NdafMain.execute(new PrintWriter(out, true), new PrintWriter(err, true), "serve", "--data", folder.toString(),
                "--port", Integer.toString(port)), "ndaf serve under test");
        server.setDaemon(true);
        server.start();

        ObjectMapper json = new ObjectMapper();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        String content = Base64.getEncoder().encodeToString(Files.readAllBytes(InteropFixtures.path("testmodel1.archimate")));
        String importModel = json.writeValueAsString(Map.of("query", "mutation($content: String!) { importModel(content: $content, contentEncoding: BASE64, "
                + "fileName: \"testmodel1.archimate\", body: \"01\") { id elementCount } }", "variables", Map.of("content", content)));
        List<String> answersWhileStarting = new ArrayList<>();
        List<String> healthWhileStarting = new ArrayList<>();
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (!out.toString().contains(" is running") && server.isAlive() && System.nanoTime() < deadline) {
            try {
                HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
                        .header("Content-Type", "application/json").header("Authorization", vn.ndaf.api.GraphQlHttp.adminAuthorization())
                        .POST(HttpRequest.BodyPublishers.ofString(importModel)).build(),
                        HttpResponse.BodyHandlers.ofString());
                boolean runningPrinted = out.toString().contains(" is running");
                if (!runningPrinted) {
                    answersWhileStarting.add(answer.statusCode() + " " + answer.body());
                    HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health")).build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (!out.toString().contains(" is running")) {
                        healthWhileStarting.add(health.statusCode() + " " + json.readTree(health.body()).path("status").asText());
                    }
                }
            } catch (java.net.ConnectException notYetListening) {
                Thread.sleep(50);
            }
        }
        assertThat(out.toString()).as(err.toString()).contains(" is running");

        assertThat(answersWhileStarting).as("requests answered while the server was starting").isNotEmpty();
        // the answer that says "starting", not a wrong one; a request that raced the line may have been served
        List<String> refused = answersWhileStarting.stream().filter(a -> a.startsWith("503 ")).toList();
        assertThat(refused).isNotEmpty();
        for (String answer : refused) {
            JsonNode body = json.readTree(answer.substring(4));
            assertThat(body.path("errors").get(0).path("extensions").path("code").asText()).isEqualTo("UNAVAILABLE");
            assertThat(body.path("errors").get(0).path("message").asText()).startsWith("ndaf is starting");
        }
        assertThat(answersWhileStarting).noneMatch(a -> a.contains("No body has the code"));
        assertThat(answersWhileStarting).allMatch(a -> a.startsWith("503 ") || a.startsWith("200 ") && a.contains("\"elementCount\""));
        assertThat(healthWhileStarting).contains("503 OUT_OF_SERVICE");

        String printed = out.toString();
        assertThat(printed.indexOf("Reference data: body registry")).isNotNegative().isLessThan(printed.indexOf(" is running"));
        // the viewer's URL carries admin's sign-in token, the one this process's server accepts
        assertThat(printed).containsPattern("(?m)^  viewer    http://127\\.0\\.0\\.1:" + port + "/\\?token=ndaf_[A-Za-z0-9_-]{40,}$");
        assertThat(printed).contains("/?token=" + ServeCommand.runningToken());

        StringWriter importOut = new StringWriter();
        StringWriter importErr = new StringWriter();
        int code = NdafMain.execute(new PrintWriter(importOut), new PrintWriter(importErr), "import", InteropFixtures.path("testmodel1.archimate").toString(),
                "--body", "01", "--data", folder.toString());
        assertThat(code).as(importErr.toString()).isZero();
        assertThat(importErr.toString()).contains("importing through it");
        assertThat(importOut.toString()).startsWith("Imported archimate: ");
    }

    @Test
    void serve_OnAFolderInUse_FailsAtOnceWithAMessageNotAStackTrace() {
        try (Neo4jStore holder = Neo4jStore.open(StoreSettings.embedded(folder), "serving http://127.0.0.1:8080 (ndaf serve)")) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            long started = System.nanoTime();
            int code = NdafMain.execute(new PrintWriter(out), new PrintWriter(err), "serve", "--data", folder.toString(), "--port", "0");
            long millis = (System.nanoTime() - started) / 1_000_000;

            assertThat(code).isEqualTo(NdafMain.FAILED);
            assertThat(err.toString()).startsWith("ndaf serve: The data folder " + folder.toAbsolutePath().normalize() + " is in use by another ndaf process")
                    .contains("serving http://127.0.0.1:8080")
                    .doesNotContain("Exception").doesNotContain("\tat ");
            assertThat(millis).isLessThan(3000);
        }
    }

    @Test
    void help_ListsTheCommands() {
        StringWriter out = new StringWriter();
        int code = NdafMain.execute(new PrintWriter(out), new PrintWriter(new StringWriter()), "--help");
        assertThat(code).isZero();
        assertThat(out.toString()).contains("serve").contains("list").contains("--data DIR").contains("NDAF_NEO4J_URI");
    }
}
