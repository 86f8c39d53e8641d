package vn.ndaf.interop.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;

import vn.ndaf.interop.ImportException;
import vn.ndaf.interop.ImportOptions;
import vn.ndaf.metamodel.Models;

/** Archi's CSV rules one by one, with its messages, and the deviations ndaf documents in docs/interop.md. */
class CsvEdgeCaseTest {

    private static final String ELEMENTS = "\"ID\",\"Type\",\"Name\",\"Documentation\",\"Specialization\"\r\n";
    private static final String RELATIONS = "\"ID\",\"Type\",\"Name\",\"Documentation\",\"Source\",\"Target\",\"Specialization\"\r\n";

    static CsvFileSet files(String elements, String relations, String properties) {
        Map<String, byte[]> contents = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        if (elements != null) {
            contents.put("elements", elements.getBytes(StandardCharsets.UTF_8));
            names.put("elements", "elements.csv");
        }
        if (relations != null) {
            contents.put("relations", relations.getBytes(StandardCharsets.UTF_8));
            names.put("relations", "relations.csv");
        }
        if (properties != null) {
            contents.put("properties", properties.getBytes(StandardCharsets.UTF_8));
            names.put("properties", "properties.csv");
        }
        return new CsvFileSet(contents, names);
    }

    static EObject read(String elements, String relations, String properties) {
        return CsvImporter.read(files(elements, relations, properties), ImportOptions.named("csv")).architecture();
    }

    static void fails(String elements, String relations, String properties, String message) {
        assertThatThrownBy(() -> read(elements, relations, properties)).isInstanceOf(ImportException.class).hasMessage(message);
    }

    private static final String BASE = ELEMENTS + "\"a1\",\"BusinessActor\",\"Actor\",\"\",\"\"\r\n\"r1\",\"BusinessRole\",\"Role\",\"\",\"\"\r\n"
            + "\"d1\",\"DataObject\",\"Data\",\"\",\"\"";

    @Test
    void elements_FailsOnAnIdWithCharactersArchiRefuses() {
        fails(ELEMENTS + "\"a b\",\"BusinessActor\",\"A\",\"\",\"\"", null, null, "elements.csv line 2: Invalid character found in ID: a b");
    }

    @Test
    void elements_FailsOnATypeThatIsNotAnElementClassName() {
        fails(ELEMENTS + "\"a1\",\"businessactor\",\"A\",\"\",\"\"", null, null,
                "elements.csv line 2: Type should be of ArchiMate element type: 'businessactor' (id a1)");
    }

    @Test
    void elements_FailsOnAHeaderArchiDoesNotKnow() {
        fails("\"Id\",\"Kind\",\"Name\",\"Documentation\"\r\n", null, null, "elements.csv line 1: Incorrect Header in Elements file: [Id, Kind, Name, Documentation]");
    }

    @Test
    void elements_AcceptsTheOlderFourColumnHeader_CaseInsensitively() {
        EObject model = read("\"id\",\"TYPE\",\"name\",\"documentation\"\r\n\"a1\",\"BusinessActor\",\"A\",\"\"", null, null);
        assertThat(Models.<EObject>list(model, "elements")).extracting(Models::id).containsExactly("a1");
    }

    @Test
    void elements_FailsOnARecordOfTheWrongSize() {
        fails(ELEMENTS + "\"a1\",\"BusinessActor\",\"A\"", null, null, "elements.csv line 2: Incorrect record size - [a1, BusinessActor, A]");
    }

    @Test
    void elements_FailsOnAnEmptyFile() {
        fails("", null, null, "elements.csv: No element records in file.");
    }

    @Test
    void elements_NormalisesNamesButKeepsDocumentationVerbatim() {
        EObject model = read(ELEMENTS + "\"a1\",\"BusinessActor\",\"Two\r\nlines\there\",\"Doc\r\nwith\ttab\",\"\"", null, null);
        EObject a = Models.<EObject>list(model, "elements").get(0);
        assertThat(Models.string(a, "name")).isEqualTo("Two lines here");
        assertThat(Models.string(a, "documentation")).isEqualTo("Doc\r\nwith\ttab");
    }

