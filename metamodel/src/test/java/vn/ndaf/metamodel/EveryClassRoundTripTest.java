package vn.ndaf.metamodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;

import vn.ndaf.metamodel.fixtures.EveryClassFixture;
import vn.ndaf.metamodel.validation.ModelValidator;
import vn.ndaf.metamodel.validation.Problem;

class EveryClassRoundTripTest {

    @Test
    void fixture_InstantiatesEveryConcreteClass() {
        Set<EClass> used = EveryClassFixture.classesIn(EveryClassFixture.architecture(), EveryClassFixture.registry());
        List<String> missing = NdafMetamodel.get().eClasses().stream().filter(c -> !c.isAbstract() && !used.contains(c)).map(EClass::getName).toList();
        assertThat(missing).as("concrete classes the fixture does not instantiate").isEmpty();
    }

    @Test
    void xmi_SaveThenLoad_GivesAnEqualModel_ForEveryClass() {
        for (EObject model : List.of(EveryClassFixture.architecture(), EveryClassFixture.registry())) {
            byte[] xmi = ModelFiles.toBytes(model);
            EObject loaded = ModelFiles.fromBytes(xmi);
            assertThat(ModelDifferences.between(model, loaded)).isEmpty();
            assertThat(ModelFiles.toBytes(loaded)).isEqualTo(xmi);
        }
    }

    @Test
    void validate_FindsNoErrors_InTheEveryClassFixture() {
        List<Problem> errors = ModelValidator.get().errors(EveryClassFixture.architecture());
        errors = new java.util.ArrayList<>(errors);
        errors.addAll(ModelValidator.get().errors(EveryClassFixture.registry()));
        assertThat(errors).isEmpty();
    }
}
