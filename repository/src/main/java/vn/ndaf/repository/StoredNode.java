package vn.ndaf.repository;

/**
 * An object as read in a transaction (a node or a relationship edge): its state, ndaf's bookkeeping, and
 * its place in the root's containment lists when the root contains it directly.
 */
record StoredNode(vn.ndaf.repository.mapping.NodeState state, long version, long rev, long createdRev, Placement placement) {
}
