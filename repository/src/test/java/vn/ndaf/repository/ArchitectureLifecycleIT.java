package vn.ndaf.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import vn.ndaf.metamodel.ModelDifferences;
import vn.ndaf.metamodel.Models;

/**
 * Deleting and reverting whole architectures: after any sequence of edits, deletes and reverts, every past
 * revision still loads as it was written, a deleted architecture is not listed and cannot be loaded, and a
 * revert gives exactly the model of the revision it returns to.
 */
class ArchitectureLifecycleIT {

    private final ArchitectureRepository repository = new ArchitectureRepository(TestStore.get().driver());

    /** One step of a generated history. */
    enum Step {
        RENAME, ADD_ELEMENT, DELETE_RELATIONSHIP, DELETE_ELEMENT, DELETE_ARCHITECTURE, REVERT
    }

    @Provide
    Arbitrary<List<Step>> histories() {
        return Arbitraries.of(Step.class).list().ofMinSize(1).ofMaxSize(8);
    }

    @Provide
    Arbitrary<List<Integer>> choices() {
        return Arbitraries.integers().between(0, 1000).list().ofSize(8);
    }

    @Property(tries = 12)
    void everyRevisionStaysReadable_AndRevertGivesItsModelBack(@ForAll("histories") List<Step> steps, @ForAll("choices") List<Integer> choices) {
        String uid = repository.create(TestModels.tiny(), WriteRequest.by("gen", "")).uid();
        // snapshots.get(n - 1): the model right after revision n; empty when revision n deleted the architecture
        List<Optional<EObject>> snapshots = new ArrayList<>();
        snapshots.add(Optional.of(repository.load(uid).root()));
        boolean deleted = false;
        int i = 0;
        for (Step step : steps) {
            int choice = choices.get(i++);
            if (step == Step.REVERT) {
                List<Integer> live = new ArrayList<>();
                for (int n = 1; n <= snapshots.size(); n++) {
                    if (snapshots.get(n - 1).isPresent()) {
                        live.add(n);
                    }
                }
                int to = live.get(choice % live.size());
                SaveResult r = repository.revert(uid, to, (long) snapshots.size(), WriteRequest.by("gen", "revert"));
                EObject now = repository.load(uid).root();
                assertThat(ModelDifferences.between(snapshots.get(to - 1).orElseThrow(), now)).as("revert to %d", to).isEmpty();
                if (r.revision() > snapshots.size()) {
                    snapshots.add(Optional.of(now));
                }
                deleted = false;
            } else if (deleted) {
                continue;
            } else if (step == Step.DELETE_ARCHITECTURE) {
                repository.deleteArchitecture(uid, (long) snapshots.size(), WriteRequest.by("gen", "delete"));
                snapshots.add(Optional.empty());
                deleted = true;
            } else {
                LoadedModel loaded = repository.load(uid);
                if (edit(loaded.root(), step, choice, snapshots.size())) {
                    SaveResult r = repository.save(loaded, loaded.root(), WriteRequest.by("gen", step.name()));
                    if (r.revision() > snapshots.size()) {
                        snapshots.add(Optional.of(repository.load(uid).root()));
                    }
                }
            }
            check(uid, snapshots, deleted);
        }
    }

    private static boolean edit(EObject model, Step step, int choice, int revision) {
        List<EObject> elements = Models.list(model, "elements");
        List<EObject> relationships = Models.list(model, "relationships");
        switch (step) {
        case RENAME -> {
            if (elements.isEmpty()) {
                return false;
            }
            Models.set(elements.get(choice % elements.size()), "name", "name " + choice + " at " + revision);
        }
        case ADD_ELEMENT -> Models.element(model, "BusinessActor", "x" + revision + "-" + choice, "actor " + choice);
        case DELETE_RELATIONSHIP -> {
            if (relationships.isEmpty()) {
                return false;
            }
            relationships.remove(choice % relationships.size());
        }
        case DELETE_ELEMENT -> {
            List<EObject> free = elements.stream().filter(e -> EcoreUtil.UsageCrossReferencer.find(e, model).isEmpty()).toList();
            if (free.isEmpty()) {
                return false;
            }
            elements.remove(free.get(choice % free.size()));
        }
        default -> throw new IllegalArgumentException(step.name());
        }
        return true;
    }

