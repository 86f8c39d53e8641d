package vn.ndaf.analysis;

import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;

import vn.ndaf.metamodel.Models;
import vn.ndaf.repository.ArchitectureRepository;
import vn.ndaf.repository.NotFoundException;
import vn.ndaf.repository.mapping.GraphUris;

/**
 * Resolves a loaded model's references to other stored architectures' elements by loading each of those
 * architectures once; what cannot be resolved stays as it is. Shared by the checks of one run.
 */
public final class StoredReferenceResolver implements UnaryOperator<EObject> {

    private static final String PREFIX = GraphUris.resourceUri("").toString();

    private final ArchitectureRepository repository;
    private final Map<String, Map<String, EObject>> loaded = new HashMap<>();

    public StoredReferenceResolver(ArchitectureRepository repository) {
        this.repository = repository;
    }

    @Override
    public synchronized EObject apply(EObject element) {
        if (!element.eIsProxy()) {
            return element;
        }
        URI uri = ((InternalEObject) element).eProxyURI();
        String resource = uri.trimFragment().toString();
        if (!resource.startsWith(PREFIX) || uri.fragment() == null) {
            return element;
        }
        return loaded.computeIfAbsent(resource.substring(PREFIX.length()), this::elements).getOrDefault(uri.fragment(), element);
    }

    private Map<String, EObject> elements(String uid) {
        Map<String, EObject> byId = new HashMap<>();
        try {
            EObject root = repository.load(uid).root();
            if (Models.isA(root, "Architecture")) {
                Models.<EObject>list(root, "elements").forEach(e -> byId.put(Models.id(e), e));
            }
        } catch (NotFoundException e) {
            // the other architecture is gone: its references stay unresolved
        }
        return byId;
    }
}