    @Test
    void elements_AreReadWithSemicolonOrTabDelimiters_WhenQuoted() {
        EObject semicolons = read("\"ID\";\"Type\";\"Name\";\"Documentation\"\r\n\"a1\";\"BusinessActor\";\"A\";\"\"", null, null);
        EObject tabs = read("\"ID\"\t\"Type\"\t\"Name\"\t\"Documentation\"\r\n\"a1\"\t\"BusinessActor\"\t\"A\"\t\"\"", null, null);
        assertThat(Models.list(semicolons, "elements")).hasSize(1);
        assertThat(Models.list(tabs, "elements")).hasSize(1);
    }

    @Test
    void relations_FailWhenTheSameIdHasAnotherClass() {
        fails(BASE, RELATIONS + "\"a1\",\"AssignmentRelationship\",\"\",\"\",\"a1\",\"r1\",\"\"", null,
                "relations.csv line 2: Found concept with same id but different class: a1");
    }

    @Test
    void relations_FailOnAnUnknownEnd() {
        fails(BASE, RELATIONS + "\"x1\",\"AssignmentRelationship\",\"\",\"\",\"a1\",\"nowhere\",\"\"", null, "relations.csv line 2: Could not find concept: nowhere");
    }

    @Test
    void relations_FailWhenArchiMateDoesNotAllowTheRelationship_WhenStrict() {
        assertThatThrownBy(() -> CsvImporter.read(files(BASE, RELATIONS + "\"x1\",\"AssignmentRelationship\",\"\",\"\",\"d1\",\"a1\",\"\"", null),
                ImportOptions.named("csv").withStrict(true)))
                .isInstanceOf(ImportException.class).hasMessageStartingWith("relations.csv line 2: Invalid relationship: x1 - relationship 'x1' (Assignment from DataObject 'Data'")
                .hasMessageContaining("is not allowed by ArchiMate 3.2");
    }

    @Test
    void relations_ArchiMateDoesNotAllow_AreKeptWithAWarning() {
        var result = CsvImporter.read(files(BASE, RELATIONS + "\"x1\",\"AssignmentRelationship\",\"\",\"\",\"d1\",\"a1\",\"\"", null),
                ImportOptions.named("csv"));
        assertThat(Models.<EObject>list(result.architecture(), "relationships")).extracting(Models::id).containsExactly("x1");
        assertThat(result.warnings()).singleElement().satisfies(w -> {
            assertThat(w.kind()).isEqualTo(vn.ndaf.interop.ImportWarning.RELATIONSHIP_INVALID);
            assertThat(w.toString()).startsWith("relations.csv line 2: relationship 'x1' (Assignment from DataObject 'Data'");
        });
    }

    @Test
    void elements_WithoutName_AreKeptWithAWarningAtTheirLine_OrRefusedWhenStrict() {
        String elements = BASE + "\r\n\"e9\",\"BusinessActor\",\"\",\"Nobody named me\",\"\"";
        var result = CsvImporter.read(files(elements, null, null), ImportOptions.named("csv"));
        assertThat(result.warnings()).singleElement().satisfies(w -> {
            assertThat(w.kind()).isEqualTo(vn.ndaf.interop.ImportWarning.NAME_EMPTY);
            assertThat(w.toString()).startsWith("elements.csv line 5: BusinessActor (id e9) has no name");
        });
        assertThatThrownBy(() -> CsvImporter.read(files(elements, null, null), ImportOptions.named("csv").withStrict(true)))
                .isInstanceOf(ImportException.class).hasMessageStartingWith("elements.csv line 5: BusinessActor (id e9) has no name");
    }

    @Test
    void relations_MayEndAtARelationDeclaredLaterInTheFile() {
        EObject model = read(BASE, RELATIONS + "\"x2\",\"AssociationRelationship\",\"\",\"\",\"d1\",\"x1\",\"\"\r\n"
                + "\"x1\",\"AssignmentRelationship\",\"\",\"\",\"a1\",\"r1\",\"\"", null);
        EObject association = Models.<EObject>list(model, "relationships").get(0);
        assertThat(Models.id((EObject) Models.get(association, "target"))).isEqualTo("x1");
    }

