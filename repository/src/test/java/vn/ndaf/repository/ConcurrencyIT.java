package vn.ndaf.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;

import vn.ndaf.metamodel.Models;

class ConcurrencyIT {

    private final ArchitectureRepository repository = new ArchitectureRepository(TestStore.get().driver());

    private static EObject e1(EObject architecture) {
        return Models.<EObject>list(architecture, "elements").stream().filter(e -> Models.id(e).equals("e1")).findFirst().orElseThrow();
    }

    @Test
    void twoWritersOnTheSameElement_TheSecondGetsAConflictNamingTheElementAndTheNewerChange() {
        String uid = repository.create(TestModels.tiny(), WriteRequest.by("setup", "")).uid();
        LoadedModel alice = repository.load(uid);
        LoadedModel bob = repository.load(uid);
        Models.set(e1(alice.root()), "name", "Alice's name");
        Models.set(e1(bob.root()), "name", "Bob's name");

        repository.save(alice, alice.root(), WriteRequest.by("alice", ""));

        assertThatThrownBy(() -> repository.save(bob, bob.root(), WriteRequest.by("bob", ""))).isInstanceOf(ConflictException.class)
                .hasMessageContaining("ApplicationComponent 'Alice's name' (id e1)").hasMessageContaining("revision 2 by alice")
                .hasMessageContaining("Nothing was written");
        assertThat(Models.string(e1(repository.load(uid).root()), "name")).isEqualTo("Alice's name");
        assertThat(repository.revisions(uid)).hasSize(2);
    }

    @Test
    void writersOnDifferentElements_BothSucceed() {
        String uid = repository.create(TestModels.tiny(), WriteRequest.by("setup", "")).uid();
        LoadedModel alice = repository.load(uid);
        LoadedModel bob = repository.load(uid);
        Models.set(e1(alice.root()), "documentation", "by Alice");
        Models.<EObject>list(bob.root(), "elements").stream().filter(e -> Models.id(e).equals("e2")).forEach(e -> Models.set(e, "documentation", "by Bob"));
        repository.save(alice, alice.root(), WriteRequest.by("alice", ""));
        repository.save(bob, bob.root(), WriteRequest.by("bob", ""));
        EObject now = repository.load(uid).root();
        assertThat(Models.<EObject>list(now, "elements")).extracting(e -> Models.string(e, "documentation")).containsExactly("by Alice", "by Bob");
    }

    @Test
    void twoWritersRacing_ExactlyOneWins_AndNothingOfTheLoserIsStored() throws Exception {
        String uid = repository.create(TestModels.tiny(), WriteRequest.by("setup", "")).uid();
        for (int round = 0; round < 5; round++) {
            LoadedModel a = repository.load(uid);
            LoadedModel b = repository.load(uid);
            Models.set(e1(a.root()), "name", "A" + round);
            Models.element(a.root(), "Goal", "ga" + round, "only A");
            Models.set(e1(b.root()), "name", "B" + round);
            Models.element(b.root(), "Goal", "gb" + round, "only B");
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            List<Future<SaveResult>> results = new ArrayList<>();
            for (LoadedModel writer : List.of(a, b)) {
                results.add(pool.submit(() -> {
                    start.await();
                    return repository.save(writer, writer.root(), WriteRequest.by(writer == a ? "a" : "b", ""));
                }));
            }
            start.countDown();
            pool.shutdown();
            assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
            int wins = 0;
            int conflicts = 0;
            for (Future<SaveResult> f : results) {
                try {
                    f.get();
                    wins++;
                } catch (java.util.concurrent.ExecutionException e) {
                    assertThat(e.getCause()).isInstanceOf(ConflictException.class);
                    conflicts++;
                }
            }
            assertThat(Map.of("wins", wins, "conflicts", conflicts)).isEqualTo(Map.of("wins", 1, "conflicts", 1));
            EObject stored = repository.load(uid).root();
            String winner = Models.string(e1(stored), "name").substring(0, 1);
            String loser = winner.equals("A") ? "gb" : "ga";
            assertThat(Models.<EObject>list(stored, "elements")).extracting(Models::id).doesNotContain(loser + round)
                    .contains((winner.equals("A") ? "ga" : "gb") + round);
        }
    }

    @Test
    void setAttributes_WithAStaleVersion_IsRefusedAndChangesNothing() {
        String uid = repository.create(TestModels.tiny(), WriteRequest.by("setup", "")).uid();
        ObjectEdits edits = new ObjectEdits(TestStore.get().driver());
        ObjectQueries queries = new ObjectQueries(TestStore.get().driver());
        long version = queries.find(uid, "e1").orElseThrow().version();
        ObjectRecord updated = edits.setAttributes(uid, "e1", version, Map.of("name", "Tên mới", "nationalLayer", "applications_business"),
                WriteRequest.by("alice", ""));
        assertThat(updated.version()).isEqualTo(version + 1);
        assertThat(updated.attributes()).containsEntry("nationalLayer", "applications_business");

        assertThatThrownBy(() -> edits.setAttributes(uid, "e1", version, Map.of("name", "Stale"), WriteRequest.by("bob", "")))
                .isInstanceOf(ConflictException.class).hasMessageContaining("(id e1) is at version " + (version + 1)).hasMessageContaining("by alice");
        assertThatThrownBy(() -> edits.setAttributes(uid, "e1", version + 1, Map.of("nationalLayer", "sideways"), WriteRequest.by("bob", "")))
                .isInstanceOf(RepositoryException.class).hasMessageContaining("'sideways' is not a valid ApplicationComponent.nationalLayer")
                .hasMessageContaining("data_platforms");
        assertThatThrownBy(() -> edits.setAttributes(uid, "e1", version + 1, Map.of("colour", "red"), WriteRequest.by("bob", "")))
                .isInstanceOf(RepositoryException.class).hasMessageContaining("has no attribute 'colour'");
        assertThat(queries.find(uid, "e1").orElseThrow().name()).isEqualTo("Tên mới");
        assertThat(Models.string(e1(repository.load(uid).root()), "name")).isEqualTo("Tên mới");
    }
}
