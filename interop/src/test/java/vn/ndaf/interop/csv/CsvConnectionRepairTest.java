package vn.ndaf.interop.csv;

import static org.assertj.core.api.Assertions.assertThat;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;

import vn.ndaf.interop.ImportOptions;
import vn.ndaf.interop.ImportResult;
import vn.ndaf.interop.Trips;
import vn.ndaf.metamodel.Models;
import vn.ndaf.metamodel.NdafMetamodel;

/** When CSV changes a relation's ends, its view connections follow, or go when the view cannot show them. */
class CsvConnectionRepairTest {

    private static final String RELATIONS = "\"ID\",\"Type\",\"Name\",\"Documentation\",\"Source\",\"Target\",\"Specialization\"\r\n";

    private static long connectionsShowing(EObject model, String relationshipId) {
        return Models.<EObject>list(model, "views").stream().flatMap(v -> Models.<EObject>list(v, "connections").stream())
                .filter(c -> Models.get(c, "relationship") != null && relationshipId.equals(Models.id((EObject) Models.get(c, "relationship")))).count();
    }

    @Test
    void changedEnds_RemoveConnectionsTheViewsCannotShow_AndSayWhich() {
        EObject model = Trips.fixture("testmodel1.archimate");
        assertThat(connectionsShowing(model, "ffdc8ea9")).isEqualTo(2);

        ImportResult result = CsvImporter.importInto(model, CsvEdgeCaseTest.files(
                "\"ID\",\"Type\",\"Name\",\"Documentation\",\"Specialization\"\r\n\"role2\",\"BusinessRole\",\"Another role\",\"\",\"\"",
                RELATIONS + "\"ffdc8ea9\",\"AssignmentRelationship\",\"\",\"\",\"59fa6c90\",\"role2\",\"\"", null), ImportOptions.named("csv"));

        assertThat(connectionsShowing(result.architecture(), "ffdc8ea9")).isZero();
        assertThat(result.warnings()).hasSize(2).allSatisfy(w -> assertThat(w.message()).contains("whose ends changed to objects the view does not show"));
        EObject relationship = Models.<EObject>list(result.architecture(), "relationships").get(0);
        assertThat(Models.id((EObject) Models.get(relationship, "target"))).isEqualTo("role2");
        assertThat(Models.<EObject>list(result.architecture(), "elements").stream().filter(e -> Models.id(e).equals("role2")).findFirst().orElseThrow()
                .eContainer()).isSameAs(result.architecture());
    }

    @Test
    void changedEnds_ReconnectToTheObjectsTheViewShows() {
        EObject a = Models.architecture("m", "M");
        EObject actor = Models.element(a, "BusinessActor", "a1", "Actor");
        EObject role1 = Models.element(a, "BusinessRole", "r1", "Role 1");
        EObject role2 = Models.element(a, "BusinessRole", "r2", "Role 2");
        EObject assignment = Models.relationship(a, "AssignmentRelationship", "as", actor, role1);
        EObject view = NdafMetamodel.get().create("ArchimateView");
        Models.set(view, "id", "v");
        Models.list(a, "views").add(view);
        EObject nActor = node(view, "n1", actor);
        node(view, "n2", role1);
        EObject nRole2 = node(view, "n3", role2);
        EObject c = NdafMetamodel.get().create("Connection");
        Models.set(c, "id", "c");
        Models.set(c, "source", nActor);
        Models.set(c, "target", Models.<EObject>list(view, "children").get(1));
        Models.set(c, "relationship", assignment);
        Models.list(view, "connections").add(c);

        ImportResult result = CsvImporter.importInto(a, CsvEdgeCaseTest.files(null, RELATIONS + "\"as\",\"AssignmentRelationship\",\"\",\"\",\"a1\",\"r2\",\"\"",
                null), ImportOptions.named("csv"));

        assertThat(result.warnings()).isEmpty();
        EObject moved = Models.<EObject>list(Models.<EObject>list(result.architecture(), "views").get(0), "connections").get(0);
        assertThat(Models.id((EObject) Models.get(moved, "target"))).isEqualTo(Models.id(nRole2));
        assertThat(Models.id((EObject) Models.get(c, "target"))).as("the architecture imported into is untouched").isEqualTo("n2");
    }

    private static EObject node(EObject view, String id, EObject element) {
        EObject n = NdafMetamodel.get().create("ElementNode");
        Models.set(n, "id", id);
        Models.set(n, "element", element);
        Models.list(view, "children").add(n);
        return n;
    }
}
