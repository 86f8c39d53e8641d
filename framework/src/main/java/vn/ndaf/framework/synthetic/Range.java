package vn.ndaf.framework.synthetic;

import java.util.SplittableRandom;

/** A [min, max] count drawn uniformly; {@link #scaled(double)} multiplies both ends for scales above 1. */
public record Range(int min, int max) {

    public Range {
        if (min < 0 || max < min) {
            throw new IllegalArgumentException("A range needs 0 <= min <= max, not [" + min + ", " + max + "]");
        }
    }

    public int draw(SplittableRandom random) {
        return min == max ? min : min + random.nextInt(max - min + 1);
    }

    public Range scaled(double factor) {
        return factor <= 1 ? this : new Range((int) Math.round(min * factor), (int) Math.round(max * factor));
    }

    public double mean() {
        return (min + max) / 2.0;
    }
}
