package vn.ndaf.interop.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;

import vn.ndaf.interop.Fixtures;
import vn.ndaf.interop.ImportException;
import vn.ndaf.interop.ImportOptions;
import vn.ndaf.interop.ModelImporter;
import vn.ndaf.metamodel.Models;

/** Archi's CSV test files, imported as Archi imports them (expected results from Archi's CSVImporterTests). */
class ArchiCsvImportTest {

    static Path csv(String name) {
        return Fixtures.path("archi-csv/" + name);
    }

    static EObject imported(String file) {
        return ModelImporter.read(csv(file), ImportOptions.defaults()).architecture();
    }

    static EObject byId(EObject architecture, String id) {
        for (String list : List.of("elements", "relationships")) {
            for (EObject o : Models.<EObject>list(architecture, list)) {
                if (id.equals(Models.id(o))) {
                    return o;
                }
            }
        }
        throw new AssertionError("no concept " + id);
    }

    static List<String> properties(EObject holder) {
        return Models.<EObject>list(holder, "properties").stream().map(p -> Models.string(p, "key") + "=" + Models.string(p, "value")).toList();
    }

    @Test
    void test1_ImportsModelElementsRelationsAndProperties_FromTheElementsFileAndItsSiblings() {
        EObject model = imported("test1-elements.csv");

        assertThat(Models.id(model)).isEqualTo("862677a6");
        assertThat(Models.string(model, "name")).isEqualTo("Test Model");
        assertThat(Models.string(model, "documentation")).isEqualTo("This is the Purpose of the Model.\r\nIt has a line break and \"some\" quotes.\r\n");
        assertThat(properties(model)).containsExactly("Property 1=Hello World \"Here\"!", "Property 2=Again");

        assertThat(Models.<EObject>list(model, "elements")).extracting(Models::id).containsExactly("f00aa5b4", "d9fe8c17", "f6a18059");
        EObject actor = byId(model, "f00aa5b4");
        assertThat(actor.eClass().getName()).isEqualTo("BusinessActor");
        assertThat(Models.string(actor, "name")).isEqualTo("Business Actor");
        assertThat(Models.string(actor, "documentation")).isEqualTo("This is the Business Actor\r\nDocumentation\r\nHere \"\"\r\n");
        assertThat(Models.<EObject>list(actor, "profiles")).extracting(p -> Models.string(p, "name") + "/" + Models.string(p, "conceptType"))
                .containsExactly("Specialization1/BusinessActor");
        assertThat(properties(actor)).containsExactly("Property 1=A new value", "Property 2=Another one \"here\"", "Property 3=null", "Property 3=Again");
        assertThat(Models.string(byId(model, "d9fe8c17"), "documentation")).isNull();
        assertThat(Models.string(byId(model, "f6a18059"), "documentation")).isEqualTo("Some more docs\r\nHere\r\n");

        EObject assignment = byId(model, "cdbfc933");
        assertThat(assignment.eClass().getName()).isEqualTo("AssignmentRelationship");
        assertThat(Models.id((EObject) Models.get(assignment, "source"))).isEqualTo("f00aa5b4");
        assertThat(Models.id((EObject) Models.get(assignment, "target"))).isEqualTo("f6a18059");
        assertThat(Models.string(assignment, "documentation")).isEqualTo("Assignment documentation\r\nIs here \"hello\"");
        EObject composition = byId(model, "5854f8a3");
        assertThat(Models.string(composition, "documentation")).isEqualTo("Here it is\r\nagain\r\n\r\n\r\n");
        assertThat(properties(composition)).containsExactly("This=values");
    }

