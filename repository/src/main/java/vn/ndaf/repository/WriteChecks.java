package vn.ndaf.repository;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

import vn.ndaf.metamodel.NdafMetamodel;
import vn.ndaf.metamodel.validation.ModelValidator;
import vn.ndaf.metamodel.validation.Problem;
import vn.ndaf.repository.mapping.GraphMapping;
import vn.ndaf.repository.mapping.GraphToModel;
import vn.ndaf.repository.mapping.GraphToModel.ForeignNode;
import vn.ndaf.repository.mapping.NodeState;

/**
 * The invariants every write keeps (docs/graph-model.md): the metamodel's invariants are run on what the
 * write stores. A broken invariant the metamodel does not tolerate ({@code Invariant#tolerated}) refuses the
 * write before anything is stored, naming object, rule and value; a tolerated one (what Archi itself
 * accepts in a model) is stored and returned as a warning.
 */
final class WriteChecks {

    /** At most this many problems are spelled out in one message or warning list. */
    static final int SHOWN = 50;

    private WriteChecks() {
    }

    /** The warnings of a write that may go ahead. */
    record Outcome(List<String> warnings) {
    }

    /**
     * Checks the model {@code root} about to be stored as {@code rootUid}. Only problems on objects in
     * {@code touched} count (null: all of them, as for a new model): what the write creates or changes and
     * what is next to it; an older problem elsewhere in the model is not this write's doing and does not stop it.
     */
    static Outcome check(EObject root, String rootUid, Set<String> touched) {
        List<Problem> problems = ModelValidator.get().invariants(root);
        List<String> refusals = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (Problem p : problems) {
            if (touched != null && !touched.contains(uidOf(p.object(), root, rootUid))) {
                continue;
            }
            (ModelValidator.tolerated(p) ? warnings : refusals).add(line(p));
        }
        refuse(refusals);
        return new Outcome(shown(warnings));
    }

    /**
     * Checks a single-object edit: {@code before} and {@code after} are the same small model (the object
     * and what it refers to and what refers to it) before and after the edit. Problems the edit brings
     * refuse it or are warned of; those already there are not its doing.
     */
    static Outcome checkEdit(EObject before, EObject after, String rootUid) {
        Set<String> existing = new HashSet<>();
        for (Problem p : ModelValidator.get().invariants(before)) {
            existing.add(p.rule() + " " + uidOf(p.object(), before, rootUid));
        }
        List<String> refusals = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (Problem p : ModelValidator.get().invariants(after)) {
            if (existing.contains(p.rule() + " " + uidOf(p.object(), after, rootUid))) {
                continue;
            }
            (ModelValidator.tolerated(p) ? warnings : refusals).add(line(p));
        }
        refuse(refusals);
        return new Outcome(shown(warnings));
    }

    private static void refuse(List<String> refusals) {
        if (refusals.isEmpty()) {
            return;
        }
        throw new InvalidModelException("Nothing was written: the model breaks " + (refusals.size() == 1 ? "a rule" : refusals.size() + " rules")
                + " of the metamodel:\n  " + String.join("\n  ", shown(refusals)), refusals);
    }

    private static List<String> shown(List<String> lines) {
        if (lines.size() <= SHOWN) {
            return lines;
        }
        List<String> shown = new ArrayList<>(lines.subList(0, SHOWN));
        shown.add("... and " + (lines.size() - SHOWN) + " more");
        return shown;
    }

    private static String line(Problem p) {
        return "[" + p.rule() + "] " + p.message();
    }

    private static String uidOf(EObject object, EObject root, String rootUid) {
        if (object == null || object == root) {
            return rootUid;
        }
        return rootUid + "/" + EcoreUtil.getID(object);
    }

    /**
     * The objects a whole-model write answers for: those it creates or changes, those they refer to, and
     * those that refer to them (a province turned into a commune breaks the rule on its communes).
     */
    static Set<String> touched(ModelDiff diff, Map<String, NodeState> next, Map<String, NodeState> base) {
        Set<String> changed = new HashSet<>(diff.created());
        changed.addAll(diff.updated());
        Set<String> touched = new HashSet<>(changed);
        for (NodeState state : next.values()) {
            boolean isChanged = changed.contains(state.uid());
            for (List<String> targets : state.refs().values()) {
                for (String target : targets) {
                    if (isChanged) {
                        touched.add(target);
                    } else if (changed.contains(target) || diff.deleted().contains(target)) {
                        touched.add(state.uid());
                    }
                }
            }
        }
        return touched;
    }

    /**
     * A small model for checking an edit: the root (with only the included objects in its lists) and the
     * objects of {@code states}; references to anything else become proxies, which invariants skip.
     * Embedded values are left out: no invariant reads them, and they may refer to objects not included.
     */
    static EObject smallModel(String rootUid, NodeState root, Map<String, StoredNode> objects, Map<String, ForeignNode> foreign) {
        Map<String, NodeState> states = new HashMap<>();
        List<StoredNode> children = new ArrayList<>();
        for (StoredNode o : objects.values()) {
            if (!o.state().uid().equals(rootUid)) {
                states.put(o.state().uid(), attributesOnly(o.state()));
                children.add(o);
            }
        }
        NodeState rootState = objects.containsKey(rootUid) ? objects.get(rootUid).state() : root;
        states.put(rootUid, attributesOnly(Placement.withContainment(rootState, children)));
        Map<String, ForeignNode> all = new HashMap<>(foreign);
        return GraphToModel.toModel(rootUid, states, all);
    }

    private static NodeState attributesOnly(NodeState state) {
        EClass eClass = NdafMetamodel.get().eClass(state.type());
        Map<String, Object> props = new HashMap<>();
        state.props().forEach((k, v) -> {
            if (eClass.getEStructuralFeature(k) instanceof EAttribute) {
                props.put(k, v);
            }
        });
        Map<String, List<String>> refs = new HashMap<>();
        state.refs().forEach((type, targets) -> {
            if (GraphMapping.referenceForEdge(eClass, type) != null) {
                refs.put(type, targets);
            }
        });
        return new NodeState(state.uid(), state.type(), props, refs);
    }
}
