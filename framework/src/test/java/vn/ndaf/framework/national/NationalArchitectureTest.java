package vn.ndaf.framework.national;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;

import vn.ndaf.framework.ReferenceData;
import vn.ndaf.framework.catalogue.Platform;
import vn.ndaf.metamodel.ModelFiles;
import vn.ndaf.metamodel.Models;
import vn.ndaf.metamodel.rules.RelationshipRules;
import vn.ndaf.metamodel.validation.ModelValidator;

class NationalArchitectureTest {

    private final ReferenceData data = ReferenceData.standard();
    private final EObject national = data.buildNationalArchitecture();

    @Test
    void nationalArchitecture_ValidatesWithoutErrors() {
        assertThat(ModelValidator.get().errors(national)).isEmpty();
    }

    @Test
    void everyNationalPlatform_IsOneElementWithItsCatalogueId() {
        for (Platform p : data.catalogue().nationalPlatforms()) {
            List<EObject> found = Models.<EObject>list(national, "elements").stream().filter(e -> Models.id(e).equals(NationalIds.platform(p.code()))).toList();
            assertThat(found).as(p.code()).hasSize(1);
            assertThat(found.get(0).eClass().getName()).isEqualTo(p.type());
        }
        assertThat(Models.elementsOf(national, "SharedPlatform")).noneMatch(e -> "LGSP".equals(Models.string(e, "catalogueCode")));
    }

    @Test
    void referenceModel_LayersDataLayersAndTerms_AreInTheModel() {
        List<String> ids = Models.<EObject>list(national, "elements").stream().map(Models::id).toList();
        assertThat(ids).contains("layer-infrastructure_security", "layer-channels_measurement", "refmodel-SRM", "category-ARM.01.03",
                "datalayer-open", "datablock-institutional", "quality-live", "term-SO_DINH_DANH_CA_NHAN", "wp-WP-2.02");
        assertThat(Models.string(national, "bodyCode")).isEqualTo(NationalIds.OWNER_BODY);
        assertThat(Models.string(national, "frameworkVersion")).isEqualTo(data.framework().version());
    }

    @Test
    void everyRelationship_IsAllowedByArchiMate() {
        for (EObject r : Models.<EObject>list(national, "relationships")) {
            EObject source = (EObject) Models.get(r, "source");
            EObject target = (EObject) Models.get(r, "target");
            assertThat(RelationshipRules.get().allows(r.eClass(), source.eClass(), target.eClass())).as(Models.id(r)).isTrue();
        }
    }

    @Test
    void build_IsDeterministic() {
        assertThat(ModelFiles.toBytes(data.buildNationalArchitecture())).isEqualTo(ModelFiles.toBytes(data.buildNationalArchitecture()));
    }
}