    @Test
    void test2_UpdatesTheTest1Model_WithoutCreatingAnything() {
        EObject before = imported("test1-elements.csv");
        EObject after = CsvImporter.importInto(before, CsvFileSet.fromPath(csv("test2-elements.csv"), Long.MAX_VALUE), ImportOptions.named("test2"))
                .architecture();

        assertThat(Models.id(after)).isEqualTo("862677a6");
        assertThat(Models.string(after, "name")).isEqualTo("Test Model changed");
        assertThat(Models.string(after, "documentation")).isEqualTo("Model Documentation Changed");
        assertThat(properties(after)).hasSize(2);
        assertThat(Models.list(after, "elements")).hasSize(3);
        assertThat(Models.list(after, "relationships")).hasSize(2);
        EObject actor = byId(after, "f00aa5b4");
        assertThat(Models.string(actor, "name")).isEqualTo("Name changed");
        assertThat(Models.string(actor, "documentation")).isEqualTo("This is the Business Actor\r\nDocumentation\r\nHere \"\"\r\n");
        assertThat(properties(actor)).containsExactly("Property 1=A new value", "Property 2=Another one \"here\"", "Property 3=Again", "Property 3=Again");
        assertThat(Models.<EObject>list(actor, "profiles")).extracting(p -> Models.string(p, "name")).containsExactly("Specialization1");
        EObject assignment = byId(after, "cdbfc933");
        assertThat(Models.string(assignment, "name")).isEqualTo("Assignment relation changed");
        assertThat(Models.string(assignment, "documentation")).isEqualTo("Assignment documentation changed");
        assertThat(properties(assignment)).isEmpty();
        assertThat(properties(byId(after, "5854f8a3"))).containsExactly("This=value changes");
        assertThat(Models.string(before, "name")).as("the model imported into is left as it was").isEqualTo("Test Model");
    }

    @Test
    void test3_GeneratesIds_ForEmptyIdCells() {
        EObject model = imported("test3-elements.csv");

        assertThat(Models.string(model, "name")).isEqualTo("Test Model");
        assertThat(Models.string(model, "documentation")).isEqualTo("Model Documentation");
        assertThat(Models.<EObject>list(model, "elements")).hasSize(5).allSatisfy(e -> assertThat(Models.id(e)).isNotBlank())
                .extracting(Models::id).contains("id1", "id2").filteredOn(id -> id.startsWith("id-")).hasSize(3);
        assertThat(Models.id(model)).startsWith("id-");
        EObject relation = Models.<EObject>list(model, "relationships").get(0);
        assertThat(Models.id(relation)).startsWith("id-").hasSize(35);
        assertThat(Models.id((EObject) Models.get(relation, "source"))).isEqualTo("id1");
        assertThat(Models.id((EObject) Models.get(relation, "target"))).isEqualTo("id2");
        assertThat(Models.string(byId(model, "id2"), "documentation")).isEqualTo("This has an Identifier");
    }

    @Test
    void test4a_RepointsTheEndsOfExistingRelations() {
        EObject before = imported("test4-elements.csv");
        assertThat(ends(before, "r1")).isEqualTo("e1->e3");
        assertThat(ends(before, "r2")).isEqualTo("e2->e4");

        EObject after = CsvImporter.importInto(before, CsvFileSet.fromPath(csv("test4a-relations.csv"), Long.MAX_VALUE), ImportOptions.named("test4a"))
                .architecture();

        assertThat(ends(after, "r1")).isEqualTo("e2->e4");
        assertThat(ends(after, "r2")).isEqualTo("e1->e3");
        assertThat(Models.list(after, "relationships")).hasSize(2);
    }

    private static String ends(EObject model, String id) {
        EObject r = byId(model, id);
        return Models.id((EObject) Models.get(r, "source")) + "->" + Models.id((EObject) Models.get(r, "target"));
    }

    @Test
    void test5_IgnoresCommentLines() {
        EObject model = imported("test5-elements.csv");

        assertThat(Models.<EObject>list(model, "elements")).extracting(e -> Models.id(e) + ":" + e.eClass().getName())
                .containsExactly("id1:BusinessActor", "id2:BusinessRole");
    }

    @Test
    void test6_FailsOnTheSecondDeclarationOfARelation() {
        assertThatThrownBy(() -> imported("test6-relations.csv")).isInstanceOf(ImportException.class)
                .hasMessage("test6-relations.csv line 3: Duplicate relation declared with Id: r1");
    }

    @Test
    void siblings_AreFoundByTheLastOccurrenceOfTheKind_AsArchiFindsThem() {
        assertThat(CsvFileSet.kindOfName("MyModel-elements.csv")).isEqualTo("elements");
        assertThat(CsvFileSet.kindOfName("relations.csv")).isEqualTo("relations");
        assertThat(CsvFileSet.kindOfName("elements-suffix.csv")).isNull();
        assertThat(CsvFileSet.kindOfName("zoob.csv")).isNull();
        CsvFileSet set = CsvFileSet.fromPath(csv("test1-properties.csv"), Long.MAX_VALUE);
        assertThat(set.names()).containsOnlyKeys("elements", "relations", "properties");
    }
}
