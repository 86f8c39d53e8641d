package vn.ndaf.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpServer;

/**
 * Hostile and broken input: every case fails with the file, line and reason, and nothing outside the input
 * is ever read (a local HTTP server counts the requests an external entity or DTD would make).
 */
class HostileInputTest {

    private static final String NS = "http://www.opengroup.org/xsd/archimate/3.0/";

    private HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();

    @TempDir
    Path temp;

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            byte[] body = "<!ENTITY leaked 'LEAKED'>".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    private String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/evil.dtd";
    }

    private static ImportException failure(String content, String name) {
        return failure(content.getBytes(StandardCharsets.UTF_8), ImportOptions.named(name));
    }

    private static ImportException failure(byte[] content, ImportOptions options) {
        Throwable t = org.assertj.core.api.Assertions.catchThrowable(() -> ModelImporter.read(content, options));
        assertThat(t).isInstanceOf(ImportException.class);
        return (ImportException) t;
    }

    @Test
    void externalEntity_IsRefusedAndNeverFetched() throws IOException {
        Path secret = Files.writeString(temp.resolve("secret.txt"), "TOP-SECRET");
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE model [\n  <!ENTITY file SYSTEM \"" + secret.toUri() + "\">\n  <!ENTITY web SYSTEM \"" + url()
                + "\">\n]>\n<model xmlns=\"" + NS + "\" identifier=\"m\"><name>&file;&web;</name></model>";

        ImportException e = failure(xml, "xxe.xml");

        assertThat(e.getMessage()).startsWith("xxe.xml line ").contains("DOCTYPE").contains("refused").doesNotContain("TOP-SECRET");
        assertThat(requests).hasValue(0);
    }

    @Test
    void externalDtd_IsRefusedAndNeverFetched() {
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE model SYSTEM \"" + url() + "\">\n<model xmlns=\"" + NS + "\" identifier=\"m\"><name>&leaked;</name></model>";

        ImportException e = failure(xml, "dtd.xml");

        assertThat(e.getMessage()).startsWith("dtd.xml line 2: the document declares a DOCTYPE").doesNotContain("LEAKED");
        assertThat(requests).hasValue(0);
    }

    @Test
    void billionLaughs_IsRefusedAtOnce() {
        StringBuilder dtd = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE model [\n <!ENTITY lol \"lol\">\n");
        for (int i = 1; i <= 9; i++) {
            dtd.append(" <!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10)).append("\">\n");
        }
        String xml = dtd + "]>\n<model xmlns=\"" + NS + "\" identifier=\"m\"><name>&lol9;</name></model>";
        long started = System.nanoTime();

        ImportException e = failure(xml, "lol.xml");

        assertThat(e.getMessage()).startsWith("lol.xml line ").contains("DOCTYPE").contains("nothing was resolved or expanded");
        assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(2000);
    }

    @Test
    void undeclaredEntity_IsAnError() {
        ImportException e = failure("<model xmlns=\"" + NS + "\" identifier=\"m\"><name>&nbsp;</name></model>", "entity.xml");
        assertThat(e.getMessage()).startsWith("entity.xml line 1").contains("nbsp");
    }

    @Test
    void malformedXml_GivesLineColumnAndTheParsersReason() {
        String xml = "<?xml version=\"1.0\"?>\n<model xmlns=\"" + NS + "\" identifier=\"m\">\n  <name>Broken</nam>\n</model>";
        ImportException e = failure(xml, "broken.xml");
        assertThat(e.getMessage()).startsWith("broken.xml line 3, column ").contains("malformed XML").contains("must be terminated by the matching end-tag");
        assertThat(e.line()).isEqualTo(3);
    }

    @Test
    void unknownElementType_IsAnErrorWithItsLine() {
        String xml = exchange("<elements>\n    <element identifier=\"e1\" xsi:type=\"BusinessWizard\"><name>W</name></element>\n  </elements>");
        ImportException e = failure(xml, "types.xml");
        assertThat(e.getMessage()).isEqualTo("types.xml line 5, column 56: element 'e1' has the type 'BusinessWizard', which is not an ArchiMate 3.2 element type");
    }

    @Test
    void unknownArchiType_IsAnErrorWithItsLine() {
        String xml = new String(Fixtures.bytes("testmodel1.archimate"), StandardCharsets.UTF_8).replace("archimate:BusinessRole", "archimate:BusinessWizard");
        ImportException e = failure(xml, "t.archimate");
        assertThat(e.getMessage()).startsWith("t.archimate line 6").contains("'archimate:BusinessWizard', which is not an ArchiMate element, relationship or view type");
    }

    @Test
    void relationshipArchiMateDoesNotAllow_IsAnErrorNamingTypesAndEnds_WhenStrict() {
        String xml = exchange(FORBIDDEN_ASSIGNMENT);
        ImportException e = failure(xml.getBytes(StandardCharsets.UTF_8), ImportOptions.named("rules.xml").withStrict(true));
        assertThat(e.getMessage()).startsWith("rules.xml line 9: ")
                .contains("relationship 'r7' (Assignment from DataObject 'Customer data' (id d1) to BusinessActor 'Clerk' (id a1)) is not allowed by ArchiMate 3.2");
    }

    @Test
    void relationshipArchiMateDoesNotAllow_IsKeptWithAWarningNamingTypesAndEnds() {
        String xml = exchange(FORBIDDEN_ASSIGNMENT);
        ImportResult r = ModelImporter.read(xml.getBytes(StandardCharsets.UTF_8), ImportOptions.named("rules.xml"));
        assertThat(vn.ndaf.metamodel.Models.<org.eclipse.emf.ecore.EObject>list(r.architecture(), "relationships")).extracting(vn.ndaf.metamodel.Models::id)
                .containsExactly("r7");
        assertThat(r.warnings()).singleElement().satisfies(w -> {
            assertThat(w.kind()).isEqualTo(ImportWarning.RELATIONSHIP_INVALID);
            assertThat(w.toString()).startsWith("rules.xml line 9: ")
                    .contains("relationship 'r7' (Assignment from DataObject 'Customer data' (id d1) to BusinessActor 'Clerk' (id a1)) is not allowed by ArchiMate 3.2");
        });
    }

    private static final String FORBIDDEN_ASSIGNMENT = """
                <elements>
                    <element identifier="d1" xsi:type="DataObject"><name>Customer data</name></element>
                    <element identifier="a1" xsi:type="BusinessActor"><name>Clerk</name></element>
                  </elements>
                  <relationships>
                    <relationship identifier="r7" source="d1" target="a1" xsi:type="Assignment"/>
                  </relationships>""";

    @Test
    void danglingReference_IsAnErrorWithItsLine() {
        String xml = exchange("""
                <elements>
                    <element identifier="a1" xsi:type="BusinessActor"><name>Clerk</name></element>
                  </elements>
                  <relationships>
                    <relationship identifier="r1" source="a1" target="nowhere" xsi:type="Association"/>
                  </relationships>""");
        ImportException e = failure(xml, "dangling.xml");
        assertThat(e.getMessage()).startsWith("dangling.xml line 8").endsWith("relationship 'r1' has the target 'nowhere', which is not in the file");
    }

    @Test
    void danglingArchiReference_IsAnErrorWithItsLine() {
        String xml = new String(Fixtures.bytes("testmodel1.archimate"), StandardCharsets.UTF_8).replace("archimateElement=\"1efcd76f\"", "archimateElement=\"gone\"");
        ImportException e = failure(xml, "t.archimate");
        assertThat(e.getMessage()).startsWith("t.archimate line 30").contains("refers to 'gone' (element), which is not in the file");
    }

    @Test
    void duplicateIds_AreAnErrorNamingBothPlaces() {
        String xml = exchange("""
                <elements>
                    <element identifier="a1" xsi:type="BusinessActor"><name>One</name></element>
                    <element identifier="a1" xsi:type="BusinessRole"><name>Two</name></element>
                  </elements>""");
        ImportException e = failure(xml, "dup.xml");
        assertThat(e.getMessage()).startsWith("dup.xml line 6").contains("the identifier 'a1' is used twice, first at line 5");
    }

    @Test
    void oversizedInput_IsRefusedBeforeParsing() {
        byte[] big = exchange("<elements/>").getBytes(StandardCharsets.UTF_8);
        ImportException e = failure(big, ImportOptions.named("big.xml").withMaxBytes(100));
        assertThat(e.getMessage()).isEqualTo("big.xml: the input is " + big.length + " bytes, larger than the limit of 100 bytes; nothing was imported");
    }

    @Test
    void zipBomb_IsRefusedOnceItExpandsBeyondTheLimit() throws IOException {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("model.xml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 50; i++) {
                out.write(zeros);
            }
            out.closeEntry();
        }
        assertThat(zip.size()).isLessThan(200_000);

        ImportException e = failure(zip.toByteArray(), ImportOptions.named("bomb.archimate").withMaxBytes(4L << 20));

        assertThat(e.getMessage()).isEqualTo("bomb.archimate: the archive expands to more than 4.0 MB (entry model.xml), the limit for an input; "
                + "it may be a zip bomb; nothing was imported");
    }

    @Test
    void unrecognisedContent_IsRefusedWhateverTheName() {
        ImportException e = failure("just some text", "model.xml");
        assertThat(e.getMessage()).startsWith("model.xml: is not in a format ndaf reads");
        ImportException xml = failure("<html><body/></html>", "model.archimate");
        assertThat(xml.getMessage()).contains("root element {}html is neither an Archi model");
    }

    @Test
    void harmlessUnknownConstructs_AreReportedAndTheImportSucceeds() {
        String xml = exchange("""
                <elements>
                    <element identifier="a1" xsi:type="BusinessActor" xmlns:x="urn:other" x:colour="red"><name>Clerk</name><x:note>hello</x:note></element>
                  </elements>""");
        ImportResult result = ModelImporter.read(xml.getBytes(StandardCharsets.UTF_8), ImportOptions.named("ext.xml"));
        assertThat(result.warnings()).extracting(Object::toString)
                .anySatisfy(w -> assertThat(w).startsWith("ext.xml line 5").contains("extension attribute {urn:other}colour=\"red\"").contains("is not kept"))
                .anySatisfy(w -> assertThat(w).contains("extension element {urn:other}note").contains("is not kept"));
    }

    static String exchange(String body) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<model xmlns=\"" + NS + "\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" identifier=\"m\">\n"
                + "  <name>Test</name>\n  " + body + "\n</model>\n";
    }
}
