package vn.ndaf.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Session;

import vn.ndaf.metamodel.ModelDifferences;
import vn.ndaf.metamodel.Models;

/** A national platform owned by one architecture and used by province architectures, never copied. */
class FederationIT {

    private final ArchitectureRepository repository = new ArchitectureRepository(TestStore.get().driver());

    private String storeNational() {
        EObject national = Models.architecture("national", "Kiến trúc quốc gia");
        Models.set(national, "bodyCode", "BKHCN");
        Models.element(national, "SharedPlatform", "ndxp", "Nền tảng tích hợp, chia sẻ dữ liệu quốc gia");
        return repository.create(national, WriteRequest.by("test", "national")).uid();
    }

    private String storeProvince(String nationalUid, String bodyCode) {
        EObject platform = Models.list(repository.load(nationalUid).root(), "elements").stream().map(EObject.class::cast).findFirst().orElseThrow();
        EObject province = Models.architecture("p-" + bodyCode, "Tỉnh " + bodyCode);
        Models.set(province, "bodyCode", bodyCode);
        EObject lgsp = Models.element(province, "SharedPlatform", "lgsp", "LGSP");
        Models.relationship(province, "ServingRelationship", "uses-ndxp", platform, lgsp);
        return repository.create(province, WriteRequest.by("test", "province")).uid();
    }

    private long nodesWithId(String id) {
        try (Session session = TestStore.get().driver().session()) {
            return session.executeRead(tx -> tx.run("MATCH (n:Identified {id: $id}) RETURN count(n) AS n", Map.of("id", id)).single().get("n").asLong());
        }
    }

    @Test
    void sharedElement_UsedByTwoArchitectures_IsStoredOnceAndLoadsAsAReference() {
        long before = nodesWithId("ndxp");
        String national = storeNational();
        String hanoi = storeProvince(national, "01");
        String haiphong = storeProvince(national, "31");

        assertThat(nodesWithId("ndxp")).isEqualTo(before + 1);
        EObject province = repository.load(hanoi).root();
        EObject relationship = Models.<EObject>list(province, "relationships").get(0);
        EObject source = (EObject) relationship.eGet(relationship.eClass().getEStructuralFeature("source"), false);
        assertThat(source.eIsProxy()).isTrue();
        assertThat(((InternalEObject) source).eProxyURI().toString()).isEqualTo("ndaf:/graph/" + national + "#ndxp");
        // the second province points at the same national node, not at a copy of its own
        EObject other = Models.<EObject>list(repository.load(haiphong).root(), "relationships").get(0);
        EObject otherSource = (EObject) other.eGet(other.eClass().getEStructuralFeature("source"), false);
        assertThat(((InternalEObject) otherSource).eProxyURI().toString()).isEqualTo("ndaf:/graph/" + national + "#ndxp");
        assertThat(Models.<EObject>list(repository.load(haiphong).root(), "elements")).extracting(Models::id).containsExactly("lgsp");

        // saving the province again keeps pointing at the national node
        LoadedModel loaded = repository.load(hanoi);
        Models.set(loaded.root(), "name", "Thành phố Hà Nội");
        repository.save(loaded, loaded.root(), WriteRequest.by("test", "rename"));
        assertThat(ModelDifferences.between(loaded.root(), repository.load(hanoi).root())).isEmpty();
        assertThat(nodesWithId("ndxp")).isEqualTo(before + 1);
    }

    @Test
    void deletingAReferencedElement_IsRefusedWithTheReferrers_AndNothingChanges() {
        String national = storeNational();
        String hanoi = storeProvince(national, "01");
        LoadedModel loaded = repository.load(national);
        Models.list(loaded.root(), "elements").clear();
        long revision = loaded.revision();

        assertThatThrownBy(() -> repository.save(loaded, loaded.root(), WriteRequest.by("test", "delete")))
                .isInstanceOf(ReferencedElementException.class)
                .hasMessageContaining("SharedPlatform 'Nền tảng tích hợp, chia sẻ dữ liệu quốc gia'")
                .hasMessageContaining("ServingRelationship")
                .hasMessageContaining(hanoi + "/uses-ndxp");
        assertThat(repository.load(national).revision()).isEqualTo(revision);
        assertThat(Models.<EObject>list(repository.load(national).root(), "elements")).hasSize(1);

        ObjectEdits edits = new ObjectEdits(TestStore.get().driver());
        long version = new ObjectQueries(TestStore.get().driver()).find(national, "ndxp").orElseThrow().version();
        assertThatThrownBy(() -> edits.deleteConcept(national, "ndxp", version, WriteRequest.by("test", "")))
                .isInstanceOf(ReferencedElementException.class).hasMessageContaining(hanoi + "/uses-ndxp");
    }

    @Test
    void reconnectingARelationshipAwayFromANationalElement_StoresTheNewEnd() {
        String national = storeNational();
        String hanoi = storeProvince(national, "01");
        LoadedModel loaded = repository.load(hanoi);
        EObject portal = Models.element(loaded.root(), "ApplicationComponent", "portal", "Cổng dịch vụ công tỉnh");
        EObject relationship = Models.<EObject>list(loaded.root(), "relationships").get(0);
        Models.set(relationship, "source", portal);

        repository.save(loaded, loaded.root(), WriteRequest.by("test", "use the province's own portal"));

        EObject stored = Models.<EObject>list(repository.load(hanoi).root(), "relationships").get(0);
        assertThat(Models.id((EObject) Models.get(stored, "source"))).isEqualTo("portal");
        assertThat(ModelDifferences.between(loaded.root(), repository.load(hanoi).root())).isEmpty();
        // the national platform is no longer used: it can be deleted
        long version = new ObjectQueries(TestStore.get().driver()).find(national, "ndxp").orElseThrow().version();
        new ObjectEdits(TestStore.get().driver()).deleteConcept(national, "ndxp", version, WriteRequest.by("test", ""));
        assertThat(Models.<EObject>list(repository.load(national).root(), "elements")).isEmpty();
        // the province's first revision used it, and stays readable: its relationship still names the national platform
        EObject first = Models.<EObject>list(repository.loadAtRevision(hanoi, 1).root(), "relationships").get(0);
        EObject then = (EObject) first.eGet(first.eClass().getEStructuralFeature("source"), false);
        assertThat(then.eIsProxy()).isTrue();
        assertThat(((InternalEObject) then).eProxyURI().toString()).isEqualTo("ndaf:/graph/" + national + "#ndxp");
        assertThat(then.eClass().getName()).isEqualTo("SharedPlatform");
    }

    @Test
    void create_RefusesAReferenceToAnObjectThatIsNotStored() {
        EObject national = Models.architecture("national", "never stored");
        EObject platform = Models.element(national, "SharedPlatform", "ghost", "Ghost");
        ((InternalEObject) platform).eSetProxyURI(org.eclipse.emf.common.util.URI.createURI("ndaf:/graph/nowhere#ghost"));
        EObject province = Models.architecture("p", "P");
        EObject lgsp = Models.element(province, "SharedPlatform", "lgsp", "LGSP");
        Models.relationship(province, "ServingRelationship", "r", platform, lgsp);
        long before = repository.list(null).size();
        assertThatThrownBy(() -> repository.create(province, WriteRequest.by("test", ""))).isInstanceOf(RepositoryException.class)
                .hasMessageContaining("nowhere/ghost").hasMessageContaining("Nothing was written");
        assertThat(repository.list(null)).hasSize((int) before);
    }
}
