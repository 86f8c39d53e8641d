package vn.ndaf.metamodel.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;

import vn.ndaf.metamodel.Models;
import vn.ndaf.metamodel.NdafMetamodel;

class ModelValidatorTest {

    private final ModelValidator validator = ModelValidator.get();

    private static List<String> rules(List<Problem> problems) {
        return problems.stream().map(Problem::rule).toList();
    }

    @Test
    void validate_ReportsADisallowedRelationship_NamingBothEndsAndWhatIsAllowed() {
        EObject a = Models.architecture("a", "A");
        EObject data = Models.element(a, "DataObject", "d1", "Hồ sơ");
        EObject process = Models.element(a, "BusinessProcess", "p1", "Tiếp nhận");
        Models.relationship(a, "TriggeringRelationship", "r1", data, process);

        List<Problem> problems = validator.errors(a);

        assertThat(rules(problems)).containsExactly("ndaf.relationship.allowed");
        assertThat(problems.get(0).message()).contains("TriggeringRelationship (id r1)").contains("DataObject 'Hồ sơ' (id d1)")
                .contains("BusinessProcess 'Tiếp nhận' (id p1)").contains("only AssociationRelationship is allowed");
    }

    @Test
    void validate_AcceptsAnAllowedRelationship_BetweenNationalConcepts() {
        EObject a = Models.architecture("a", "A");
        EObject platform = Models.element(a, "SharedPlatform", "p", "NDXP");
        EObject database = Models.element(a, "Database", "d", "CSDL dân cư");
        Models.relationship(a, "ServingRelationship", "r", platform, database);
        assertThat(validator.errors(a)).isEmpty();
    }

    @Test
    void validate_ReportsAJunctionJoiningTwoRelationshipTypes() {
        EObject a = Models.architecture("a", "A");
        EObject e1 = Models.element(a, "BusinessProcess", "e1", "x");
        EObject e2 = Models.element(a, "BusinessProcess", "e2", "y");
        EObject j = Models.element(a, "Junction", "j", null);
        Models.relationship(a, "TriggeringRelationship", "r1", e1, j);
        Models.relationship(a, "FlowRelationship", "r2", j, e2);
        assertThat(rules(validator.errors(a))).containsExactly("ndaf.junction.sameType");
    }

    @Test
    void validate_ReportsAConnectionThatDoesNotJoinItsRelationshipsEnds() {
        EObject a = Models.architecture("a", "A");
        EObject actor = Models.element(a, "BusinessActor", "e1", "Actor");
        EObject role = Models.element(a, "BusinessRole", "e2", "Role");
        EObject other = Models.element(a, "BusinessRole", "e3", "Other role");
        EObject r = Models.relationship(a, "AssignmentRelationship", "r1", actor, role);
        EObject view = NdafMetamodel.get().create("ArchimateView");
        Models.set(view, "id", "v1");
        EObject n1 = node("n1", actor);
        EObject n3 = node("n3", other);
        Models.list(view, "children").addAll(List.of(n1, n3));
        EObject c = NdafMetamodel.get().create("Connection");
        Models.set(c, "id", "c1");
        Models.set(c, "source", n1);
        Models.set(c, "target", n3);
        Models.set(c, "relationship", r);
        Models.list(view, "connections").add(c);
        Models.list(a, "views").add(view);
        List<Problem> problems = validator.errors(a);
        assertThat(rules(problems)).containsExactly("ndaf.connection.relationshipEnds");
        assertThat(problems.get(0).message()).contains("BusinessRole 'Other role' (id e3)").contains("instead of");
    }

    @Test
    void validate_ReportsSecurityLevelOutOfRange_AndBadDates_AndATaskWithoutLead() {
        EObject a = Models.architecture("a", "A");
        Models.set(Models.element(a, "InformationSystem", "s", "Hệ thống"), "securityLevel", 7);
        EObject task = Models.element(a, "PlanTask", "t", "Ban hành kiến trúc");
        Models.set(task, "deadline", "31/08/2025");
        List<Problem> problems = validator.validate(a);
        assertThat(rules(problems)).containsExactlyInAnyOrder("ndaf.system.securityLevel", "ndaf.date.iso", "ndaf.task.leadAndDeadline");
        assertThat(problems).filteredOn(p -> p.rule().equals("ndaf.date.iso")).first().extracting(Problem::message).asString()
                .contains("'31/08/2025'").contains("yyyy-mm-dd");
        assertThat(problems).filteredOn(p -> p.rule().equals("ndaf.task.leadAndDeadline")).first().extracting(Problem::severity)
                .isEqualTo(Problem.Severity.WARNING);
    }

