package vn.ndaf.repository;

import static org.assertj.core.api.Assertions.assertThat;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;

import vn.ndaf.metamodel.ModelDifferences;
import vn.ndaf.metamodel.fixtures.EveryClassFixture;

class EveryClassStoreIT {

    private final ArchitectureRepository repository = new ArchitectureRepository(TestStore.get().driver());

    @Test
    void createThenLoad_GivesBackEveryClassWithEveryAttribute() {
        EObject model = EveryClassFixture.architecture();
        String uid = repository.create(model, WriteRequest.by("test", "every class")).uid();
        assertThat(ModelDifferences.between(model, repository.load(uid).root())).isEmpty();
    }

    @Test
    void createThenLoad_GivesBackTheBodyRegistry() {
        EObject registry = EveryClassFixture.registry();
        String uid = "registry-" + ArchitectureRepository.newArchitectureId();
        repository.createAs(uid, registry, WriteRequest.by("test", "registry"));
        assertThat(ModelDifferences.between(registry, repository.load(uid).root())).isEmpty();
    }

    @Test
    void save_OfAnUnchangedModel_WritesNoRevision() {
        String uid = repository.create(EveryClassFixture.architecture(), WriteRequest.by("test", "")).uid();
        LoadedModel loaded = repository.load(uid);
        SaveResult result = repository.save(loaded, loaded.root(), WriteRequest.by("test", "nothing"));
        assertThat(result.changedAnything()).isFalse();
        assertThat(repository.revisions(uid)).hasSize(1);
    }
}
