package vn.ndaf.interop;

import static org.assertj.core.api.Assertions.assertThat;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

import vn.ndaf.metamodel.Models;

/** The comparison the round-trip tests rely on finds the differences they are meant to catch. */
class ModelComparisonTest {

    private static EObject firstConnection(EObject architecture) {
        return Models.<EObject>list(architecture, "views").stream().flatMap(v -> Models.<EObject>list(v, "connections").stream())
                .filter(c -> !Models.list(c, "bendpoints").isEmpty()).findFirst().orElseThrow();
    }

    @Test
    void differences_AreEmpty_ForACopy() {
        EObject a = Trips.fixture("Archisurance.archimate");
        assertThat(ModelComparison.differences(a, EcoreUtil.copy(a))).isEmpty();
    }

    @Test
    void differences_NameABendpointIdAndStyleChange() {
        EObject a = Trips.fixture("Archisurance.archimate");
        EObject b = EcoreUtil.copy(a);
        EObject bendpoint = Models.<EObject>list(firstConnection(b), "bendpoints").get(0);
        Models.set(bendpoint, "endX", (Integer) Models.get(bendpoint, "endX") + 1);
        EObject element = Models.<EObject>list(b, "elements").get(3);
        Models.set(element, "id", "changed");
        EObject node = Models.<EObject>list(Models.<EObject>list(b, "views").get(1), "children").get(0);
        Models.set(node, "fillColor", "#000000");

        assertThat(ModelComparison.differences(a, b)).anySatisfy(d -> assertThat(d).contains("bendpoints[0] > endX"))
                .anySatisfy(d -> assertThat(d).contains("is missing")).anySatisfy(d -> assertThat(d).contains("is extra"))
                .anySatisfy(d -> assertThat(d).contains("fillColor"));
    }

    @Test
    void differences_NameAChangedChildOrder() {
        EObject a = Trips.fixture("Archisurance.archimate");
        EObject b = EcoreUtil.copy(a);
        var children = Models.<EObject>list(Models.<EObject>list(b, "views").get(0), "children");
        children.move(0, children.size() - 1);
        assertThat(ModelComparison.differences(a, b)).singleElement().asString().contains("> children: order");
    }
}
