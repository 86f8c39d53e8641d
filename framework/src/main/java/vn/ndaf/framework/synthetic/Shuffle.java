package vn.ndaf.framework.synthetic;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Seeded shuffling and seed mixing: the same seed always gives the same order. */
final class Shuffle {

    private Shuffle() {
    }

    static <T> List<T> shuffled(List<T> items, SplittableRandom random) {
        List<T> copy = new ArrayList<>(items);
        for (int i = copy.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            T tmp = copy.get(i);
            copy.set(i, copy.get(j));
            copy.set(j, tmp);
        }
        return copy;
    }

    /** A seed for one body, independent of the order bodies are generated in: the run's seed mixed with the code's FNV-1a hash. */
    static long bodySeed(long seed, String code) {
        long hash = 0xcbf29ce484222325L;
        for (char c : code.toCharArray()) {
            hash ^= c;
            hash *= 0x100000001b3L;
        }
        return seed * 0x9E3779B97F4A7C15L + hash;
    }
}
