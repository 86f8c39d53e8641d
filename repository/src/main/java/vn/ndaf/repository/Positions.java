package vn.ndaf.repository;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;

import vn.ndaf.metamodel.NdafMetamodel;
import vn.ndaf.repository.mapping.GraphMapping;
import vn.ndaf.repository.mapping.NodeState;

/**
 * The positions ({@code _idx}) of what the root contains directly. A position is a sort key, not an index:
 * a list is its members ordered by position (then uid), and positions are spaced {@link #GAP} apart when
 * written, so inserting, deleting or moving one object writes that object only. A write keeps the position of
 * every stored object whose order relative to the others it keeps (the longest run of stored objects already
 * in increasing order), and gives new positions to the rest, between their neighbours. Only where the
 * neighbours leave no room are a few of them spaced out again, which then is a move of those.
 */
final class Positions {

    /** The spacing of positions written afresh: room for 16 halvings between two neighbours. */
    static final long GAP = 1L << 16;

    private Positions() {
    }

    /**
     * The placement of every object listed in {@code root}'s containment lists, keeping stored positions
     * ({@code stored}: the objects as stored now, under the write's lock) where the order allows.
     */
    static Map<String, Placement> assign(NodeState root, Map<String, StoredNode> stored) {
        Map<String, Placement> result = new HashMap<>();
        if (root == null) {
            return result;
        }
        EClass eClass = NdafMetamodel.get().eClass(root.type());
        root.refs().forEach((in, order) -> {
            if (!GraphMapping.isContainment(eClass, in)) {
                return;
            }
            Long[] current = new Long[order.size()];
            Set<String> listed = new HashSet<>(order);
            Set<Long> occupied = new HashSet<>();
            for (int i = 0; i < order.size(); i++) {
                StoredNode node = stored.get(order.get(i));
                current[i] = node != null && node.placement() != null && node.placement().in().equals(in) ? node.placement().idx() : null;
            }
            // objects of this list stored by others since the writer's base keep their places; avoid landing on them
            stored.forEach((uid, node) -> {
                if (!listed.contains(uid) && node.placement() != null && node.placement().in().equals(in)) {
                    occupied.add(node.placement().idx());
                }
            });
            long[] positions = positions(current, occupied);
            for (int i = 0; i < order.size(); i++) {
                result.put(order.get(i), new Placement(in, positions[i]));
            }
        });
        return result;
    }

    /**
     * New positions for a list whose members had the positions {@code current} (null: not in the list
     * before): the longest increasing run keeps its positions, the others get positions between them.
     */
    static long[] positions(Long[] current, Set<Long> occupied) {
        int n = current.length;
        boolean[] keep = longestIncreasing(current);
        long[] result = new long[n];
        int i = 0;
        while (i < n) {
            if (keep[i]) {
                result[i] = current[i];
                i++;
                continue;
            }
            int start = i;
            int end = i;
            while (end < n && !keep[end]) {
                end++;
            }
            // widen the run over kept neighbours until there is room: spacing of at least GAP / 64, or an open end
            while (true) {
                Long lo = start > 0 ? result[start - 1] : null;
                Long hi = end < n ? current[end] : null;
                if (lo == null || hi == null || (hi - lo) / (end - start + 1) >= Math.max(1, room(end - start))) {
                    break;
                }
                if (start > 0) {
                    start--;
                }
                if (end < n) {
                    keep[end] = false;
                    end++;
                    while (end < n && !keep[end]) {
                        end++;
                    }
                }
            }
            fill(result, start, end, start > 0 ? result[start - 1] : null, end < n ? current[end] : null, occupied);
            i = end;
        }
        return result;
    }

    /** The spacing a widened run asks for: generous, so that the next inserts there fit without widening again. */
    private static long room(int count) {
        return count <= 1 ? 1 : GAP / 64;
    }

    private static void fill(long[] result, int start, int end, Long lo, Long hi, Set<Long> occupied) {
        int k = end - start;
        for (int j = 0; j < k; j++) {
            long value;
            if (lo == null && hi == null) {
                value = j * GAP;
            } else if (lo == null) {
                value = hi - (k - j) * GAP;
            } else if (hi == null) {
                value = lo + (j + 1) * GAP;
            } else {
                long step = (hi - lo) / (k + 1);
                value = lo + (j + 1) * step;
            }
            long limit = hi == null ? Long.MAX_VALUE : hi;
            while (occupied.contains(value) && value + 1 < limit) {
                value++;
            }
            result[start + j] = value;
        }
    }

    /** Which entries form the longest strictly increasing run of the non-null values (patience sorting). */
    static boolean[] longestIncreasing(Long[] values) {
        int n = values.length;
        int[] tails = new int[n];
        int[] previous = new int[n];
        Arrays.fill(previous, -1);
        int length = 0;
        for (int i = 0; i < n; i++) {
            if (values[i] == null) {
                continue;
            }
            long v = values[i];
            int lo = 0;
            int hi = length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (values[tails[mid]] < v) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            previous[i] = lo > 0 ? tails[lo - 1] : -1;
            tails[lo] = i;
            if (lo == length) {
                length++;
            }
        }
        boolean[] keep = new boolean[n];
        for (int i = length == 0 ? -1 : tails[length - 1]; i >= 0; i = previous[i]) {
            keep[i] = true;
        }
        return keep;
    }

    /** The members of one list in order: by position, then uid (two writers may once have given the same position). */
    static List<String> ordered(Map<String, Long> positions) {
        return positions.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).toList();
    }
}
