package vn.ndaf.framework.synthetic;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;

import vn.ndaf.framework.template.ElementRefs;
import vn.ndaf.metamodel.Models;

/**
 * A SHA-256 fingerprint of models: every object in document order with its class, its containing feature,
 * its set attributes and the ids of what it refers to (with the id of the other model's root for a
 * reference across models). Two generations with the same fingerprint built the same graph.
 */
final class ModelDigest {

    private final MessageDigest sha;

    ModelDigest() {
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    void add(String key, EObject root) {
        put("model " + key);
        object(root);
        for (TreeIterator<EObject> it = root.eAllContents(); it.hasNext();) {
            object(it.next());
        }
    }

    String hex() {
        return HexFormat.of().formatHex(sha.digest());
    }

    private void object(EObject o) {
        put((o.eContainingFeature() == null ? "" : o.eContainingFeature().getName()) + ":" + o.eClass().getName());
        for (EAttribute a : o.eClass().getEAllAttributes()) {
            if (o.eIsSet(a)) {
                put(a.getName() + "=" + text(o.eGet(a)));
            }
        }
        for (EReference r : o.eClass().getEAllReferences()) {
            if (r.isContainment() || !o.eIsSet(r)) {
                continue;
            }
            Object value = o.eGet(r, false);
            StringBuilder sb = new StringBuilder(r.getName()).append("->");
            for (Object t : value instanceof List<?> list ? list : List.of(value)) {
                sb.append(target((EObject) t)).append(',');
            }
            put(sb.toString());
        }
    }

    private static String target(EObject t) {
        if (t.eIsProxy()) {
            return EcoreUtil.getURI(t).toString();
        }
        EObject root = EcoreUtil.getRootContainer(t);
        return (root == t ? "" : Models.id(root) + "#") + ElementRefs.id(t);
    }

    private static String text(Object value) {
        if (value instanceof List<?> list) {
            StringBuilder sb = new StringBuilder("[");
            list.forEach(v -> sb.append(text(v)).append(','));
            return sb.append(']').toString();
        }
        if (value instanceof Enumerator e) {
            return e.getLiteral();
        }
        if (value instanceof EObject) {
            return "?";
        }
        return String.valueOf(value);
    }

    private void put(String s) {
        sha.update(s.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) '\n');
    }
}
