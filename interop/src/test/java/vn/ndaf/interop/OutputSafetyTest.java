package vn.ndaf.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import vn.ndaf.interop.csv.CsvExporter;
import vn.ndaf.interop.io.SafeXml;
import vn.ndaf.interop.rdf.RdfExporter;
import vn.ndaf.metamodel.Models;

/**
 * No stored value can make an export malformed or inject markup, and nesting deeper than the documented
 * limit is refused with a clear error; CSV has Archi's Excel-compatible option.
 */
class OutputSafetyTest {

    private static final String HOSTILE = "Ends a CDATA ]]> and opens <script>alert(1)</script> &amp; \"quotes\" ' <![CDATA[ x ]]> -->";

    private static EObject hostileModel() {
        EObject a = Models.architecture("safe", HOSTILE);
        Models.set(a, "bodyCode", "01");
        Models.set(a, "documentation", HOSTILE + "\r\nsecond line ]]>");
        EObject actor = Models.element(a, "BusinessActor", "e1", HOSTILE);
        Models.set(actor, "documentation", "]]>" + HOSTILE);
        Models.property(actor, "key ]]> <x/>", "value ]]> <y/>");
        EObject role = Models.element(a, "BusinessRole", "e2", "Role ]]>");
        Models.relationship(a, "AssignmentRelationship", "r1", actor, role);
        return a;
    }