    @Test
    void properties_SetAccessTypeDirectedStrengthAndJunctionType() {
        EObject model = read(BASE + "\r\n\"j1\",\"Junction\",\"\",\"\",\"\"",
                RELATIONS + "\"x1\",\"AccessRelationship\",\"\",\"\",\"a1\",\"d1\",\"\"\r\n\"x2\",\"AssociationRelationship\",\"\",\"\",\"a1\",\"d1\",\"\"",
                "\"x1\",\"Access_Type\",\"ReadWrite\"\r\n\"x2\",\"Directed\",\"TRUE\"\r\n\"j1\",\"Junction_Type\",\"Or\"\r\n\"x2\",\"ed\",\"kept\"");
        assertThat(Models.string(Models.<EObject>list(model, "relationships").get(0), "accessType")).isEqualTo("readwrite");
        EObject association = Models.<EObject>list(model, "relationships").get(1);
        assertThat(Models.get(association, "directed")).isEqualTo(true);
        assertThat(Models.<EObject>list(association, "properties")).extracting(p -> Models.string(p, "key")).as("only the exact key Directed is special")
                .containsExactly("ed");
        assertThat(Models.string(Models.<EObject>list(model, "elements").get(3), "type")).isEqualTo("or");
    }

    @Test
    void properties_FailOnAnAccessTypeArchiDoesNotDefine() {
        fails(BASE, RELATIONS + "\"x1\",\"AccessRelationship\",\"\",\"\",\"a1\",\"d1\",\"\"", "\"x1\",\"Access_Type\",\"readwrite\"",
                "properties.csv line 1: Access_Type of relation x1 is 'readwrite'; it must be one of [Write, Read, Access, ReadWrite]");
    }

    @Test
    void properties_FailOnAnUnknownObjectOrAMissingId() {
        fails(BASE, null, "\"nowhere\",\"k\",\"v\"", "properties.csv line 1: Could not locate concept from Property id: nowhere");
        fails(BASE, null, "\"\",\"k\",\"v\"", "properties.csv line 1: ID not found");
        fails(BASE, null, "\"a1\",\"k\"", "properties.csv line 1: Incorrect record size - [a1, k]");
    }

    @Test
    void properties_ReachTheModelByItsRealId_AsWellAsByTheModelRow() {
        EObject model = read(ELEMENTS + "\"m1\",\"ArchimateModel\",\"M\",\"\",\"\"", null, "\"m1\",\"a\",\"1\"");
        assertThat(Models.<EObject>list(model, "properties")).extracting(p -> Models.string(p, "value")).containsExactly("1");
        EObject again = CsvImporter.importInto(model, files(null, null, "\"m1\",\"b\",\"2\""), ImportOptions.named("csv")).architecture();
        assertThat(Models.<EObject>list(again, "properties")).extracting(p -> Models.string(p, "key")).containsExactly("a", "b");
    }

    @Test
    void specialization_IsAddedNeverRemoved_AndANationalOneRetypesAPlainElement() {
        EObject model = read(ELEMENTS + "\"c1\",\"ApplicationComponent\",\"Registry\",\"\",\"\"", null, null);
        EObject after = CsvImporter.importInto(model, files(ELEMENTS + "\"c1\",\"ApplicationComponent\",\"Registry\",\"\",\"Database\"", null,
                "\"c1\",\"ndaf:ndcSync\",\"real_time\""), ImportOptions.named("csv")).architecture();

        EObject c1 = Models.<EObject>list(after, "elements").get(0);
        assertThat(c1.eClass().getName()).isEqualTo("Database");
        assertThat(Models.string(c1, "ndcSync")).isEqualTo("real_time");
        EObject again = CsvImporter.importInto(after, files(ELEMENTS + "\"c1\",\"ApplicationComponent\",\"Registry\",\"\",\"\"", null, null),
                ImportOptions.named("csv")).architecture();
        assertThat(Models.<EObject>list(again, "elements").get(0).eClass().getName()).isEqualTo("Database");
    }
}
