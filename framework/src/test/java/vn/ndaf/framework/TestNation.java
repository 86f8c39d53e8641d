package vn.ndaf.framework;

import java.util.HashMap;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;

import vn.ndaf.metamodel.ModelFiles;

/** Models as the store would hold them, for tests: each root in its own resource, as federated models are. */
public final class TestNation {

    private TestNation() {
    }

    /** The national architecture built from the standard data, in a resource of its own. */
    public static EObject national() {
        return inResource(ReferenceData.standard().buildNationalArchitecture(), "national");
    }

    /** Puts a root into a fresh resource named after {@code key} and returns it. */
    public static EObject inResource(EObject root, String key) {
        Resource resource = ModelFiles.newResourceSet().createResource(URI.createURI("test:/graph/" + key));
        // an id map keeps lookups by id (EMF's unique-id check during validation) from scanning the whole model
        ((ResourceImpl) resource).setIntrinsicIDToEObjectMap(new HashMap<>());
        resource.getContents().add(root);
        return root;
    }
}
