package vn.ndaf.analysis.gaps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;

import vn.ndaf.analysis.gaps.Refs.ElementRef;
import vn.ndaf.metamodel.Models;

/** Plateau and state gap matrices on small hand-built models whose answers are known. */
class MatrixTest {

    private static EObject e(EObject a, String type, String id, String name) {
        return Models.element(a, type, id, name);
    }

    private static void rel(EObject a, String type, EObject from, EObject to) {
        Models.relationship(a, type, "r" + Models.<EObject>list(a, "relationships").size(), from, to);
    }

    private static EObject migration() {
        EObject a = Models.architecture("m", "Migration");
        EObject p1 = e(a, "Plateau", "p1", "Hiện trạng 2025");
        EObject p2 = e(a, "Plateau", "p2", "Mục tiêu 2030");
        EObject kept = e(a, "ApplicationComponent", "kept", "Cổng thông tin");
        EObject gone = e(a, "ApplicationComponent", "gone", "Hệ thống quản lý văn bản");
        EObject aggregatedOnly = e(a, "Node", "agg", "Máy chủ cũ");
        EObject fresh = e(a, "ApplicationComponent", "fresh", "Hệ thống quản lý văn bản điện tử");
        EObject otherType = e(a, "ApplicationService", "svc", "Hệ thống quản lý văn bản");
        EObject associated = e(a, "ApplicationComponent", "assoc", "Hệ thống chỉ liên kết");
        EObject triggered = e(a, "WorkPackage", "wp", "Dự án chuyển đổi");
        rel(a, "CompositionRelationship", p1, kept);
        rel(a, "CompositionRelationship", p2, kept);
        rel(a, "CompositionRelationship", p1, gone);
        rel(a, "AggregationRelationship", p1, aggregatedOnly);
        rel(a, "AggregationRelationship", p2, fresh);
        rel(a, "CompositionRelationship", p2, otherType);
        rel(a, "AssociationRelationship", p1, associated);
        rel(a, "AssociationRelationship", p2, associated);
        rel(a, "TriggeringRelationship", p1, p2);
        rel(a, "AssociationRelationship", triggered, p2);
        rel(a, "CompositionRelationship", kept, fresh);
        return a;
    }

    @Test
    void plateau_CountsOnlyCompositionAndAggregationFromThePlateau_AsMembership() {
        GapMatrix m = PlateauGaps.of(migration(), "p1", "Mục tiêu 2030");

        assertThat(m.included()).extracting(ElementRef::id).containsExactly("kept");
        assertThat(m.eliminated()).extracting(ElementRef::id).containsExactly("gone", "agg");
        assertThat(m.created()).extracting(ElementRef::id).containsExactly("fresh", "svc");
        assertThat(m.changed()).isNull();
    }

    @Test
    void plateau_ListsAnEliminatedAndANewElementOfTheSameTypeWithSimilarNames_AsPotentialMatchOnly() {
        GapMatrix m = PlateauGaps.of(migration(), "Hiện trạng 2025", "p2");

        assertThat(m.potentialMatches()).hasSize(1);
        assertThat(m.potentialMatches().get(0).eliminated().id()).isEqualTo("gone");
        assertThat(m.potentialMatches().get(0).created().id()).isEqualTo("fresh");
        assertThat(m.potentialMatches().get(0).similarity()).isBetween(GapMatrix.SIMILAR, 1.0);
    }

    @Test
    void plateau_HasNoPotentialMatch_WhenNamesDiffer() {
        EObject a = Models.architecture("m2", "M2");
        EObject p1 = e(a, "Plateau", "p1", "A");
        EObject p2 = e(a, "Plateau", "p2", "B");
        rel(a, "CompositionRelationship", p1, e(a, "ApplicationComponent", "x", "Cổng dịch vụ công"));
        rel(a, "CompositionRelationship", p2, e(a, "ApplicationComponent", "y", "Kho dữ liệu dùng chung"));

        GapMatrix m = PlateauGaps.of(a, "p1", "p2");
        assertThat(m.eliminated()).extracting(ElementRef::id).containsExactly("x");
        assertThat(m.created()).extracting(ElementRef::id).containsExactly("y");
        assertThat(m.potentialMatches()).isEmpty();
    }

    @Test
    void plateau_RefusesAnUnknownPlateau_NamingThePlateausThereAre() {
        assertThatThrownBy(() -> PlateauGaps.of(migration(), "p1", "p9")).isInstanceOf(GapInputException.class).hasMessageContaining("'p9'")
                .hasMessageContaining("p2 'Mục tiêu 2030'");
    }

    @Test
    void states_MatchElementsById_AndListChangedOnes() {
        EObject from = Models.architecture("s1", "Baseline");
        e(from, "ApplicationComponent", "same", "Cổng thông tin");
        e(from, "ApplicationComponent", "renamed", "Hệ thống một cửa");
        EObject db = e(from, "Database", "db", "CSDL dân cư");
        Models.set(db, "ndcSync", "batch");
        e(from, "Node", "old", "Máy chủ");
        EObject to = Models.architecture("s2", "Target");
        e(to, "ApplicationComponent", "same", "Cổng thông tin");
        e(to, "ApplicationComponent", "renamed", "Hệ thống một cửa điện tử");
        EObject db2 = e(to, "Database", "db", "CSDL dân cư");
        Models.set(db2, "ndcSync", "real_time");
        e(to, "Node", "cloud", "Điện toán đám mây");

        GapMatrix m = StateGaps.of(from, to);

        assertThat(m.included()).extracting(ElementRef::id).containsExactly("same", "renamed", "db");
        assertThat(m.eliminated()).extracting(ElementRef::id).containsExactly("old");
        assertThat(m.created()).extracting(ElementRef::id).containsExactly("cloud");
        assertThat(m.changed()).extracting(GapMatrix.Changed::id).containsExactly("renamed", "db");
        assertThat(m.changed().get(0).changes()).containsExactly("name");
        assertThat(m.changed().get(1).changes()).containsExactly("ndcSync");
    }

    @Test
    void states_ReportNothingChanged_WhenTheStatesAreEqual() {
        EObject from = Models.architecture("s1", "Baseline");
        e(from, "ApplicationComponent", "same", "Cổng thông tin");
        EObject to = Models.architecture("s2", "Target");
        e(to, "ApplicationComponent", "same", "Cổng thông tin");

        GapMatrix m = StateGaps.of(from, to);
        assertThat(m.included()).hasSize(1);
        assertThat(m.eliminated()).isEmpty();
        assertThat(m.created()).isEmpty();
        assertThat(m.changed()).isEmpty();
    }
}
