package vn.ndaf.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;

import vn.ndaf.metamodel.ModelDifferences;
import vn.ndaf.metamodel.Models;
import vn.ndaf.repository.ChangeEntry.Operation;

class HistoryIT {

    private final ArchitectureRepository repository = new ArchitectureRepository(TestStore.get().driver());

    private static EObject element(EObject architecture, String id) {
        return Models.<EObject>list(architecture, "elements").stream().filter(e -> Models.id(e).equals(id)).findFirst().orElseThrow();
    }

    @Test
    void loadAtRevision_GivesEachPastStateBack() throws Exception {
        EObject original = TestModels.tiny();
        String uid = repository.create(original, WriteRequest.by("alice", "first")).uid();

        LoadedModel v1 = repository.load(uid);
        Models.set(element(v1.root(), "e1"), "name", "Cổng dịch vụ công tỉnh");
        Models.set(v1.root(), "state", "target");
        repository.save(v1, v1.root(), WriteRequest.by("bob", "rename"));
        EObject afterRename = repository.load(uid).root();
        Instant betweenTwoAndThree = Instant.now();
        Thread.sleep(20);

        LoadedModel v2 = repository.load(uid);
        EObject relationship = Models.<EObject>list(v2.root(), "relationships").get(0);
        Models.list(v2.root(), "relationships").remove(relationship);
        Models.list(v2.root(), "elements").remove(element(v2.root(), "e2"));
        Models.element(v2.root(), "BusinessActor", "e3", "Công dân");
        repository.save(v2, v2.root(), WriteRequest.by("carol", "restructure"));

        assertThat(ModelDifferences.between(original, repository.loadAtRevision(uid, 1).root())).isEmpty();
        assertThat(ModelDifferences.between(afterRename, repository.loadAtRevision(uid, 2).root())).isEmpty();
        assertThat(ModelDifferences.between(afterRename, repository.loadAsOf(uid, betweenTwoAndThree).root())).isEmpty();
        assertThat(ModelDifferences.between(repository.load(uid).root(), repository.loadAtRevision(uid, 3).root())).isEmpty();
        assertThat(repository.revisions(uid)).extracting(RevisionInfo::author).containsExactly("carol", "bob", "alice");
    }

    @Test
    void loadAtRevision_RefusesRevisionsThatDoNotExist() {
        String uid = repository.create(TestModels.tiny(), WriteRequest.by("alice", "")).uid();
        assertThatThrownBy(() -> repository.loadAtRevision(uid, 2)).isInstanceOf(NotFoundException.class).hasMessageContaining("revisions 1 to 1");
        assertThatThrownBy(() -> repository.load("no-such-architecture")).isInstanceOf(NotFoundException.class).hasMessageContaining("no-such-architecture");
    }

    @Test
    void changesSince_ListsWhoChangedWhatWithOldAndNewValues() throws Exception {
        String uid = repository.create(TestModels.tiny(), WriteRequest.by("alice", "")).uid();
        Thread.sleep(20);
        Instant since = Instant.now();
        Thread.sleep(20);
        LoadedModel loaded = repository.load(uid);
        Models.set(element(loaded.root(), "e1"), "name", "Renamed");
        Models.list(loaded.root(), "elements").remove(element(loaded.root(), "e2"));
        Models.list(loaded.root(), "relationships").clear();
        Models.element(loaded.root(), "Goal", "g1", "Phục vụ người dân");
        repository.save(loaded, loaded.root(), WriteRequest.by("bob", "edit"));

        List<ChangeEntry> changes = repository.changesSince(uid, since);

        assertThat(changes).allSatisfy(c -> assertThat(c.author()).isEqualTo("bob"));
        assertThat(changes).filteredOn(c -> c.operation() == Operation.CREATED).extracting(ChangeEntry::id).containsExactly("g1");
        assertThat(changes).filteredOn(c -> c.operation() == Operation.DELETED).extracting(ChangeEntry::id).containsExactlyInAnyOrder("e2", "r1");
        ChangeEntry rename = changes.stream().filter(c -> "e1".equals(c.id())).findFirst().orElseThrow();
        assertThat(rename.operation()).isEqualTo(Operation.UPDATED);
        assertThat(rename.oldValues()).containsEntry("name", "Cổng dịch vụ công");
        assertThat(rename.newValues()).containsEntry("name", "Renamed");
        assertThat(repository.changesSince(uid, Instant.now())).isEmpty();
    }
}
