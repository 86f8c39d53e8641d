package vn.ndaf.framework.template;

import java.util.List;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;

import vn.ndaf.metamodel.Models;

/**
 * Reading elements whether they are in the model or references to another stored architecture (proxies
 * after a load): their id, whether they are the architecture's own, and attribute values as text.
 */
public final class ElementRefs {

    private ElementRefs() {
    }

    /** The element's id: its id attribute, or for an unresolved proxy the fragment of its URI. */
    public static String id(EObject element) {
        if (element.eIsProxy()) {
            return ((InternalEObject) element).eProxyURI().fragment();
        }
        return Models.id(element);
    }

    /** Whether {@code element} is one of the architecture's own elements (not a reference to another architecture's). */
    public static boolean own(EObject architecture, EObject element) {
        return !element.eIsProxy() && element.eContainer() == architecture;
    }

    /** The value of an attribute as text (enum literal, number, text), or null when the element has no such attribute. */
    public static String text(EObject element, String attribute) {
        var feature = element.eClass().getEStructuralFeature(attribute);
        if (feature == null || element.eIsProxy()) {
            return null;
        }
        Object value = element.eGet(feature);
        if (value instanceof Enumerator e) {
            return e.getLiteral();
        }
        if (value instanceof List<?> list) {
            return list.isEmpty() ? null : list.toString();
        }
        return value == null ? null : value.toString();
    }
}
