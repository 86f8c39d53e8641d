package vn.ndaf.interop.model;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.InternalEObject;

import vn.ndaf.metamodel.validation.Describe;

/**
 * References from an architecture to objects of other architectures (federation), which the store loads as
 * EMF proxies. Formats that hold one model (exchange, Archi, CSV) cannot express them.
 */
public final class ForeignReferences {

    private ForeignReferences() {
    }

    /** Fails, naming the first references, when the architecture refers to objects of other architectures. */
    public static void refuse(EObject architecture, String format) {
        List<String> found = new ArrayList<>();
        for (TreeIterator<EObject> it = architecture.eAllContents(); it.hasNext() && found.size() < 5;) {
            EObject o = it.next();
            for (EReference r : o.eClass().getEAllReferences()) {
                if (r.isContainment() || !o.eIsSet(r)) {
                    continue;
                }
                Object value = o.eGet(r, false);
                for (Object target : r.isMany() ? (List<?>) value : List.of(value)) {
                    if (target instanceof EObject t && t.eIsProxy()) {
                        found.add(Describe.of(o) + " -" + r.getName() + "-> " + ((InternalEObject) t).eProxyURI());
                    }
                }
            }
        }
        if (!found.isEmpty()) {
            throw new IllegalArgumentException("The " + format + " format holds one model, and this architecture refers to objects of other architectures: "
                    + String.join("; ", found) + ". Export it as RDF (turtle or jsonld), which keeps such links.");
        }
    }

    /** The architecture id and object id a proxy points at (from ndaf:/graph/ARCH#ID), or null. */
    public static String[] target(EObject proxy) {
        URI uri = ((InternalEObject) proxy).eProxyURI();
        if (uri == null || uri.fragment() == null) {
            return null;
        }
        String path = uri.trimFragment().toString();
        int slash = path.lastIndexOf('/');
        return new String[] { path.substring(slash + 1), uri.fragment() };
    }
}
