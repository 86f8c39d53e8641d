package vn.ndaf.repository;

import static org.assertj.core.api.Assertions.assertThat;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;


class StoreRoundTripIT {

    private final ArchitectureRepository repository = new ArchitectureRepository(TestStore.get().driver());

    @Test
    void create_ThenLoad_GivesBackAnEqualModel() {
        EObject model = TestModels.tiny();
        SaveResult saved = repository.create(model, WriteRequest.by("test", "round trip"));

        LoadedModel loaded = repository.load(saved.uid());

        assertThat(saved.revision()).isEqualTo(1);
        assertThat(EcoreUtil.equals(loaded.root(), model)).isTrue();
        assertThat(repository.list("01")).anySatisfy(s -> {
            assertThat(s.uid()).isEqualTo(saved.uid());
            assertThat(s.elements()).isEqualTo(2);
            assertThat(s.relationships()).isEqualTo(1);
        });
    }
}
