package vn.ndaf.repository;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

class PositionsTest {

    private static Long[] dense(int n, long gap) {
        Long[] values = new Long[n];
        for (int i = 0; i < n; i++) {
            values[i] = i * gap;
        }
        return values;
    }

    private static int changed(Long[] before, long[] after) {
        int changed = 0;
        for (int i = 0; i < before.length; i++) {
            if (before[i] != null && before[i] != after[i]) {
                changed++;
            }
        }
        return changed;
    }

    private static void assertIncreasing(long[] positions) {
        for (int i = 1; i < positions.length; i++) {
            assertThat(positions[i]).as("position %d", i).isGreaterThan(positions[i - 1]);
        }
    }

    @Test
    void insertingOneObject_KeepsEveryOtherPosition() {
        Long[] stored = dense(1000, Positions.GAP);
        Long[] withInsert = new Long[1001];
        System.arraycopy(stored, 0, withInsert, 0, 500);
        System.arraycopy(stored, 500, withInsert, 501, 500);
        long[] result = Positions.positions(withInsert, Set.of());
        assertIncreasing(result);
        assertThat(changed(withInsert, result)).isZero();
    }

    @Test
    void movingOneObject_ChangesThatObjectOnly() {
        Long[] stored = dense(100, Positions.GAP);
        List<Long> order = new ArrayList<>(List.of(stored));
        Long last = order.remove(99);
        order.add(3, last);
        Long[] moved = order.toArray(Long[]::new);
        long[] result = Positions.positions(moved, Set.of());
        assertIncreasing(result);
        assertThat(changed(moved, result)).isEqualTo(1);
    }

    @Test
    void repeatedInsertsAtOnePlace_StayInOrder_AndRespaceOnlyAFewNeighbours() {
        List<Long> order = new ArrayList<>(List.of(dense(200, Positions.GAP)));
        int moves = 0;
        for (int round = 0; round < 100; round++) {
            order.add(100, null);
            Long[] current = order.toArray(Long[]::new);
            long[] result = Positions.positions(current, Set.of());
            assertIncreasing(result);
            moves += changed(current, result);
            order = new ArrayList<>();
            for (long p : result) {
                order.add(p);
            }
        }
        assertThat(moves).as("objects moved to make room over 100 inserts").isLessThan(400);
    }

    @Test
    void denseOldPositions_AndDuplicates_AreSpacedOutOnce_ThenInsertsThereMoveNothing() {
        Long[] legacy = { 0L, 1L, 2L, 2L, 3L, 4L, null };
        long[] first = Positions.positions(legacy, Set.of());
        assertIncreasing(first);
        Long[] again = new Long[first.length + 1];
        for (int i = 0, j = 0; i < again.length; i++) {
            again[i] = i == 3 ? null : first[j++];
        }
        long[] second = Positions.positions(again, Set.of());
        assertIncreasing(second);
        assertThat(changed(again, second)).isZero();
    }

    @Test
    void randomEdits_AlwaysGiveStrictlyIncreasingPositions() {
        Random random = new Random(42);
        List<Long> order = new ArrayList<>();
        for (int step = 0; step < 500; step++) {
            int op = random.nextInt(3);
            if (op == 0 || order.isEmpty()) {
                order.add(random.nextInt(order.size() + 1), null);
            } else if (op == 1) {
                order.remove(random.nextInt(order.size()));
            } else {
                Long item = order.remove(random.nextInt(order.size()));
                order.add(random.nextInt(order.size() + 1), item);
            }
            long[] result = Positions.positions(order.toArray(Long[]::new), Set.of());
            assertIncreasing(result);
            order = new ArrayList<>();
            for (long p : result) {
                order.add(p);
            }
        }
    }
}