    @Test
    void validate_ReportsAProfileOfAnotherType() {
        EObject a = Models.architecture("a", "A");
        EObject actor = Models.element(a, "BusinessActor", "e1", "Actor");
        EObject profile = NdafMetamodel.get().create("Profile");
        Models.set(profile, "id", "p1");
        Models.set(profile, "name", "Database");
        Models.set(profile, "conceptType", "ApplicationComponent");
        Models.list(a, "profiles").add(profile);
        Models.list(actor, "profiles").add(profile);
        assertThat(rules(validator.errors(a))).containsExactly("ndaf.profile.conceptType");
    }

    @Test
    void validate_ReportsACommuneUnderAnotherCommune_AndACommuneWithoutProvince() {
        EObject registry = NdafMetamodel.get().create("BodyRegistry");
        Models.set(registry, "id", "registry");
        EObject c1 = body("00004", "commune", null);
        EObject c2 = body("00007", "commune", c1);
        Models.list(registry, "bodies").addAll(List.of(c1, c2));
        List<Problem> problems = validator.errors(registry);
        assertThat(rules(problems)).containsExactly("ndaf.body.twoTier", "ndaf.body.twoTier");
        assertThat(problems.get(0).message()).contains("no province");
        assertThat(problems.get(1).message()).contains("belongs directly to a province");
    }

    @Test
    void validate_ReportsEmfStructuralProblems_LikeAMissingRelationshipTarget() {
        EObject a = Models.architecture("a", "A");
        EObject actor = Models.element(a, "BusinessActor", "e1", "Actor");
        EObject r = NdafMetamodel.get().create("AssociationRelationship");
        Models.set(r, "id", "r1");
        Models.set(r, "source", actor);
        Models.list(a, "relationships").add(r);
        assertThat(validator.errors(a)).anySatisfy(p -> assertThat(p.message()).contains("target"));
    }

    @Test
    void diagnostician_RunsTheInvariantsThroughEmf() {
        EObject a = Models.architecture("a", "A");
        Models.set(Models.element(a, "InformationSystem", "s", "Hệ thống"), "securityLevel", 9);
        Diagnostic diagnostic = ModelValidator.diagnose(a);
        assertThat(diagnostic.getSeverity()).isEqualTo(Diagnostic.ERROR);
        assertThat(diagnostic.getChildren()).anySatisfy(d -> assertThat(d.getMessage()).startsWith("[ndaf.system.securityLevel]"));
    }

    @Test
    void invariants_AreWhatArchiToleratesOrNot_AsAPropertyOfEachInvariant() {
        EObject a = Models.architecture("a", "A");
        EObject data = Models.element(a, "DataObject", "d1", "Hồ sơ");
        EObject process = Models.element(a, "BusinessProcess", "p1", "Tiếp nhận");
        Models.relationship(a, "TriggeringRelationship", "r1", data, process);
        EObject j = Models.element(a, "Junction", "j", null);
        Models.relationship(a, "TriggeringRelationship", "r2", process, j);
        Models.relationship(a, "FlowRelationship", "r3", j, process);
        Models.set(Models.element(a, "InformationSystem", "s", "Hệ thống"), "securityLevel", 9);

        List<Problem> problems = validator.invariants(a);

        assertThat(problems).filteredOn(ModelValidator::tolerated).extracting(Problem::rule)
                .containsExactlyInAnyOrder("ndaf.relationship.allowed", "ndaf.junction.sameType");
        assertThat(problems).filteredOn(p -> !ModelValidator.tolerated(p)).extracting(Problem::rule).containsExactly("ndaf.system.securityLevel");
        assertThat(vn.ndaf.metamodel.validation.invariants.Invariants.all()).filteredOn(Invariant::tolerated).extracting(Invariant::id)
                .containsExactlyInAnyOrder("ndaf.relationship.allowed", "ndaf.junction.sameType");
        // the invariants alone find what the full validation finds of them
        assertThat(rules(problems)).containsExactlyInAnyOrderElementsOf(rules(validator.validate(a)).stream().filter(r -> r.startsWith("ndaf.")).toList());
    }

    private static EObject node(String id, EObject element) {
        EObject n = NdafMetamodel.get().create("ElementNode");
        Models.set(n, "id", id);
        Models.set(n, "element", element);
        return n;
    }

    private static EObject body(String code, String tier, EObject parent) {
        EObject b = NdafMetamodel.get().create("Body");
        Models.set(b, "id", code);
        Models.set(b, "code", code);
        Models.set(b, "tier", tier);
        Models.set(b, "parent", parent);
        return b;
    }
}
