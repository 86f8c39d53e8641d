package vn.ndaf.metamodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.eclipse.emf.ecore.EClass;
import org.junit.jupiter.api.Test;

class NdafMetamodelTest {

    private final NdafMetamodel metamodel = NdafMetamodel.get();

    @Test
    void version_MatchesJavaConstant() {
        assertThat(metamodel.version()).isEqualTo(MetamodelVersion.CURRENT);
    }

    @Test
    void archimateType_IsOwnNameForArchimateElements_AndBaseTypeForNationalConcepts() {
        assertThat(metamodel.archimateType(metamodel.eClass("BusinessActor"))).isEqualTo("BusinessActor");
        assertThat(metamodel.archimateType(metamodel.eClass("Database"))).isEqualTo("ApplicationComponent");
        assertThat(metamodel.archimateType(metamodel.eClass("PlanTask"))).isEqualTo("WorkPackage");
        assertThat(metamodel.archimateType(metamodel.eClass("ServingRelationship"))).isEqualTo("ServingRelationship");
        assertThat(metamodel.archimateType(metamodel.eClass("Folder"))).isNull();
    }

    @Test
    void eClass_FailsWithTheName_WhenUnknown() {
        assertThatThrownBy(() -> metamodel.eClass("Nonsense")).hasMessageContaining("'Nonsense'");
    }

    @Test
    void create_RefusesAbstractClasses() {
        assertThatThrownBy(() -> metamodel.create("Element")).hasMessageContaining("abstract");
    }

    @Test
    void everyClassResolvesItsSupertypesAndTypes() {
        for (EClass eClass : metamodel.eClasses()) {
            assertThat(eClass.getEAllStructuralFeatures()).allSatisfy(f -> assertThat(f.getEType()).as(eClass.getName() + "." + f.getName()).isNotNull());
            assertThat(eClass.getESuperTypes()).allSatisfy(s -> assertThat(s.eIsProxy()).isFalse());
        }
    }
}
