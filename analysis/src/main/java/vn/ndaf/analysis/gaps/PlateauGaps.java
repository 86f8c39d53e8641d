package vn.ndaf.analysis.gaps;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;

import vn.ndaf.analysis.gaps.Refs.ElementRef;
import vn.ndaf.framework.template.ElementRefs;
import vn.ndaf.metamodel.Models;
import vn.ndaf.repository.ArchitectureRepository;
import vn.ndaf.repository.NotFoundException;

/**
 * The gap matrix between two plateaus of one architecture. An element belongs to a plateau when a
 * composition or aggregation relationship goes from the plateau to it; no other relationship counts
 * (ArchiMate 3.2 §13.2: a plateau aggregates or composes the concepts of a stable state).
 */
public final class PlateauGaps {

    private static final Set<String> MEMBERSHIP = Set.of("CompositionRelationship", "AggregationRelationship");

    private final ArchitectureRepository repository;

    public PlateauGaps(ArchitectureRepository repository) {
        this.repository = repository;
    }

    /** Plateaus by id or name. */
    public GapMatrix between(String architecture, String baseline, String target) {
        EObject root;
        try {
            root = repository.load(architecture).root();
        } catch (NotFoundException e) {
            throw new GapInputException("No architecture with id '" + architecture + "' is stored (list them with: ndaf list).");
        }
        return of(root, baseline, target);
    }

    /** The matrix of a model in memory. */
    public static GapMatrix of(EObject architecture, String baseline, String target) {
        EObject from = plateau(architecture, baseline);
        EObject to = plateau(architecture, target);
        return GapMatrix.of(members(architecture, from), members(architecture, to), null);
    }

    static EObject plateau(EObject architecture, String idOrName) {
        List<EObject> plateaus = Models.<EObject>list(architecture, "elements").stream().filter(e -> e.eClass().getName().equals("Plateau")).toList();
        for (EObject p : plateaus) {
            if (idOrName.equals(Models.id(p))) {
                return p;
            }
        }
        List<EObject> named = plateaus.stream().filter(p -> idOrName.equals(Models.string(p, "name"))).toList();
        if (named.size() == 1) {
            return named.get(0);
        }
        String known = String.join(", ", plateaus.stream().map(p -> Models.id(p) + " '" + Models.string(p, "name") + "'").toList());
        if (named.size() > 1) {
            throw new GapInputException("Several plateaus of " + Models.id(architecture) + " are named '" + idOrName + "'; give one by id: " + known);
        }
        throw new GapInputException("The architecture " + Models.id(architecture) + " has no plateau with id or name '" + idOrName + "'"
                + (plateaus.isEmpty() ? " (it has no plateau)." : "; its plateaus: " + known));
    }

    /** What the plateau composes or aggregates, keyed by id, in relationship order. */
    static Map<String, ElementRef> members(EObject architecture, EObject plateau) {
        Map<String, ElementRef> members = new LinkedHashMap<>();
        for (EObject r : Models.<EObject>list(architecture, "relationships")) {
            if (!MEMBERSHIP.contains(r.eClass().getName())) {
                continue;
            }
            EObject source = (EObject) r.eGet(r.eClass().getEStructuralFeature("source"), false);
            EObject target = (EObject) r.eGet(r.eClass().getEStructuralFeature("target"), false);
            if (source == plateau && target != null) {
                members.putIfAbsent(ElementRefs.id(target), ref(target));
            }
        }
        return members;
    }

    static ElementRef ref(EObject element) {
        return new ElementRef(ElementRefs.id(element), element.eIsProxy() ? null : Models.string(element, "name"), element.eClass().getName());
    }

    static List<ElementRef> elements(EObject architecture) {
        List<ElementRef> refs = new ArrayList<>();
        Models.<EObject>list(architecture, "elements").forEach(e -> refs.add(ref(e)));
        return refs;
    }
}
