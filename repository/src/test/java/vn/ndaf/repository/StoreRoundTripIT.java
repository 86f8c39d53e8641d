package vn.ndaf.repository;

import static org.assertj.core.api.Assertions.assertThat;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

import vn.ndaf.metamodel.Models;

class StoreRoundTripIT {

    private final ArchitectureRepository repository = new ArchitectureRepository(TestStore.get().driver());

    static EObject tinyModel() {
        EObject a = Models.architecture("m1", "Tiny");
        Models.set(a, "bodyCode", "01");
        EObject portal = Models.element(a, "ApplicationComponent", "e1", "Cổng dịch vụ công");
        EObject service = Models.element(a, "ApplicationService", "e2", "Nộp hồ sơ trực tuyến");
        Models.relationship(a, "RealizationRelationship", "r1", portal, service);
        Models.property(portal, "owner", "Văn phòng Chính phủ");
        return a;
    }

    @Test
    void create_ThenLoad_GivesBackAnEqualModel() {
        EObject model = tinyModel();
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
