package vn.ndaf.repository.mapping;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;

import vn.ndaf.metamodel.ModelFiles;
import vn.ndaf.metamodel.NdafMetamodel;

/** Rebuilds a model from node states: the inverse of {@link ModelToGraph}. */
public final class GraphToModel {

    /** What the loader knows of a node outside the model (the target of a federated reference). */
    public record ForeignNode(String uid, String type, String rootUid, String id) {
    }

    private GraphToModel() {
    }

    /**
     * The model whose root has uid {@code rootUid}, placed in a resource {@code ndaf:/graph/<rootUid>} of a
     * fresh resource set. References to nodes outside {@code states} become proxies described by
     * {@code foreign}.
     */
    public static EObject toModel(String rootUid, Map<String, NodeState> states, Map<String, ForeignNode> foreign) {
        NdafMetamodel metamodel = NdafMetamodel.get();
        Map<String, EObject> objects = new HashMap<>();
        Map<String, EObject> byId = new HashMap<>();
        for (NodeState state : states.values()) {
            EClass eClass = metamodel.findEClass(state.type());
            if (eClass == null || eClass.isAbstract()) {
                throw new MappingException("Node " + state.uid() + " has type '" + state.type() + "', which is not a concrete class of metamodel " + metamodel.version());
            }
            EObject o = EcoreUtil.create(eClass);
            objects.put(state.uid(), o);
            byId.put(state.id(), o);
        }
        EObject root = objects.get(rootUid);
        if (root == null) {
            throw new MappingException("No stored model has the id " + rootUid);
        }
        for (NodeState state : states.values()) {
            EObject o = objects.get(state.uid());
            EClass eClass = o.eClass();
            for (Map.Entry<String, Object> prop : state.props().entrySet()) {
                var feature = eClass.getEStructuralFeature(prop.getKey());
                if (feature instanceof EAttribute attribute) {
                    setAttribute(o, attribute, prop.getValue());
                } else if (feature instanceof EReference reference && GraphMapping.isEmbedded(reference)) {
                    ValueCodec.decode(o, reference, (String) prop.getValue(), id -> requireById(byId, id, state.uid()));
                } else {
                    throw new MappingException("Node " + state.uid() + " (" + state.type() + ") has a property '" + prop.getKey() + "' that the metamodel does not know");
                }
            }
        }
        for (NodeState state : states.values()) {
            EObject o = objects.get(state.uid());
            for (Map.Entry<String, List<String>> ref : state.refs().entrySet()) {
                EReference reference = GraphMapping.referenceForEdge(o.eClass(), ref.getKey());
                if (reference == null) {
                    throw new MappingException("Node " + state.uid() + " (" + state.type() + ") has relationships " + ref.getKey() + " that the metamodel does not know");
                }
                setReference(o, reference, ref.getValue(), objects, foreign);
            }
        }
        Resource resource = ModelFiles.newResourceSet().createResource(GraphUris.resourceUri(rootUid));
        resource.getContents().add(root);
        return root;
    }

    @SuppressWarnings("unchecked")
    private static void setReference(EObject o, EReference reference, List<String> uids, Map<String, EObject> objects, Map<String, ForeignNode> foreign) {
        if (reference.isMany()) {
            EList<EObject> list = (EList<EObject>) o.eGet(reference, false);
            for (String uid : uids) {
                list.add(target(uid, objects, foreign));
            }
        } else if (!uids.isEmpty()) {
            o.eSet(reference, target(uids.get(0), objects, foreign));
        }
    }

    private static EObject target(String uid, Map<String, EObject> objects, Map<String, ForeignNode> foreign) {
        EObject local = objects.get(uid);
        if (local != null) {
            return local;
        }
        ForeignNode node = foreign.get(uid);
        if (node == null) {
            throw new MappingException("A relationship points at node " + uid + ", which is not stored");
        }
        EObject proxy = EcoreUtil.create(NdafMetamodel.get().eClass(node.type()));
        ((InternalEObject) proxy).eSetProxyURI(GraphUris.objectUri(node.rootUid(), node.id()));
        return proxy;
    }

    private static EObject requireById(Map<String, EObject> byId, String id, String where) {
        EObject o = byId.get(id);
        if (o == null) {
            throw new MappingException("A value stored on node " + where + " refers to id '" + id + "', which is not in the model");
        }
        return o;
    }

    @SuppressWarnings("unchecked")
    private static void setAttribute(EObject o, EAttribute attribute, Object value) {
        EDataType type = attribute.getEAttributeType();
        if (attribute.isMany()) {
            List<Object> list = (List<Object>) o.eGet(attribute);
            for (Object item : (List<?>) value) {
                list.add(fromProperty(type, item));
            }
        } else {
            o.eSet(attribute, fromProperty(type, value));
        }
    }

    static Object fromProperty(EDataType type, Object value) {
        if (value == null) {
            return null;
        }
        if (type instanceof EEnum eEnum) {
            EEnumLiteral literal = eEnum.getEEnumLiteralByLiteral(value.toString());
            if (literal == null) {
                throw new MappingException("'" + value + "' is not a value of " + eEnum.getName());
            }
            return literal.getInstance();
        }
        Class<?> javaType = type.getInstanceClass();
        if ((javaType == int.class || javaType == Integer.class) && value instanceof Number n) {
            return n.intValue();
        }
        if ((javaType == long.class || javaType == Long.class) && value instanceof Number n) {
            return n.longValue();
        }
        if ((javaType == double.class || javaType == Double.class) && value instanceof Number n) {
            return n.doubleValue();
        }
        if (javaType != null && javaType.isInstance(value)) {
            return value;
        }
        if (javaType == boolean.class && value instanceof Boolean) {
            return value;
        }
        return EcoreUtil.createFromString(type, value.toString());
    }
}
