package vn.ndaf.repository;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Session;

import vn.ndaf.metamodel.ModelDifferences;
import vn.ndaf.metamodel.Models;

/** The layout docs/graph-model.md promises to anyone querying the graph directly. */
class GraphShapeIT {

    private final ArchitectureRepository repository = new ArchitectureRepository(TestStore.get().driver());

    private long count(String cypher, Map<String, Object> params) {
        try (Session session = TestStore.get().driver().session()) {
            return session.executeRead(tx -> tx.run(cypher, params).single().get(0).asLong());
        }
    }

    private java.util.List<String> labels(String uid) {
        try (Session session = TestStore.get().driver().session()) {
            return session.executeRead(tx -> tx.run("MATCH (n:Identified {uid: $uid}) RETURN labels(n) AS labels", Map.of("uid", uid)).single().get("labels")
                    .asList(org.neo4j.driver.Value::asString));
        }
    }

    @Test
    void relationshipsBetweenElements_AreNeo4jRelationships_AndOnesOnRelationshipsAreNodes() {
        EObject a = Models.architecture("shape", "Shape");
        EObject portal = Models.element(a, "SharedPlatform", "portal", "Cổng dịch vụ công");
        EObject system = Models.element(a, "InformationSystem", "system", "Hệ thống một cửa");
        EObject file = Models.element(a, "BusinessObject", "file", "Hồ sơ");
        Models.set(file, "documentation", "Hồ sơ thủ tục hành chính");
        EObject serving = Models.relationship(a, "ServingRelationship", "serves", portal, system);
        Models.relationship(a, "AssociationRelationship", "about", file, serving);
        String uid = repository.create(a, WriteRequest.by("test", "")).uid();

        assertThat(count("""
                MATCH (:SharedPlatform {uid: $portal})-[s:SERVING {uid: $serves}]->(:InformationSystem {uid: $system})
                WHERE s.arch IS NULL AND s.id IS NULL AND s._type IS NULL
                RETURN count(s)""", Map.of("portal", uid + "/portal", "system", uid + "/system", "serves", uid + "/serves"))).isEqualTo(1);
        assertThat(count("MATCH (r:AssociationRelationship:Relationship:Concept {uid: $uid})-[:SOURCE]->(:BusinessObject) RETURN count(r)",
                Map.of("uid", uid + "/about"))).isEqualTo(1);
        assertThat(count("MATCH (e:Concept) WHERE e.uid STARTS WITH $arch + '/' AND e._idx IS NOT NULL AND NOT e:Relationship RETURN count(e)",
                Map.of("arch", uid))).isEqualTo(3);
        // a node's architecture is the first part of its uid, not a property of its own
        assertThat(count("MATCH (n:Identified) WHERE (n.uid = $arch OR n.uid STARTS WITH $arch + '/') AND n.arch IS NULL RETURN count(n)",
                Map.of("arch", uid))).isEqualTo(5);
        // labels: the class, its concrete superclasses and the lookup labels; no Element label (the type tells it)
        assertThat(labels(uid + "/portal")).containsExactlyInAnyOrder("SharedPlatform", "InformationSystem", "ApplicationComponent", "Concept", "Identified");
        assertThat(labels(uid + "/file")).containsExactlyInAnyOrder("BusinessObject", "Concept", "Identified");
        // bookkeeping equal to 1 (the first revision's) is not stored, and reads back as 1
        // (a row with more than name and position, like the documented file, goes through the full create statement)
        assertThat(count("MATCH (n:Identified) WHERE n.uid IN $uids AND n._version IS NULL AND n._rev IS NULL AND n._createdRev IS NULL RETURN count(n)",
                Map.of("uids", List.of(uid + "/portal", uid + "/file")))).isEqualTo(2);
        assertThat(count("MATCH (n:Identified {uid: $uid}) WHERE n.documentation IS NOT NULL RETURN count(n)", Map.of("uid", uid + "/file"))).isEqualTo(1);
        assertThat(repository.load(uid).versions()).containsEntry(uid + "/portal", 1L);
        assertThat(count("MATCH (:Architecture {uid: $arch})-[r]->() RETURN count(r)", Map.of("arch", uid))).isZero();
        assertThat(ModelDifferences.between(a, repository.load(uid).root())).isEmpty();
    }

    @Test
    void changingARelationshipsEnd_MovesTheNeo4jRelationship() {
        EObject a = Models.architecture("shape2", "Shape");
        EObject x = Models.element(a, "ApplicationComponent", "x", "X");
        EObject y = Models.element(a, "ApplicationComponent", "y", "Y");
        Models.element(a, "ApplicationComponent", "z", "Z");
        Models.relationship(a, "FlowRelationship", "f", x, y);
        String uid = repository.create(a, WriteRequest.by("test", "")).uid();

        LoadedModel loaded = repository.load(uid);
        EObject flow = Models.<EObject>list(loaded.root(), "relationships").get(0);
        EObject newTarget = Models.<EObject>list(loaded.root(), "elements").get(2);
        Models.set(flow, "target", newTarget);
        repository.save(loaded, loaded.root(), WriteRequest.by("test", ""));

        assertThat(count("MATCH (:Identified {uid: $x})-[f:FLOW]->(t) RETURN count(f)", Map.of("x", uid + "/x"))).isEqualTo(1);
        assertThat(count("MATCH (:Identified {uid: $x})-[f:FLOW]->(:Identified {uid: $z}) RETURN count(f)", Map.of("x", uid + "/x", "z", uid + "/z")))
                .isEqualTo(1);
        assertThat(ModelDifferences.between(loaded.root(), repository.load(uid).root())).isEmpty();
        assertThat(Models.string((EObject) Models.get(Models.<EObject>list(repository.loadAtRevision(uid, 1).root(), "relationships").get(0), "target"), "id"))
                .isEqualTo("y");
    }

