package vn.ndaf.repository.mapping;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;

/** Turns a model (an Architecture, a BodyRegistry, any Identified root) into node states. */
public final class ModelToGraph {

    /** Below this many objects, mapping on one thread is quicker than sharing out the work. */
    private static final int PARALLEL_THRESHOLD = 20_000;

    private ModelToGraph() {
    }

    /**
     * The states of every node of the model under {@code root}, in document order, keyed by uid; the root
     * gets {@code rootUid}, every other node {@code rootUid/id}.
     */
    public static Map<String, NodeState> toStates(EObject root, String rootUid) {
        return toStates(root, rootUid, PARALLEL_THRESHOLD);
    }

    /** As {@link #toStates(EObject, String)}, sharing the work between cores from {@code parallelFrom} objects on. */
    static Map<String, NodeState> toStates(EObject root, String rootUid, int parallelFrom) {
        if (!GraphMapping.isNode(root.eClass())) {
            throw new MappingException("A " + root.eClass().getName() + " cannot be stored on its own: it has no id");
        }
        Map<EObject, String> uids = new HashMap<>();
        Map<String, EObject> byId = new HashMap<>();
        List<EObject> nodes = new ArrayList<>();
        Set<EClass> classes = new HashSet<>();
        uids.put(root, rootUid);
        nodes.add(root);
        classes.add(root.eClass());
        for (TreeIterator<EObject> it = root.eAllContents(); it.hasNext();) {
            EObject o = it.next();
            if (!GraphMapping.isNode(o.eClass())) {
                it.prune();
                continue;
            }
            String id = EcoreUtil.getID(o);
            if (id == null || id.isBlank()) {
                throw new MappingException("A " + o.eClass().getName() + describeName(o) + " in " + path(o) + " has no id");
            }
            EObject previous = byId.put(id, o);
            if (previous != null) {
                throw new MappingException("The id '" + id + "' is used twice: by a " + previous.eClass().getName() + describeName(previous)
                        + " and by a " + o.eClass().getName() + describeName(o));
            }
            uids.put(o, GraphUris.uid(rootUid, id));
            nodes.add(o);
            classes.add(o.eClass());
        }
        // The objects are only read from here on; mapping them on every core is what makes large models quick.
        // The per-class metadata is computed once beforehand so that the workers only read shared state.
        classes.forEach(c -> {
            GraphMapping.attributes(c);
            GraphMapping.references(c);
            c.getEAllStructuralFeatures();
        });
        NodeState[] mapped = new NodeState[nodes.size()];
        IntStream range = IntStream.range(0, nodes.size());
        (nodes.size() >= parallelFrom ? range.parallel() : range).forEach(i -> mapped[i] = state(nodes.get(i), uids.get(nodes.get(i)), uids));
        Map<String, NodeState> states = new LinkedHashMap<>(nodes.size() * 4 / 3 + 1);
        for (NodeState state : mapped) {
            states.put(state.uid(), state);
        }
        return states;
    }

    private static NodeState state(EObject o, String uid, Map<EObject, String> uids) {
        EClass eClass = o.eClass();
        Map<String, Object> props = new LinkedHashMap<>();
        for (EAttribute attribute : GraphMapping.attributes(eClass)) {
            if (o.eIsSet(attribute)) {
                props.put(attribute.getName(), toProperty(attribute, o.eGet(attribute)));
            }
        }
        Map<String, List<String>> refs = new LinkedHashMap<>();
        for (EReference reference : GraphMapping.references(eClass)) {
            if (!o.eIsSet(reference)) {
                continue;
            }
            if (GraphMapping.isEmbedded(reference)) {
                props.put(reference.getName(), ValueCodec.encode(o, reference));
                continue;
            }
            List<String> targets = new ArrayList<>();
            Object value = o.eGet(reference, false);
            if (reference.isMany()) {
                for (Object t : (List<?>) value) {
                    targets.add(targetUid(o, reference, (EObject) t, uids));
                }
            } else {
                targets.add(targetUid(o, reference, (EObject) value, uids));
            }
            refs.put(GraphMapping.edgeType(reference), targets);
        }
        return new NodeState(uid, eClass.getName(), props, refs);
    }

    private static String targetUid(EObject owner, EReference reference, EObject target, Map<EObject, String> uids) {
        String uid = uids.get(target);
        if (uid != null) {
            return uid;
        }
        uid = GraphUris.foreignUid(target);
        if (uid == null) {
            throw new MappingException("The " + reference.getName() + " of " + owner.eClass().getName() + " '" + EcoreUtil.getID(owner)
                    + "' refers to a " + target.eClass().getName() + describeName(target)
                    + " that is neither in this model nor in a stored one");
        }
        return uid;
    }

    static Object toProperty(EAttribute attribute, Object value) {
        if (attribute.isMany()) {
            List<Object> items = new ArrayList<>();
            for (Object item : (List<?>) value) {
                items.add(scalar(attribute.getEAttributeType(), item));
            }
            return items;
        }
        return scalar(attribute.getEAttributeType(), value);
    }

    private static Object scalar(EDataType type, Object value) {
        if (value == null) {
            return null;
        }
        if (type instanceof EEnum) {
            return ((Enumerator) value).getLiteral();
        }
        if (value instanceof String || value instanceof Number || value instanceof Boolean || value instanceof byte[]) {
            return value;
        }
        return EcoreUtil.convertToString(type, value);
    }

    static String describeName(EObject o) {
        var nameFeature = o.eClass().getEStructuralFeature("name");
        Object name = nameFeature == null ? null : o.eGet(nameFeature);
        return name == null ? "" : " named '" + name + "'";
    }

    private static String path(EObject o) {
        StringBuilder sb = new StringBuilder();
        for (EObject c = o.eContainer(); c != null; c = c.eContainer()) {
            String id = EcoreUtil.getID(c);
            sb.insert(0, "/" + c.eClass().getName() + (id == null ? "" : "[" + id + "]"));
        }
        return sb.length() == 0 ? "the model" : sb.toString();
    }
}
