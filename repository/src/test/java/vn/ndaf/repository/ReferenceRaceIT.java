package vn.ndaf.repository;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;

import vn.ndaf.metamodel.Models;
import vn.ndaf.metamodel.NdafMetamodel;

/**
 * A delete of a national element racing a province write that adds a reference to it. The two writes hold
 * different architectures' locks; the test holds a third object's lock to stop one of them mid-way, so the
 * other runs exactly in the gap. Whichever comes second must be refused: never a reference silently removed
 * with the element, nor a reference silently not created.
 */
class ReferenceRaceIT {

    private final ArchitectureRepository repository = new ArchitectureRepository(TestStore.get().driver());
    private final ObjectEdits edits = new ObjectEdits(TestStore.get().driver());
    private final ObjectQueries queries = new ObjectQueries(TestStore.get().driver());

    private record Setup(String national, String province) {
    }

    private Setup store(String suffix) {
        EObject national = Models.architecture("nat-" + suffix, "Quốc gia");
        EObject ndxp = Models.element(national, "SharedPlatform", "ndxp", "NDXP");
        EObject folder = NdafMetamodel.get().create("Folder");
        Models.set(folder, "id", "platforms");
        Models.list(folder, "members").add(ndxp);
        Models.list(national, "folders").add(folder);
        String nationalUid = repository.create(national, WriteRequest.by("test", "")).uid();
        EObject province = Models.architecture("prov-" + suffix, "Tỉnh");
        Models.element(province, "SharedPlatform", "lgsp", "LGSP");
        return new Setup(nationalUid, repository.create(province, WriteRequest.by("test", "")).uid());
    }

    /** The province's edit: a relationship from the national platform to its own. */
    private CompletableFuture<SaveResult> addReference(Setup s, CountDownLatch go) {
        LoadedModel province = repository.load(s.province());
        EObject ndxp = Models.<EObject>list(repository.load(s.national()).root(), "elements").get(0);
        EObject lgsp = Models.<EObject>list(province.root(), "elements").get(0);
        Models.relationship(province.root(), "ServingRelationship", "uses-ndxp", ndxp, lgsp);
        return CompletableFuture.supplyAsync(() -> {
            await(go);
            return repository.save(province, province.root(), WriteRequest.by("province", "use the national platform"));
        });
    }

    private CompletableFuture<Void> deleteNational(Setup s, CountDownLatch go) {
        long version = queries.find(s.national(), "ndxp").orElseThrow().version();
        return CompletableFuture.runAsync(() -> {
            await(go);
            edits.deleteConcept(s.national(), "ndxp", version, WriteRequest.by("national", "retire"));
        });
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A transaction of the test's own holding the write lock of {@code uid} until closed. */
    private static Transaction hold(Session session, String uid) {
        Transaction tx = session.beginTransaction();
        tx.run("MATCH (n:Identified {uid: $uid}) SET n._held = true", Map.of("uid", uid)).consume();
        return tx;
    }

    /** How many transactions of the store wait for a lock now. */
    private static long blocked() {
        try (Session session = TestStore.get().driver().session()) {
            return session.run("SHOW TRANSACTIONS YIELD status WHERE status STARTS WITH 'Blocked' RETURN count(*) AS n").single().get("n").asLong();
        }
    }

    private static void waitUntil(BooleanSupplier condition, long millis) throws InterruptedException {
        long end = System.currentTimeMillis() + millis;
        while (!condition.getAsBoolean() && System.currentTimeMillis() < end) {
            Thread.sleep(20);
        }
    }

    private static Throwable failure(CompletableFuture<?> f) throws InterruptedException {
        try {
            f.get(60, TimeUnit.SECONDS);
            return null;
        } catch (ExecutionException e) {
            return e.getCause();
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("a write did not finish", e);
        }
    }

    private boolean referenceStored(Setup s) {
        try (Session session = TestStore.get().driver().session()) {
            return session.run("MATCH (:Identified {uid: $from})-[e:SERVING {uid: $uid}]->() RETURN count(e) AS n",
                    Map.of("from", s.national() + "/ndxp", "uid", s.province() + "/uses-ndxp")).single().get("n").asLong() == 1;
        }
    }

    private boolean provinceListsReference(Setup s) {
        return Models.<EObject>list(repository.load(s.province()).root(), "relationships").stream().anyMatch(r -> Models.id(r).equals("uses-ndxp"));
    }

    @Test
    void deleteAfterANewReference_IsRefused_AndTheReferenceStays() throws Exception {
        Setup s = store("a");
        CountDownLatch go = new CountDownLatch(1);
        try (Session holder = TestStore.get().driver().session()) {
            // the province's write stops where it draws the relationship to its own platform
            Transaction held = hold(holder, s.province() + "/lgsp");
            long before = blocked();
            CompletableFuture<SaveResult> reference = addReference(s, go);
            go.countDown();
            waitUntil(() -> blocked() > before, 20_000);
            CountDownLatch second = new CountDownLatch(1);
            CompletableFuture<Void> delete = deleteNational(s, second);
            second.countDown();
            waitUntil(() -> delete.isDone() || blocked() > before + 1, 20_000);
            held.rollback();

            Throwable referenceFailure = failure(reference);
            Throwable deleteFailure = failure(delete);
            assertThat(referenceFailure).as("the reference, written first").isNull();
            assertThat(deleteFailure).as("the delete, second").isInstanceOf(ReferencedElementException.class).hasMessageContaining(s.province() + "/uses-ndxp");
            assertThat(referenceStored(s)).isTrue();
            assertThat(provinceListsReference(s)).isTrue();
            assertThat(queries.find(s.national(), "ndxp")).isPresent();
        }
    }

    @Test
    void newReferenceAfterADelete_IsRefused_AndNothingOfItIsStored() throws Exception {
        Setup s = store("b");
        CountDownLatch go = new CountDownLatch(1);
        try (Session holder = TestStore.get().driver().session()) {
            // the delete stops where it takes the platform out of its folder
            Transaction held = hold(holder, s.national() + "/platforms");
            long before = blocked();
            CompletableFuture<Void> delete = deleteNational(s, go);
            go.countDown();
            waitUntil(() -> blocked() > before, 20_000);
            CountDownLatch second = new CountDownLatch(1);
            CompletableFuture<SaveResult> reference = addReference(s, second);
            second.countDown();
            waitUntil(() -> reference.isDone() || blocked() > before + 1, 20_000);
            held.rollback();

            Throwable deleteFailure = failure(delete);
            Throwable referenceFailure = failure(reference);
            assertThat(deleteFailure).as("the delete, first").isNull();
            assertThat(referenceFailure).as("the reference, second").isInstanceOf(RepositoryException.class).hasMessageContaining(s.national() + "/ndxp");
            assertThat(provinceListsReference(s)).isFalse();
            assertThat(queries.find(s.national(), "ndxp")).isEmpty();
            assertThat(repository.load(s.province()).revision()).isEqualTo(1);
        }
    }
}
