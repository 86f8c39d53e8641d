package vn.ndaf.repository.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Session;

import vn.ndaf.metamodel.ModelDifferences;
import vn.ndaf.metamodel.Models;
import vn.ndaf.repository.ArchitectureRepository;
import vn.ndaf.repository.TestStore;
import vn.ndaf.repository.WriteRequest;

/**
 * A store written before V004 keeps ArchiMate relationships keyed by {@code arch} and {@code id}; opening it
 * with this build converts them to {@code uid} and the model reads back unchanged.
 */
class RelationshipUidMigrationIT {

    @Test
    void relationshipsStoredWithArchAndId_AreKeyedByUid_AfterV004() {
        ArchitectureRepository repository = new ArchitectureRepository(TestStore.get().driver());
        EObject a = Models.architecture("premigration", "Trước V004");
        EObject x = Models.element(a, "ApplicationComponent", "x", "X");
        EObject y = Models.element(a, "ApplicationService", "y", "Y");
        Models.relationship(a, "ServingRelationship", "s1", y, x);
        EObject z = Models.element(a, "ApplicationComponent", "z", "Z");
        Models.relationship(a, "FlowRelationship", "f1", x, z);
        String uid = repository.create(a, WriteRequest.by("test", "")).uid();

        try (Session session = TestStore.get().driver().session()) {
            // the layout V002 wrote: arch and id, no uid, and the composite index
            session.executeWrite(tx -> tx.run("""
                    MATCH ()-[e:SERVING|FLOW]->() WHERE e.uid STARTS WITH $prefix
                    SET e.arch = $arch, e.id = substring(e.uid, size($prefix)) REMOVE e.uid""", Map.of("prefix", uid + "/", "arch", uid)).consume());
            session.executeWrite(tx -> tx.run("CREATE INDEX archimate_serving_arch_id IF NOT EXISTS FOR ()-[e:SERVING]-() ON (e.arch, e.id)").consume());
            session.executeWrite(tx -> tx.run("MATCH (m:SchemaMigration {version: 4}) DELETE m").consume());

            assertThat(new SchemaMigrations(TestStore.get().driver()).apply()).containsExactly(4);

            long keyed = session.executeRead(tx -> tx.run("""
                    MATCH ()-[e:SERVING|FLOW]->() WHERE e.uid IN $uids AND e.arch IS NULL AND e.id IS NULL RETURN count(e)""",
                    Map.of("uids", List.of(uid + "/s1", uid + "/f1"))).single().get(0).asLong());
            assertThat(keyed).isEqualTo(2);
            List<String> indexes = session.executeRead(tx -> tx.run("SHOW INDEXES YIELD name RETURN name").list(r -> r.get(0).asString()));
            assertThat(indexes).contains("archimate_serving_uid").doesNotContain("archimate_serving_arch_id");
        }
        assertThat(ModelDifferences.between(a, repository.load(uid).root())).isEmpty();
    }
}
