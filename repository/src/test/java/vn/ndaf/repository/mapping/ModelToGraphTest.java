package vn.ndaf.repository.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;

import vn.ndaf.metamodel.Models;
import vn.ndaf.metamodel.fixtures.EveryClassFixture;

class ModelToGraphTest {

    /** Many elements and relationships, a view, a property on some: enough objects for the work to be shared out. */
    private static EObject large() {
        EObject a = Models.architecture("large", "Large");
        List<EObject> elements = new ArrayList<>();
        for (int i = 0; i < 15_000; i++) {
            EObject e = Models.element(a, i % 2 == 0 ? "ApplicationComponent" : "BusinessProcess", "e" + i, "Element " + i);
            if (i % 7 == 0) {
                Models.property(e, "owner", "Sở " + i % 34);
            }
            elements.add(e);
        }
        for (int i = 0; i < 15_000; i++) {
            Models.relationship(a, "AssociationRelationship", "r" + i, elements.get(i), elements.get((i * 7 + 3) % elements.size()));
        }
        return a;
    }

    @Test
    void sharingTheWorkBetweenCores_GivesTheSameStatesInTheSameOrder() {
        EObject model = large();
        Map<String, NodeState> oneThread = ModelToGraph.toStates(model, "x", Integer.MAX_VALUE);
        Map<String, NodeState> shared = ModelToGraph.toStates(model, "x", 1);

        assertThat(shared).hasSize(30_001).isEqualTo(oneThread);
        assertThat(new ArrayList<>(shared.keySet())).isEqualTo(new ArrayList<>(oneThread.keySet()));
        assertThat(shared.get("x/r5").refs()).containsEntry("SOURCE", List.of("x/e5")).containsEntry("TARGET", List.of("x/e38"));

        EObject every = EveryClassFixture.architecture();
        assertThat(ModelToGraph.toStates(every, "y", 1)).isEqualTo(ModelToGraph.toStates(every, "y", Integer.MAX_VALUE));
    }

    @Test
    void aTargetOutsideEveryStoredModel_IsRefusedByName_WhenTheWorkIsShared() {
        EObject model = large();
        EObject stray = Models.element(Models.architecture("other", "Other"), "Node", "stray", "Stray server");
        Models.relationship(model, "ServingRelationship", "r-stray", stray, Models.<EObject>list(model, "elements").get(0));

        assertThatThrownBy(() -> ModelToGraph.toStates(model, "x", 1)).isInstanceOf(MappingException.class)
                .hasMessageContaining("'r-stray'").hasMessageContaining("Stray server");
    }
}
