package vn.ndaf.repository;

import vn.ndaf.repository.mapping.NodeState;

/** A node as read in a transaction: its state and ndaf's bookkeeping. */
record StoredNode(NodeState state, long version, long rev, long createdRev) {
}
