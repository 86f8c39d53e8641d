package vn.ndaf.repository;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.emf.ecore.EClass;

import vn.ndaf.metamodel.NdafMetamodel;
import vn.ndaf.repository.mapping.GraphMapping;
import vn.ndaf.repository.mapping.NodeState;

/**
 * How one object's state is laid out in Neo4j (docs/graph-model.md): as a node or as a relationship
 * between two nodes, which references become relationships and which stay in the {@code _refs} property.
 * Containment lists of the root are neither: their members carry {@code _in}/{@code _idx}.
 */
record Physical(boolean edge, String source, String target, Map<String, List<String>> graphRefs, Map<String, List<String>> inlineRefs) {

    static final String SOURCE = "SOURCE";
    static final String TARGET = "TARGET";

    /**
     * The layout of {@code state}; {@code typeOf} gives the metamodel type of any uid it refers to;
     * {@code isRoot} tells whether the state is the model's root.
     */
    static Physical of(NodeState state, Function<String, String> typeOf, boolean isRoot) {
        EClass eClass = NdafMetamodel.get().eClass(state.type());
        Map<String, List<String>> graph = new LinkedHashMap<>();
        Map<String, List<String>> inline = new LinkedHashMap<>();
        boolean edge = isEdge(state, typeOf);
        state.refs().forEach((type, targets) -> {
            if (isRoot && GraphMapping.isContainment(eClass, type)) {
                return;
            }
            if (edge) {
                if (!type.equals(SOURCE) && !type.equals(TARGET)) {
                    inline.put(type, targets);
                }
            } else if (targets.stream().anyMatch(t -> GraphMapping.isRelationship(typeOf.apply(t)))) {
                inline.put(type, targets);
            } else {
                graph.put(type, targets);
            }
        });
        return new Physical(edge, edge ? first(state, SOURCE) : null, edge ? first(state, TARGET) : null, graph, inline);
    }

    /** An ArchiMate relationship is a Neo4j relationship when neither of its ends is a relationship. */
    static boolean isEdge(NodeState state, Function<String, String> typeOf) {
        if (!GraphMapping.isRelationship(state.type())) {
            return false;
        }
        String source = first(state, SOURCE);
        String target = first(state, TARGET);
        return source != null && target != null && !GraphMapping.isRelationship(typeOf.apply(source))
                && !GraphMapping.isRelationship(typeOf.apply(target));
    }

    private static String first(NodeState state, String type) {
        List<String> targets = state.refs().get(type);
        return targets == null || targets.isEmpty() ? null : targets.get(0);
    }

    /** The Neo4j relationship type of an edge-stored ArchiMate relationship. */
    static String edgeType(NodeState state) {
        return GraphMapping.relationshipEdgeType(state.type());
    }
}
