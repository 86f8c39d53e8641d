package vn.ndaf.interop.model;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;

import vn.ndaf.interop.io.Problems;
import vn.ndaf.metamodel.validation.Describe;

/**
 * The ids of an architecture being imported: each may be used once across the whole model; a second use is
 * an error naming both places.
 */
public final class IdIndex {

    private final Map<String, EObject> objects = new HashMap<>();
    private final Map<String, Integer> lines = new HashMap<>();
    private final Set<String> reserved;

    /** {@code reserved} receives every id registered, so generated ids can avoid them. */
    public IdIndex(Set<String> reserved) {
        this.reserved = reserved;
    }

    public void register(String id, EObject object, int line, Problems problems) {
        if (id == null || id.isEmpty()) {
            throw problems.error(line, "a " + object.eClass().getName() + " has no id");
        }
        EObject previous = objects.putIfAbsent(id, object);
        if (previous != null) {
            Integer at = lines.get(id);
            throw problems.error(line, "the id '" + id + "' of this " + object.eClass().getName() + " is already used by "
                    + Describe.of(previous) + (at != null && at > 0 ? " at line " + at : "") + "; ids must be unique in a model");
        }
        lines.put(id, line);
        reserved.add(id);
    }

    public EObject get(String id) {
        return id == null ? null : objects.get(id);
    }

    public boolean contains(String id) {
        return objects.containsKey(id);
    }

    /** An id not used yet: {@code base}, else base-2, base-3, ... */
    public String unused(String base) {
        String id = base;
        for (int n = 2; reserved.contains(id) || objects.containsKey(id); n++) {
            id = base + "-" + n;
        }
        reserved.add(id);
        return id;
    }
}
