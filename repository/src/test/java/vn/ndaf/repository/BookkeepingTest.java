package vn.ndaf.repository;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.junit.jupiter.api.Test;

import vn.ndaf.metamodel.NdafMetamodel;
import vn.ndaf.repository.mapping.GraphMapping;

class BookkeepingTest {

    @Test
    void bookkeepingProperties_NeverCollideWithAFeatureOfTheMetamodel() {
        Set<String> reserved = new HashSet<>(GraphMapping.BOOKKEEPING);
        reserved.addAll(GraphReads.ROOT_BOOKKEEPING);
        for (EClass eClass : NdafMetamodel.get().eClasses()) {
            for (EStructuralFeature feature : eClass.getEAllStructuralFeatures()) {
                assertThat(reserved).as(eClass.getName() + "." + feature.getName()).doesNotContain(feature.getName());
            }
        }
    }
}
