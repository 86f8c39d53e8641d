package vn.ndaf.repository;

import java.util.Map;

import org.eclipse.emf.ecore.EObject;

import vn.ndaf.repository.mapping.NodeState;

/**
 * A model as loaded from the store: the EMF root, the revision it reflects, and a snapshot of the node
 * states and versions it was built from. Saving an edited model is checked against this snapshot, so
 * concurrent edits to the same objects are detected instead of silently overwritten.
 *
 * @param uid      the store's id of the model (the architecture id)
 * @param root     the model
 * @param revision the architecture revision the model reflects
 * @param states   node states at load time, by uid
 * @param versions node versions at load time, by uid
 */
public record LoadedModel(String uid, EObject root, long revision, Map<String, NodeState> states, Map<String, Long> versions) {

    public LoadedModel {
        states = Map.copyOf(states);
        versions = Map.copyOf(versions);
    }
}
