package vn.ndaf.repository.mapping;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * EMF URIs of stored models: the resource of a stored architecture is {@code ndaf:/graph/<archUid>}, and an
 * object in it is {@code ndaf:/graph/<archUid>#<id>}. A reference from one architecture to an element
 * owned by another (federation) is an EMF cross-document reference, loaded as a proxy with that URI.
 */
public final class GraphUris {

    private static final String PREFIX = "ndaf:/graph/";

    private GraphUris() {
    }

    public static URI resourceUri(String rootUid) {
        return URI.createURI(PREFIX + rootUid);
    }

    public static URI objectUri(String rootUid, String id) {
        return resourceUri(rootUid).appendFragment(id);
    }

    /** The uid of a node of root {@code rootUid}: the root's own uid, or {@code rootUid/id}. */
    public static String uid(String rootUid, String id) {
        return rootUid + "/" + id;
    }

    /**
     * The uid of the root (the architecture) the node {@code uid} belongs to: the part before the first '/',
     * or the uid itself for a root. Nodes do not store it (docs/graph-model.md); Cypher derives it the same
     * way, with {@code split(n.uid, '/')[0]}.
     */
    public static String rootUidOfUid(String uid) {
        int slash = uid.indexOf('/');
        return slash < 0 ? uid : uid.substring(0, slash);
    }

    /** The root uid a stored resource belongs to, or null when the resource is not a stored one. */
    public static String rootUidOf(Resource resource) {
        return resource == null ? null : rootUidOf(resource.getURI());
    }

    static String rootUidOf(URI uri) {
        if (uri == null) {
            return null;
        }
        String s = uri.trimFragment().toString();
        return s.startsWith(PREFIX) ? s.substring(PREFIX.length()) : null;
    }

    /**
     * The uid of an object outside the model being written: a proxy's uid comes from its URI, a loaded
     * object's from its resource. Null when the object is in no stored model.
     */
    static String foreignUid(EObject target) {
        URI uri = target.eIsProxy() ? ((InternalEObject) target).eProxyURI() : EcoreUtil.getURI(target);
        String rootUid = rootUidOf(uri);
        if (rootUid == null || uri.fragment() == null) {
            return null;
        }
        EObject root = target.eIsProxy() ? null : EcoreUtil.getRootContainer(target);
        if (root == target) {
            return rootUid;
        }
        return uid(rootUid, uri.fragment());
    }
}
