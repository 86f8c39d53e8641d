package vn.ndaf.repository;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;

import vn.ndaf.metamodel.NdafMetamodel;
import vn.ndaf.repository.mapping.GraphMapping;
import vn.ndaf.repository.mapping.NodeState;

/**
 * Where an object the root contains directly sits: the containment list (given by its class) and position
 * ({@code _idx}, a sort key: {@link Positions}). The root's containment lists are not stored on the root:
 * they are rebuilt from these. {@link #of} gives list indexes, for comparing the order of two states.
 */
record Placement(String in, long idx) {

    /** The placements of the root's direct children, by uid. */
    static Map<String, Placement> of(NodeState root) {
        Map<String, Placement> placements = new HashMap<>();
        if (root == null) {
            return placements;
        }
        EClass eClass = NdafMetamodel.get().eClass(root.type());
        root.refs().forEach((type, children) -> {
            if (GraphMapping.isContainment(eClass, type)) {
                for (int i = 0; i < children.size(); i++) {
                    placements.put(children.get(i), new Placement(type, i));
                }
            }
        });
        return placements;
    }

    /** The root's state without its containment lists (what is stored on the root itself). */
    static NodeState withoutContainment(NodeState root) {
        EClass eClass = NdafMetamodel.get().eClass(root.type());
        Map<String, List<String>> refs = new LinkedHashMap<>();
        root.refs().forEach((type, targets) -> {
            if (!GraphMapping.isContainment(eClass, type)) {
                refs.put(type, targets);
            }
        });
        return new NodeState(root.uid(), root.type(), root.props(), refs);
    }

    /** The root's state with its containment lists rebuilt from the placements of {@code objects}. */
    static NodeState withContainment(NodeState root, Collection<StoredNode> objects) {
        Map<String, Map<String, Long>> lists = new HashMap<>();
        for (StoredNode o : objects) {
            if (o.placement() != null) {
                lists.computeIfAbsent(o.placement().in(), k -> new HashMap<>()).put(o.state().uid(), o.placement().idx());
            }
        }
        Map<String, List<String>> refs = new LinkedHashMap<>(withoutContainment(root).refs());
        lists.forEach((type, members) -> refs.put(type, Positions.ordered(members)));
        return new NodeState(root.uid(), root.type(), root.props(), refs);
    }
}
