package vn.ndaf.metamodel.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import vn.ndaf.metamodel.NdafMetamodel;

/** The viewpoint table (model/viewpoints.tsv) against facts of ArchiMate 3.2 Appendix C as Archi applies them. */
class ViewpointRulesTest {

    private final ViewpointRules rules = ViewpointRules.get();
    private final NdafMetamodel mm = NdafMetamodel.get();

    @Test
    void table_HoldsArchisTwentyFiveViewpoints_WithTheirExchangeNames() {
        assertThat(rules.all()).hasSize(25);
        assertThat(rules.byId("application_cooperation").orElseThrow().exchangeName()).isEqualTo("Application Cooperation");
        assertThat(rules.byExchangeName("Implementation and Deployment").orElseThrow().id()).isEqualTo("implementation_deployment");
    }

    @Test
    void allows_FollowsTheSpecification_NationalConceptsAsTheirArchimateType() {
        assertThat(rules.allows("organization", mm.eClass("BusinessActor"))).isTrue();
        assertThat(rules.allows("organization", mm.eClass("ApplicationComponent"))).isFalse();
        assertThat(rules.allows("application_structure", mm.eClass("Database"))).isTrue();
        assertThat(rules.allows("application_structure", mm.eClass("BusinessActor"))).isFalse();
        assertThat(rules.allows("physical", mm.eClass("Equipment"))).isTrue();
        assertThat(rules.allows("migration", mm.eClass("WorkPackage"))).isFalse();
    }

    @Test
    void junctionAndGrouping_AreAllowedEverywhere_AndNoViewpointAllowsAll() {
        for (var v : rules.all()) {
            assertThat(rules.allows(v.id(), mm.eClass("Junction"))).as(v.id()).isTrue();
            assertThat(rules.allows(v.id(), mm.eClass("Grouping"))).as(v.id()).isTrue();
        }
        assertThat(rules.allows("layered", mm.eClass("Gap"))).isTrue();
        assertThat(rules.allows(null, mm.eClass("Gap"))).isTrue();
        assertThat(rules.allows("my_own_viewpoint", mm.eClass("Gap"))).isTrue();
    }
}
