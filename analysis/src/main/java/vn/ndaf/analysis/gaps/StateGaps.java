package vn.ndaf.analysis.gaps;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;

import vn.ndaf.analysis.gaps.Refs.ElementRef;
import vn.ndaf.metamodel.Models;
import vn.ndaf.repository.ArchitectureRepository;
import vn.ndaf.repository.NotFoundException;

/**
 * The gap matrix between two architectures (states, e.g. baseline and target) of one body: elements matched
 * by id; an element in both is changed when its class, an attribute (name, documentation, national
 * attributes) or its properties differ.
 */
public final class StateGaps {

    private final ArchitectureRepository repository;

    public StateGaps(ArchitectureRepository repository) {
        this.repository = repository;
    }

    public GapMatrix between(String from, String to) {
        EObject a = load(from);
        EObject b = load(to);
        String bodyA = Models.string(a, "bodyCode");
        String bodyB = Models.string(b, "bodyCode");
        if (!Objects.equals(bodyA, bodyB)) {
            throw new GapInputException("The architectures " + from + " (body " + bodyA + ") and " + to + " (body " + bodyB
                    + ") are not states of the same body.");
        }
        return of(a, b);
    }

    /** The matrix of two models in memory. */
    public static GapMatrix of(EObject from, EObject to) {
        Map<String, EObject> before = byId(from);
        Map<String, EObject> after = byId(to);
        List<GapMatrix.Changed> changed = new ArrayList<>();
        after.forEach((id, e) -> {
            EObject old = before.get(id);
            if (old != null) {
                List<String> changes = changes(old, e);
                if (!changes.isEmpty()) {
                    changed.add(new GapMatrix.Changed(id, Models.string(e, "name"), e.eClass().getName(), changes));
                }
            }
        });
        return GapMatrix.of(refs(before), refs(after), changed);
    }

    private EObject load(String id) {
        try {
            return repository.load(id).root();
        } catch (NotFoundException e) {
            throw new GapInputException("No architecture with id '" + id + "' is stored (list them with: ndaf list).");
        }
    }

    private static Map<String, EObject> byId(EObject architecture) {
        Map<String, EObject> m = new LinkedHashMap<>();
        Models.<EObject>list(architecture, "elements").forEach(e -> m.putIfAbsent(Models.id(e), e));
        return m;
    }

    private static Map<String, ElementRef> refs(Map<String, EObject> elements) {
        Map<String, ElementRef> m = new LinkedHashMap<>();
        elements.forEach((id, e) -> m.put(id, PlateauGaps.ref(e)));
        return m;
    }

    private static List<String> changes(EObject a, EObject b) {
        List<String> changes = new ArrayList<>();
        if (a.eClass() != b.eClass()) {
            changes.add("type");
            return changes;
        }
        for (EAttribute attribute : a.eClass().getEAllAttributes()) {
            if (!attribute.getName().equals("id") && !Objects.equals(text(a.eGet(attribute)), text(b.eGet(attribute)))) {
                changes.add(attribute.getName());
            }
        }
        if (!properties(a).equals(properties(b))) {
            changes.add("properties");
        }
        return changes;
    }

    private static String text(Object v) {
        return v == null ? null : v.toString();
    }

    private static List<String> properties(EObject o) {
        if (o.eClass().getEStructuralFeature("properties") == null) {
            return List.of();
        }
        return Models.<EObject>list(o, "properties").stream().map(p -> Models.string(p, "key") + "=" + Models.string(p, "value")).toList();
    }
}
