package vn.ndaf.repository;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EcorePackage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.ndaf.metamodel.NdafMetamodel;
import vn.ndaf.repository.GraphWrites.ChangeRecord;
import vn.ndaf.repository.mapping.GraphMapping;
import vn.ndaf.repository.mapping.NodeState;

/**
 * The records of the history ({@code (:Change {before})}) and how a past state is rebuilt from them. A
 * record holds what the object was before the change, and no more than the change needs: a move holds only
 * the position (the object is otherwise unchanged), and an update leaves out the blobs (embedded images) it
 * did not change. What a record leaves out is what the next record of the same object, or the current object,
 * holds ({@link #stateAt}).
 */
final class History {

    /** The key a retype lists among the changed keys, with the old and new class as values. */
    static final String TYPE_KEY = "class";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, Set<String>> BLOBS = new ConcurrentHashMap<>();

    private History() {
    }

    /**
     * A recorded before-state: the object ({@code node}); whether the record holds only its position and
     * bookkeeping; which properties it leaves out.
     */
    record Before(StoredNode node, boolean positionOnly, Set<String> omitted) {
    }

    static String toJson(ChangeRecord change) {
        StoredNode node = change.before();
        // a root's uid has no '/': its containment lists are not history, they are rebuilt from the children's placements
        NodeState state = node.state().uid().contains("/") ? node.state() : Placement.withoutContainment(node.state());
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("type", state.type());
        json.put("version", node.version());
        json.put("createdRev", node.createdRev());
        json.put("rev", node.rev());
        if (node.placement() != null) {
            json.put("in", node.placement().in());
            json.put("idx", node.placement().idx());
        }
        if (change.operation().equals("moved")) {
            json.put("position", true);
        } else {
            Map<String, Object> props = new LinkedHashMap<>();
            List<String> omitted = new ArrayList<>();
            Set<String> blobs = blobs(state.type());
            state.props().forEach((key, value) -> {
                if (!change.operation().equals("deleted") && blobs.contains(key) && !change.changedKeys().contains(key)) {
                    omitted.add(key);
                } else {
                    props.put(key, value);
                }
            });
            json.put("props", props);
            json.put("refs", state.refs());
            if (!omitted.isEmpty()) {
                json.put("omitted", omitted);
            }
        }
        try {
            return JSON.writeValueAsString(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    static Before fromJson(String uid, String text) {
        try {
            Map<String, Object> json = JSON.readValue(text, Map.class);
            Map<String, Object> props = (Map<String, Object>) json.getOrDefault("props", Map.of());
            Map<String, List<String>> refs = (Map<String, List<String>>) json.getOrDefault("refs", Map.of());
            Object in = json.get("in");
            StoredNode node = new StoredNode(new NodeState(uid, (String) json.get("type"), props, refs), GraphReads.asLong(json.get("version")),
                    GraphReads.asLong(json.get("rev")), GraphReads.asLong(json.get("createdRev")),
                    in == null ? null : new Placement((String) in, GraphReads.asLong(json.get("idx"))));
            List<String> omitted = (List<String>) json.getOrDefault("omitted", List.of());
            return new Before(node, Boolean.TRUE.equals(json.get("position")), new HashSet<>(omitted));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored history of " + uid + " is not readable: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * The object as it was before the first change of {@code chain} (its records, oldest first): bookkeeping,
     * class and position from that record; properties and references from the first record that holds them,
     * each property it leaves out from the next record holding it or from {@code current} (null: deleted since).
     */
    static StoredNode stateAt(List<Before> chain, StoredNode current) {
        StoredNode first = chain.get(0).node();
        String uid = first.state().uid();
        int full = 0;
        while (full < chain.size() && chain.get(full).positionOnly()) {
            full++;
        }
        Map<String, Object> props;
        Map<String, List<String>> refs;
        if (full == chain.size()) {
            if (current == null) {
                throw new IllegalStateException("The history of " + uid + " records only moves, yet it is no longer stored");
            }
            props = current.state().props();
            refs = current.state().refs();
        } else {
            Before record = chain.get(full);
            props = new LinkedHashMap<>(record.node().state().props());
            refs = record.node().state().refs();
            for (String key : record.omitted()) {
                Object value = null;
                boolean found = false;
                for (int i = full + 1; i < chain.size() && !found; i++) {
                    Before later = chain.get(i);
                    if (!later.positionOnly() && !later.omitted().contains(key)) {
                        value = later.node().state().props().get(key);
                        found = true;
                    }
                }
                if (!found && current != null) {
                    value = current.state().props().get(key);
                }
                if (value != null) {
                    props.put(key, value);
                }
            }
        }
        return new StoredNode(new NodeState(uid, first.state().type(), props, refs), first.version(), first.rev(), first.createdRev(), first.placement());
    }

    /** The properties of a class that hold blobs: embedded values with bytes (images kept with a model). */
    static Set<String> blobs(String type) {
        return BLOBS.computeIfAbsent(type, t -> {
            Set<String> names = new HashSet<>();
            EClass eClass = NdafMetamodel.get().findEClass(t);
            if (eClass != null) {
                for (EReference reference : eClass.getEAllReferences()) {
                    if (GraphMapping.isEmbedded(reference) && holdsBytes(reference.getEReferenceType())) {
                        names.add(reference.getName());
                    }
                }
            }
            return Set.copyOf(names);
        });
    }

    private static boolean holdsBytes(EClass eClass) {
        for (EAttribute attribute : eClass.getEAllAttributes()) {
            if (attribute.getEAttributeType() == EcorePackage.Literals.EBYTE_ARRAY || attribute.getEAttributeType().getInstanceClass() == byte[].class) {
                return true;
            }
        }
        return false;
    }
}