    private static void wellFormed(byte[] xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    @ParameterizedTest
    @EnumSource(value = Format.class, names = { "EXCHANGE", "ARCHIMATE" })
    void textHoldingCdataEndAndMarkup_GivesAWellFormedFileThatReadsBackTheSameText(Format format) throws Exception {
        EObject original = hostileModel();
        byte[] out = Trips.write(original, format);

        wellFormed(out);
        EObject again = Trips.read(out, "again");
        EObject actor = Models.<EObject>list(again, "elements").stream().filter(e -> Models.id(e).equals("e1")).findFirst().orElseThrow();
        assertThat(Models.string(actor, "name")).isEqualTo(HOSTILE);
        assertThat(Models.string(actor, "documentation")).isEqualTo("]]>" + HOSTILE);
        assertThat(Models.string(again, "documentation")).isEqualTo(HOSTILE + "\r\nsecond line ]]>");
        assertThat(new String(out, StandardCharsets.UTF_8)).doesNotContain("<script>");
        if (format == Format.EXCHANGE) {
            assertThat(ExchangeSchemas.errorsWithExtension(out)).isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<metadata xmlns=\"http://www.opengroup.org/xsd/archimate/3.0/\"/><injected xmlns=\"http://www.opengroup.org/xsd/archimate/3.0/\"/>",
            "<metadata xmlns=\"http://www.opengroup.org/xsd/archimate/3.0/\"><schema>x</schema>",
            "</name><evil/>",
            "<evil xmlns=\"http://example.org/\"/>" })
    void storedMetadataThatIsNotOneMetadataElement_IsRefusedWithAClearError(String metadata) {
        EObject a = hostileModel();
        Models.set(a, "metadataXml", metadata);
        Throwable t = catchThrowable(() -> Trips.write(a, Format.EXCHANGE));
        assertThat(t).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("metadata stored with architecture safe")
                .hasMessageContaining("nothing was exported");
    }

    @Test
    void storedMetadata_IsWrittenFromItsParsedTree_SoCommentsAndCdataCannotCarryMarkup() throws Exception {
        EObject a = hostileModel();
        Models.set(a, "metadataXml", "<metadata xmlns=\"http://www.opengroup.org/xsd/archimate/3.0/\"><schema><![CDATA[</schema><evil/>]]></schema>"
                + "<!-- --><?pi x?><schemaversion>1</schemaversion></metadata>");
        byte[] out = Trips.write(a, Format.EXCHANGE);
        wellFormed(out);
        assertThat(new String(out, StandardCharsets.UTF_8)).doesNotContain("<evil/>").contains("&lt;/schema&gt;&lt;evil/&gt;").doesNotContain("<?pi");
        assertThat(ExchangeSchemas.errorsWithExtension(out)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = RdfExporter.Syntax.class)
    void rdf_KeepsHostileTextAsLiterals(RdfExporter.Syntax syntax) {
        EObject a = hostileModel();
        Models.element(a, "BusinessActor", "id with > and \" and space", "\"\"\" triple quotes \\ backslash \n newline");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RdfExporter.write(a, out, syntax);
        Model m = ModelFactory.createDefaultModel();
        RDFDataMgr.read(m, new ByteArrayInputStream(out.toByteArray()), syntax == RdfExporter.Syntax.TURTLE ? Lang.TURTLE : Lang.JSONLD);
        assertThat(m.listObjects().toList().stream().filter(o -> o.isLiteral()).map(o -> o.asLiteral().getLexicalForm()))
                .contains(HOSTILE, "\"\"\" triple quotes \\ backslash \n newline");
    }

    @Test
    void excelSafeCsv_PrefixesFormulaCells_AndProtectsLeadingBlanksAndZeros_AsArchiDoes() {
        EObject a = Models.architecture("csv", "Formulas");
        Models.element(a, "BusinessActor", "e1", "=HYPERLINK(\"http://evil\",\"click\")");
        Models.element(a, "BusinessActor", "e2", "+1+1");
        Models.element(a, "BusinessActor", "e3", "-2");
        Models.element(a, "BusinessActor", "e4", "@SUM(A1)");
        Models.element(a, "BusinessActor", "e5", "0123");
        Models.element(a, "BusinessActor", "e6", " leading blank");
        Models.element(a, "BusinessActor", "e7", "plain");
        Models.property(Models.<EObject>list(a, "elements").get(0), "=cmd", "@x");

        String plain = new String(CsvExporter.files(a, "", false).get("elements.csv"), StandardCharsets.UTF_8);
        assertThat(plain).contains("\"e1\",\"BusinessActor\",\"=HYPERLINK(\"\"http://evil\"\",\"\"click\"\")\"");

        Map<String, byte[]> files = CsvExporter.files(a, "", true);
        String elements = new String(files.get("elements.csv"), StandardCharsets.UTF_8);
        assertThat(elements).startsWith("\"ID\",\"Type\",\"Name\",\"Documentation\",\"Specialization\"\r\n")
                .contains("\"e1\",\"BusinessActor\",\" =HYPERLINK(\"\"http://evil\"\",\"\"click\"\")\"")
                .contains("\"e2\",\"BusinessActor\",\" +1+1\"").contains("\"e3\",\"BusinessActor\",\" -2\"")
                .contains("\"e4\",\"BusinessActor\",\" @SUM(A1)\"").contains("\"e5\",\"BusinessActor\",\"=\"\"0123\"\"\"")
                .contains("\"e6\",\"BusinessActor\",\"=\"\" leading blank\"\"\"").contains("\"e7\",\"BusinessActor\",\"plain\"");
        assertThat(new String(files.get("properties.csv"), StandardCharsets.UTF_8)).contains("\"e1\",\" =cmd\",\" @x\"");
    }

    private static String nested(String open, String close, int depth, String prefix, String suffix) {
        StringBuilder sb = new StringBuilder(prefix);
        for (int i = 0; i < depth; i++) {
            sb.append(open.replace("#", String.valueOf(i))).append('\n');
        }
        for (int i = 0; i < depth; i++) {
            sb.append(close);
        }
        return sb.append(suffix).toString();
    }

    @Test
    void archiFoldersNestedDeeperThanTheLimit_AreRefusedNamingTheLineAndTheLimit() {
        String xml = nested("<folder name=\"f\" id=\"f#\">", "</folder>", 100_000,
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<archimate:model xmlns:archimate=\"http://www.archimatetool.com/archimate\" name=\"deep\" id=\"m\" version=\"5.0.0\">\n",
                "</archimate:model>");
        Throwable t = catchThrowable(() -> ModelImporter.read(xml.getBytes(StandardCharsets.UTF_8), ImportOptions.named("deep.archimate")));
        assertThat(t).isInstanceOf(ImportException.class).hasMessageStartingWith("deep.archimate line " + (SafeXml.MAX_DEPTH + 2) + ",")
                .hasMessageContaining("more than " + SafeXml.MAX_DEPTH + " levels deep");
    }

    @Test
    void exchangeItemsNestedDeeperThanTheLimit_AreRefusedNamingTheLineAndTheLimit() {
        String xml = nested("<item identifier=\"i#\"><label>x</label>", "</item>", 100_000,
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<model xmlns=\"http://www.opengroup.org/xsd/archimate/3.0/\" identifier=\"m\"><name>deep</name>"
                        + "<organizations>\n",
                "</organizations></model>");
        Throwable t = catchThrowable(() -> ModelImporter.read(xml.getBytes(StandardCharsets.UTF_8), ImportOptions.named("deep.xml")));
        assertThat(t).isInstanceOf(ImportException.class).hasMessageStartingWith("deep.xml line ").hasMessageContaining(SafeXml.MAX_DEPTH + " levels");
    }

    @Test
    void nestingUpToTheLimit_IsRead() {
        String xml = nested("<folder name=\"f\" id=\"f#\">", "</folder>", SafeXml.MAX_DEPTH - 1,
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<archimate:model xmlns:archimate=\"http://www.archimatetool.com/archimate\" name=\"deep\" id=\"m\" version=\"5.0.0\">\n",
                "</archimate:model>");
        EObject a = ModelImporter.read(xml.getBytes(StandardCharsets.UTF_8), ImportOptions.named("deep.archimate")).architecture();
        assertThat(Models.list(a, "folders")).hasSize(1);
    }
}
