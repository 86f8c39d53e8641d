package vn.ndaf.metamodel.validation.invariants;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.EObject;

import vn.ndaf.metamodel.Models;
import vn.ndaf.metamodel.NdafMetamodel;
import vn.ndaf.metamodel.validation.Describe;
import vn.ndaf.metamodel.validation.Invariant;
import vn.ndaf.metamodel.validation.Problem;

/** A specialization (profile) applies only to concepts of the ArchiMate type it specializes. */
final class ProfileMatchesConceptType implements Invariant {

    @Override
    public String id() {
        return "ndaf.profile.conceptType";
    }

    @Override
    public String title() {
        return "a specialization is applied only to concepts of the type it specializes";
    }

    @Override
    public boolean appliesTo(EObject object) {
        return Models.isA(object, "Concept") && !Models.<EObject>list(object, "profiles").isEmpty();
    }

    @Override
    public void check(EObject concept, Consumer<Problem> report) {
        String type = NdafMetamodel.get().archimateType(concept.eClass());
        List<EObject> profiles = Models.list(concept, "profiles");
        for (EObject profile : profiles) {
            if (profile.eIsProxy()) {
                continue;
            }
            String conceptType = Models.string(profile, "conceptType");
            if (!type.equals(conceptType)) {
                report.accept(new Problem(id(), Problem.Severity.ERROR, concept, Describe.of(concept) + " has the specialization '"
                        + Models.string(profile, "name") + "', which specializes " + conceptType + ", not " + type
                        + ". Remove it or use a specialization of " + type + "."));
            }
        }
    }
}
