package vn.ndaf.interop.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;

import vn.ndaf.interop.ModelComparison;
import vn.ndaf.interop.Trips;
import vn.ndaf.metamodel.Models;

class CsvExportTest {

    @Test
    void files_AreWrittenAsArchiWritesThem() {
        EObject model = ArchiCsvImportTest.imported("test1-elements.csv");
        Map<String, byte[]> files = CsvExporter.files(model, "");

        String elements = new String(files.get("elements.csv"), StandardCharsets.UTF_8);
        assertThat(elements).startsWith("\"ID\",\"Type\",\"Name\",\"Documentation\",\"Specialization\"\r\n"
                + "\"862677a6\",\"ArchimateModel\",\"Test Model\",\"This is the Purpose of the Model.\r\nIt has a line break and \"\"some\"\" quotes.\r\n\",\"\"\r\n")
                .contains("\"f00aa5b4\",\"BusinessActor\",\"Business Actor\",\"This is the Business Actor\r\nDocumentation\r\nHere \"\"\"\"\r\n\",\"Specialization1\"")
                .doesNotEndWith("\r\n");
        String relations = new String(files.get("relations.csv"), StandardCharsets.UTF_8);
        assertThat(relations.split("\r\n")[1]).isEqualTo("\"cdbfc933\",\"AssignmentRelationship\",\"Assignment relation\",\"Assignment documentation");
        String properties = new String(files.get("properties.csv"), StandardCharsets.UTF_8);
        assertThat(properties).isEqualTo("\"ID\",\"Key\",\"Value\"\r\n\"862677a6\",\"Property 1\",\"Hello World \"\"Here\"\"!\"\r\n"
                + "\"862677a6\",\"Property 2\",\"Again\"\r\n\"f00aa5b4\",\"Property 1\",\"A new value\"\r\n\"f00aa5b4\",\"Property 2\",\"Another one \"\"here\"\"\"\r\n"
                + "\"f00aa5b4\",\"Property 3\",\"\"\r\n\"f00aa5b4\",\"Property 3\",\"Again\"\r\n\"5854f8a3\",\"This\",\"values\"");
    }

    @Test
    void elements_AreSortedByTypeThenNameWithinArchisFolderOrder() {
        EObject model = vn.ndaf.metamodel.Models.architecture("m", "M");
        Models.element(model, "Goal", "g", "Goal");
        Models.element(model, "BusinessRole", "b2", "beta");
        Models.element(model, "BusinessActor", "b1", "Zed");
        Models.element(model, "BusinessRole", "b3", "Alpha");
        Models.element(model, "Capability", "s1", "Cap");
        String elements = new String(CsvExporter.files(model, "x-").get("x-elements.csv"), StandardCharsets.UTF_8);
        assertThat(elements.lines().skip(2).map(l -> l.substring(1, l.indexOf('"', 1))).toList()).containsExactly("s1", "b1", "b3", "b2", "g");
    }

    @Test
    void csvRoundTrip_GivesTheConceptsAndPropertiesBack() {
        EObject model = ArchiCsvImportTest.imported("test1-elements.csv");
        EObject again = Trips.read(Trips.write(model, vn.ndaf.interop.Format.CSV), "m-csv.zip");
        assertThat(ModelComparison.differences(model, again)).isEmpty();
    }
}
