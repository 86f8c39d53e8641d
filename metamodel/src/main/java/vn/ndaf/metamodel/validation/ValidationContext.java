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
 * by the objects at their ends, so that a check of one junction reads its own relationships, not all of them.
 */
public final class ValidationContext {

    private final Map<EObject, Map<EObject, List<EObject>>> byEnd = new IdentityHashMap<>();

    /** The relationships of {@code architecture} whose source or target is {@code end}. */
    public List<EObject> relationshipsAt(EObject architecture, EObject end) {
        return byEnd.computeIfAbsent(architecture, a -> {
            Map<EObject, List<EObject>> index = new HashMap<>();
            if (a.eClass().getEStructuralFeature("relationships") != null) {
                for (EObject r : Models.<EObject>list(a, "relationships")) {
                    EObject source = (EObject) Models.get(r, "source");
                    EObject target = (EObject) Models.get(r, "target");
                    if (source != null) {
                        index.computeIfAbsent(source, k -> new ArrayList<>()).add(r);
                    }
                    if (target != null && target != source) {
                        index.computeIfAbsent(target, k -> new ArrayList<>()).add(r);
                    }
                }
            }
            return index;
        }).getOrDefault(end, List.of());
    }
}