    @Test
    void whatRefersToARelationship_IsFoundThroughTheTextIndex_NotByReadingEveryNode() {
        EObject model = vn.ndaf.metamodel.fixtures.EveryClassFixture.architecture();
        String uid = repository.create(model, WriteRequest.by("test", "")).uid();
        EObject assignment = Models.<EObject>list(model, "relationships").stream().filter(r -> Models.isA(r, "AssignmentRelationship")).findFirst().orElseThrow();
        String relationship = uid + "/" + Models.id(assignment);

        try (Session session = TestStore.get().driver().session()) {
            List<String> referrers = session.executeRead(tx -> ObjectEdits.relationshipReferrers(tx, List.of(relationship), (String) null));
            assertThat(referrers).anyMatch(line -> line.contains("(" + uid + "/c-assignment) refers to " + relationship));
            List<String> fromOthers = session.executeRead(tx -> ObjectEdits.relationshipReferrers(tx, List.of(relationship), uid));
            assertThat(fromOthers).isEmpty();

            java.util.Map<String, Object> params = new java.util.HashMap<>();
            params.put("uids", List.of(relationship));
            params.put("arch", null);
            org.neo4j.driver.summary.Plan plan = session.executeRead(tx -> tx.run("EXPLAIN " + ObjectEdits.RELATIONSHIP_REFERRERS, params).consume().plan());
            assertThat(operators(plan)).anyMatch(op -> op.startsWith("NodeIndexContainsScan")).noneMatch(op -> op.startsWith("AllNodesScan"))
                    .noneMatch(op -> op.startsWith("NodeByLabelScan"));
        }
    }

    @Test
    void aModelIdWithASlash_IsRefused_SinceUidsAreSplitAtTheFirstSlash() {
        EObject a = Models.architecture("x", "X");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> repository.createAs("nat/x", a, WriteRequest.by("test", "")))
                .isInstanceOf(RepositoryException.class).hasMessageContaining("may not contain '/'").hasMessageContaining("nat/x");
        assertThat(count("MATCH (n:Identified) WHERE n.uid STARTS WITH 'nat/x' RETURN count(n)", Map.of())).isZero();
    }

    @Test
    void relationshipLookups_ReadTheTypeIndexesOnUid() {
        Map<String, Object> params = new java.util.HashMap<>();
        params.put("arch", "a1");
        params.put("id", "r1");
        params.put("types", null);
        params.put("after", null);
        params.put("limit", 10);
        params.put("keys", List.of(Map.of("uid", "a1/r1", "arch", "a1", "id", "r1")));
        try (Session session = TestStore.get().driver().session()) {
            for (String query : List.of("relationship-edge-by-id", "relationship-edges-by-uid", "relationship-edges-of-architecture", "relationships-page",
                    "relationships-count")) {
                org.neo4j.driver.summary.Plan plan = session.executeRead(tx -> tx.run("EXPLAIN " + CypherFiles.get(query), params).consume().plan());
                List<String> operators = operators(plan);
                // each branch reads its type's uid index: a seek, or (the planner's choice for a type with few relationships) a scan of it
                assertThat(operators).as(query + ": " + operators).filteredOn(op -> op.contains("RelationshipIndexSeek") || op.contains("RelationshipIndexScan"))
                        .hasSize(11);
                assertThat(operators).as(query).noneMatch(op -> op.contains("RelationshipTypeScan") || op.contains("AllRelationshipsScan")
                        || op.startsWith("AllNodesScan"));
            }
        }
    }

    @Test
    void objectLookups_SeekTheUidIndex() {
        Map<String, Object> params = Map.of("arch", "a1", "id", "x", "root", "a1");
        try (Session session = TestStore.get().driver().session()) {
            for (String query : List.of(ObjectQueries.OBJECT_BY_ID + " RETURN n", GraphReads.NODES_OF_MODEL + " RETURN n")) {
                List<String> operators = operators(session.executeRead(tx -> tx.run("EXPLAIN " + query, params).consume().plan()));
                assertThat(operators).as(query + ": " + operators).anyMatch(op -> op.startsWith("NodeUniqueIndexSeek"))
                        .noneMatch(op -> op.startsWith("NodeByLabelScan") || op.startsWith("AllNodesScan"));
            }
        }
    }

    private static List<String> operators(org.neo4j.driver.summary.Plan plan) {
        List<String> operators = new java.util.ArrayList<>(List.of(plan.operatorType()));
        plan.children().forEach(child -> operators.addAll(operators(child)));
        return operators;
    }
}
