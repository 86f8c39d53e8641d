package vn.ndaf.framework.template;

import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;

/**
 * The result of instantiating a template for a body: the architecture, its blocks' elements by key, and the
 * expected relationships that could not be made because the parent body has no architecture yet (each
 * also recorded on the architecture as an {@code ndaf:unresolved} property).
 */
public record Instantiation(EObject architecture, Map<String, EObject> blocks, List<String> unresolved) {

    public Instantiation {
        blocks = Map.copyOf(blocks);
        unresolved = List.copyOf(unresolved);
    }
}
