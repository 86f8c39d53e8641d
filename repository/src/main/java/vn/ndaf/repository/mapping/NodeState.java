package vn.ndaf.repository.mapping;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The stored state of one node: its uid, its metamodel class, its properties (attributes and embedded
 * values, without ndaf's bookkeeping) and its outgoing relationships by type, each an ordered list of
 * target uids. Two states are equal exactly when storing one over the other would change nothing.
 */
public record NodeState(String uid, String type, Map<String, Object> props, Map<String, List<String>> refs) {

    public NodeState {
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(type, "type");
        props = Map.copyOf(props);
        refs = Map.copyOf(refs);
    }

    public String id() {
        return (String) props.get("id");
    }

    public String name() {
        Object name = props.get("name");
        return name == null ? null : name.toString();
    }

    /** The names of properties and relationship types whose values differ from {@code other}. */
    public List<String> changedKeys(NodeState other) {
        java.util.TreeSet<String> keys = new java.util.TreeSet<>();
        java.util.Set<String> all = new java.util.HashSet<>(props.keySet());
        all.addAll(other.props.keySet());
        for (String k : all) {
            if (!PropertyValues.same(props.get(k), other.props.get(k))) {
                keys.add(k);
            }
        }
        java.util.Set<String> types = new java.util.HashSet<>(refs.keySet());
        types.addAll(other.refs.keySet());
        for (String t : types) {
            if (!Objects.equals(refs.getOrDefault(t, List.of()), other.refs.getOrDefault(t, List.of()))) {
                keys.add(t);
            }
        }
        return List.copyOf(keys);
    }
}