    private void check(String uid, List<Optional<EObject>> snapshots, boolean deleted) {
        assertThat(repository.revisions(uid)).hasSize(snapshots.size());
        for (int n = 1; n <= snapshots.size(); n++) {
            EObject past = repository.loadAtRevision(uid, n).root();
            Optional<EObject> expected = snapshots.get(n - 1);
            if (expected.isPresent()) {
                assertThat(ModelDifferences.between(expected.get(), past)).as("revision %d", n).isEmpty();
            } else {
                assertThat(Models.list(past, "elements")).as("revision %d deleted everything", n).isEmpty();
                assertThat(Models.list(past, "relationships")).isEmpty();
            }
        }
        assertThat(repository.list(null).stream().anyMatch(s -> s.uid().equals(uid))).isEqualTo(!deleted);
        assertThat(repository.isDeleted(uid)).isEqualTo(deleted);
        if (deleted) {
            assertThatThrownBy(() -> repository.load(uid)).isInstanceOf(NotFoundException.class).hasMessageContaining("was deleted in revision");
        }
    }

    @Test
    void deleteArchitecture_IsRefusedListingTheReferrers_WhileAnotherArchitectureRefersToIt() {
        String national = repository.create(TestModels.tiny(), WriteRequest.by("test", "")).uid();
        LoadedModel platform = repository.load(national);
        EObject province = Models.architecture("p1", "Province");
        Models.set(province, "bodyCode", "01");
        EObject system = Models.element(province, "ApplicationComponent", "s1", "Hệ thống tỉnh");
        EObject target = Models.<EObject>list(platform.root(), "elements").get(1);
        Models.relationship(province, "ServingRelationship", "u1", target, system);
        String user = repository.create(province, WriteRequest.by("test", "")).uid();

        assertThatThrownBy(() -> repository.deleteArchitecture(national, 1L, WriteRequest.by("test", "")))
                .isInstanceOf(ReferencedElementException.class).hasMessageContaining("was not deleted: other architectures refer to it")
                .hasMessageContaining(user + "/u1");
        assertThat(repository.isDeleted(national)).isFalse();
        assertThat(repository.revisions(national)).hasSize(1);

        repository.deleteArchitecture(user, null, WriteRequest.by("test", ""));
        SaveResult deleted = repository.deleteArchitecture(national, 1L, WriteRequest.by("test", ""));
        assertThat(deleted.revision()).isEqualTo(2);
        assertThatThrownBy(() -> repository.createAs(national, TestModels.tiny(), WriteRequest.by("test", ""))).isInstanceOf(RepositoryException.class)
                .hasMessageContaining("already stored");
    }

    @Test
    void saveExpecting_RefusesAStaleRevision_NamingTheNewerOne_AndWritesNothing() {
        String uid = repository.create(TestModels.tiny(), WriteRequest.by("alice", "")).uid();
        LoadedModel first = repository.load(uid);
        LoadedModel second = repository.load(uid);
        Models.set(Models.<EObject>list(first.root(), "elements").get(0), "name", "by alice");
        repository.saveExpecting(first, first.root(), WriteRequest.by("alice", ""), 1L);
        Models.set(Models.<EObject>list(second.root(), "elements").get(1), "name", "by bob");

        assertThatThrownBy(() -> repository.saveExpecting(second, second.root(), WriteRequest.by("bob", ""), 1L)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("revision 2 by alice").hasMessageContaining("revision 2 is newer").hasMessageContaining("Nothing was written");
        assertThat(repository.revisions(uid)).hasSize(2);
        assertThat(Models.string(Models.<EObject>list(repository.load(uid).root(), "elements").get(1), "name")).isNotEqualTo("by bob");
    }
}
