package vn.ndaf.repository.mapping;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.ndaf.metamodel.NdafMetamodel;

/**
 * Value objects (properties, language variants, features, bounds, bendpoints, images) as JSON: each object
 * is a JSON object of its set attributes in EMF's string form, its nested values, and the ids of the nodes
 * it refers to; {@code _type} is written only when the object's class is not the reference's type.
 */
final class ValueCodec {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Object> ANY = new TypeReference<>() {
    };

    private ValueCodec() {
    }

    static String encode(EObject owner, EReference reference) {
        Object value = owner.eGet(reference);
        Object json = reference.isMany() ? encodeList((List<?>) value, reference) : encodeObject((EObject) value, reference);
        try {
            return JSON.writeValueAsString(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot encode " + reference.getName(), e);
        }
    }

    private static List<Object> encodeList(List<?> values, EReference reference) {
        List<Object> list = new ArrayList<>(values.size());
        for (Object v : values) {
            list.add(encodeObject((EObject) v, reference));
        }
        return list;
    }

    private static Map<String, Object> encodeObject(EObject value, EReference reference) {
        Map<String, Object> json = new LinkedHashMap<>();
        EClass eClass = value.eClass();
        if (eClass != reference.getEReferenceType()) {
            json.put(GraphMapping.TYPE, eClass.getName());
        }
        for (EAttribute attribute : GraphMapping.attributes(eClass)) {
            if (!value.eIsSet(attribute)) {
                continue;
            }
            if (attribute.isMany()) {
                List<String> items = new ArrayList<>();
                for (Object item : (List<?>) value.eGet(attribute)) {
                    items.add(EcoreUtil.convertToString(attribute.getEAttributeType(), item));
                }
                json.put(attribute.getName(), items);
            } else {
                json.put(attribute.getName(), EcoreUtil.convertToString(attribute.getEAttributeType(), value.eGet(attribute)));
            }
        }
        for (EReference ref : GraphMapping.references(eClass)) {
            if (!value.eIsSet(ref)) {
                continue;
            }
            if (GraphMapping.isEmbedded(ref)) {
                json.put(ref.getName(), ref.isMany() ? encodeList((List<?>) value.eGet(ref), ref) : encodeObject((EObject) value.eGet(ref), ref));
            } else if (ref.isMany()) {
                List<String> ids = new ArrayList<>();
                for (Object target : (List<?>) value.eGet(ref)) {
                    ids.add(EcoreUtil.getID((EObject) target));
                }
                json.put(ref.getName(), ids);
            } else {
                json.put(ref.getName(), EcoreUtil.getID((EObject) value.eGet(ref)));
            }
        }
        return json;
    }

    /**
     * Sets {@code reference} of {@code owner} from its JSON form; {@code resolveId} finds the nodes of the
     * same model by id.
     */
    @SuppressWarnings("unchecked")
    static void decode(EObject owner, EReference reference, String text, Function<String, EObject> resolveId) {
        Object json;
        try {
            json = JSON.readValue(text, ANY);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored value of " + reference.getName() + " is not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (reference.isMany()) {
            EList<EObject> list = (EList<EObject>) owner.eGet(reference);
            for (Object item : (List<Object>) json) {
                list.add(decodeObject((Map<String, Object>) item, reference, resolveId));
            }
        } else if (json != null) {
            owner.eSet(reference, decodeObject((Map<String, Object>) json, reference, resolveId));
        }
    }

    @SuppressWarnings("unchecked")
    private static EObject decodeObject(Map<String, Object> json, EReference reference, Function<String, EObject> resolveId) {
        String typeName = (String) json.get(GraphMapping.TYPE);
        EClass eClass = typeName == null ? reference.getEReferenceType() : NdafMetamodel.get().eClass(typeName);
        EObject value = EcoreUtil.create(eClass);
        for (Map.Entry<String, Object> entry : json.entrySet()) {
            if (entry.getKey().equals(GraphMapping.TYPE)) {
                continue;
            }
            var feature = eClass.getEStructuralFeature(entry.getKey());
            if (feature == null) {
                throw new IllegalStateException(eClass.getName() + " has no feature '" + entry.getKey() + "' (stored by a newer metamodel?)");
            }
            if (feature instanceof EAttribute attribute) {
                if (attribute.isMany()) {
                    List<Object> items = (List<Object>) value.eGet(attribute);
                    for (Object item : (List<Object>) entry.getValue()) {
                        items.add(EcoreUtil.createFromString(attribute.getEAttributeType(), (String) item));
                    }
                } else {
                    value.eSet(attribute, EcoreUtil.createFromString(attribute.getEAttributeType(), (String) entry.getValue()));
                }
            } else {
                EReference ref = (EReference) feature;
                if (GraphMapping.isEmbedded(ref)) {
                    if (ref.isMany()) {
                        List<EObject> items = (List<EObject>) value.eGet(ref);
                        for (Object item : (List<Object>) entry.getValue()) {
                            items.add(decodeObject((Map<String, Object>) item, ref, resolveId));
                        }
                    } else {
                        value.eSet(ref, decodeObject((Map<String, Object>) entry.getValue(), ref, resolveId));
                    }
                } else if (ref.isMany()) {
                    List<EObject> items = (List<EObject>) value.eGet(ref);
                    for (Object id : (List<Object>) entry.getValue()) {
                        items.add(resolveId.apply((String) id));
                    }
                } else {
                    value.eSet(ref, resolveId.apply((String) entry.getValue()));
                }
            }
        }
        return value;
    }
}
