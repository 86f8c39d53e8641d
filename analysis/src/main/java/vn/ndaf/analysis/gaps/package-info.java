/**
 * Gap analysis (docs/gaps.md): gap matrices between plateaus and states of architectures, coverage of the
 * framework's required blocks and platforms over a set of bodies, unsynchronised and unassessed databases,
 * duplicated and overlapping systems, late plan tasks. Nation-wide analyses read through the repository's
 * {@code GapQueries}, never by loading every model.
 */
package vn.ndaf.analysis.gaps;
