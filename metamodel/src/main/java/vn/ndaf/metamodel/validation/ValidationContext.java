package vn.ndaf.metamodel.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;

import vn.ndaf.metamodel.Models;

/**
 * What one validation run works out once and its invariants share: for each architecture, the relationships
 * at each junction, so that a check of one junction reads its own relationships, not all of them.
 */
public final class ValidationContext {

    private final Map<EObject, Map<EObject, List<EObject>>> byEnd = new IdentityHashMap<>();
    private org.eclipse.emf.ecore.EClass junction;

    private org.eclipse.emf.ecore.EClass junction(EObject o) {
        if (junction == null) {
            junction = vn.ndaf.metamodel.NdafMetamodel.get().eClass("Junction");
        }
        return junction;
    }

    /** The relationships of {@code architecture} whose source or target is the junction {@code end}. */
    public List<EObject> relationshipsAtJunction(EObject architecture, EObject end) {
        return byEnd.computeIfAbsent(architecture, a -> {
            Map<EObject, List<EObject>> index = new HashMap<>();
            if (a.eClass().getEStructuralFeature("relationships") != null) {
                for (EObject r : Models.<EObject>list(a, "relationships")) {
                    EObject source = (EObject) Models.get(r, "source");
                    EObject target = (EObject) Models.get(r, "target");
                    if (source != null && source.eClass() == junction(source)) {
                        index.computeIfAbsent(source, k -> new ArrayList<>()).add(r);
                    }
                    if (target != null && target != source && target.eClass() == junction(target)) {
                        index.computeIfAbsent(target, k -> new ArrayList<>()).add(r);
                    }
                }
            }
            return index;
        }).getOrDefault(end, List.of());
    }
}
