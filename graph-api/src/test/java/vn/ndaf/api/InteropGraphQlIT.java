package vn.ndaf.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.ndaf.interop.ExportOptions;
import vn.ndaf.interop.Format;
import vn.ndaf.interop.ImportOptions;
import vn.ndaf.interop.ModelExporter;
import vn.ndaf.interop.ModelImporter;
import vn.ndaf.metamodel.Models;
import vn.ndaf.repository.ArchitectureRepository;
import vn.ndaf.repository.ArchitectureSummary;

@SpringBootTest(classes = NdafApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestStoreConfiguration.class)
class InteropGraphQlIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String IMPORT = "mutation($c: String!, $e: ContentEncoding, $f: String, $b: String!, $s: ArchitectureState) { importModel(content: $c, "
            + "contentEncoding: $e, fileName: $f, body: $b, state: $s) { id revision format elementCount relationshipCount viewCount warnings } }";
    private static final String EXPORT = "query($id: ID!, $f: ExportFormat!) { exportArchitecture(id: $id, format: $f) { content contentEncoding fileName mediaType } }";

    @LocalServerPort
    int port;

    @Autowired
    ArchitectureRepository repository;

    private final HttpClient http = HttpClient.newHttpClient();

    private JsonNode graphql(String query, Map<String, Object> variables) throws Exception {
        String body = JSON.writeValueAsString(Map.of("query", query, "variables", variables));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
                .header("Content-Type", "application/json").header("X-Ndaf-Author", "interop-test").header("Authorization", GraphQlHttp.adminAuthorization()).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
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

    private static byte[] exchange(EObject architecture) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ModelExporter.write(architecture, Format.EXCHANGE, out, ExportOptions.defaults());
        return out.toByteArray();
    }

    /** What the store holds, through the repository: every architecture with its counts. */
    private List<String> storeContent() {
        return repository.list(null).stream().map(ArchitectureSummary::toString).sorted().toList();
    }

    @Test
    void importModel_StoresTheExchangeFileAndExportGivesItBack() throws Exception {
        String text = new String(InteropFixtures.bytes("Archisurance-exchange.xml"), StandardCharsets.UTF_8);
        JsonNode imported = graphql(IMPORT, vars("c", text, "f", "Archisurance-exchange.xml", "b", "01", "s", "TARGET")).path("data").path("importModel");

        assertThat(imported.path("format").asText()).isEqualTo("exchange");
        assertThat(imported.path("elementCount").asInt()).isEqualTo(122);
        assertThat(imported.path("relationshipCount").asInt()).isEqualTo(179);
        assertThat(imported.path("viewCount").asInt()).isEqualTo(18);
        String id = imported.path("id").asText();
        assertThat(repository.summary(id)).get().satisfies(s -> {
            assertThat(s.bodyCode()).isEqualTo("01");
            assertThat(s.state()).isEqualTo("target");
        });

        JsonNode exported = graphql(EXPORT, vars("id", id, "f", "EXCHANGE")).path("data").path("exportArchitecture");
        assertThat(exported.path("contentEncoding").asText()).isEqualTo("TEXT");
        assertThat(exported.path("fileName").asText()).isEqualTo("Archisurance.xml");
        EObject expected = ModelImporter.read(InteropFixtures.bytes("Archisurance-exchange.xml"), ImportOptions.named("a.xml").withBody("01").withState("target"))
                .architecture();
        EObject again = ModelImporter.read(exported.path("content").asText().getBytes(StandardCharsets.UTF_8), ImportOptions.named("e.xml")).architecture();
        assertThat(new String(exchange(again), StandardCharsets.UTF_8)).isEqualTo(new String(exchange(expected), StandardCharsets.UTF_8));
    }

    @Test
    void zippedArchiModel_TravelsBase64EncodedBothWays() throws Exception {
        String content = Base64.getEncoder().encodeToString(InteropFixtures.bytes("model_zipped.archimate"));
        JsonNode imported = graphql(IMPORT, vars("c", content, "e", "BASE64", "f", "model_zipped.archimate", "b", "BCA")).path("data").path("importModel");
        String id = imported.path("id").asText();

        JsonNode exported = graphql(EXPORT, vars("id", id, "f", "ARCHIMATE")).path("data").path("exportArchitecture");

        assertThat(exported.path("contentEncoding").asText()).isEqualTo("BASE64");
        assertThat(exported.path("mediaType").asText()).isEqualTo("application/zip");
        byte[] zip = Base64.getDecoder().decode(exported.path("content").asText());
        EObject back = ModelImporter.read(zip, ImportOptions.named("back.archimate")).architecture();
        assertThat(Models.list(back, "images")).hasSize(2);
    }

    @Test
    void importIntoArchitecture_AppliesCsvAsANewRevision() throws Exception {
        String test1 = Base64.getEncoder().encodeToString(zip("test1"));
        String id = graphql(IMPORT, vars("c", test1, "e", "BASE64", "f", "test1.zip", "b", "01")).path("data").path("importModel").path("id").asText();

        JsonNode updated = graphql("mutation($id: ID!, $c: String!) { importIntoArchitecture(id: $id, content: $c, contentEncoding: BASE64, fileName: \"test2.zip\") "
                + "{ id revision elementCount } }", vars("id", id, "c", Base64.getEncoder().encodeToString(zip("test2")))).path("data").path("importIntoArchitecture");

        assertThat(updated.path("revision").asLong()).isEqualTo(2);
        assertThat(repository.load(id).root()).satisfies(a -> assertThat(Models.string(a, "name")).isEqualTo("Test Model changed"));
        assertThat(repository.revisions(id)).hasSize(2);
    }

    private static byte[] zip(String test) throws Exception {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (var zip = new java.util.zip.ZipOutputStream(buffer)) {
            for (String kind : List.of("elements", "relations", "properties")) {
                zip.putNextEntry(new java.util.zip.ZipEntry(test + "-" + kind + ".csv"));
                zip.write(InteropFixtures.bytes("archi-csv/" + test + "-" + kind + ".csv"));
                zip.closeEntry();
            }
        }
        return buffer.toByteArray();
    }

    static List<Object[]> brokenInputs() {
        String ns = "http://www.opengroup.org/xsd/archimate/3.0/";
        String head = "<?xml version=\"1.0\"?>\n<model xmlns=\"" + ns + "\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" identifier=\"m\">\n<name>T</name>\n";
        return List.of(
                new Object[] { "xxe", "<?xml version=\"1.0\"?>\n<!DOCTYPE model [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<model xmlns=\"" + ns
                        + "\" identifier=\"m\"><name>&x;</name></model>", "xxe.xml line 2: the document declares a DOCTYPE" },
                new Object[] { "laughs", "<?xml version=\"1.0\"?>\n<!DOCTYPE m [<!ENTITY a \"aaaa\"><!ENTITY b \"&a;&a;&a;&a;\">]>\n<model xmlns=\"" + ns
                        + "\" identifier=\"m\"><name>&b;</name></model>", "laughs.xml line 2: the document declares a DOCTYPE" },
                new Object[] { "malformed", head + "<elements>\n</model>", "malformed.xml line 5, column " },
                new Object[] { "unknown-type", head + "<elements>\n<element identifier=\"e\" xsi:type=\"Wizard\"><name>W</name></element>\n</elements></model>",
                        "unknown-type.xml line 5, column 43: element 'e' has the type 'Wizard'" },
                // a relationship ArchiMate 3.2 does not allow is kept with a warning unless strict: ImportToleranceGraphQlIT
                new Object[] { "dangling", head + "<elements>\n<element identifier=\"a\" xsi:type=\"BusinessActor\"><name>A</name></element>\n</elements>\n"
                        + "<relationships>\n<relationship identifier=\"r\" source=\"a\" target=\"gone\" xsi:type=\"Association\"/>\n</relationships></model>",
                        "dangling.xml line 8, column " });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenInputs")
    void importModel_RefusesBrokenInputWithTheLineAndLeavesTheStoreUnchanged(String name, String content, String message) throws Exception {
        List<String> before = storeContent();

        JsonNode answer = graphql(IMPORT, vars("c", content, "f", name + ".xml", "b", "01"));

        assertThat(answer.path("data").path("importModel").isNull() || answer.path("data").isNull()).isTrue();
        JsonNode error = answer.path("errors").get(0);
        assertThat(error.path("message").asText()).startsWith(message);
        assertThat(error.path("extensions").path("code").asText()).isEqualTo("IMPORT_REFUSED");
        assertThat(storeContent()).isEqualTo(before);
    }
}
