package vn.ndaf.framework.synthetic;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What a generation produced: totals, the planted deviations (every one, with body, architecture key and
 * element) and their counts per kind, and a fingerprint of all generated models (same scale, seed and data
 * give the same fingerprint).
 */
public record GenerationReport(double scale, long seed, String profileVersion, String referenceVersion, int architectures, long elements,
        long relationships, List<PlantedDeviation> deviations, String digest) {

    public GenerationReport {
        deviations = List.copyOf(deviations);
    }

    /** The number of planted deviations of each kind, every kind listed. */
    public Map<DeviationKind, Integer> counts() {
        Map<DeviationKind, Integer> counts = new EnumMap<>(DeviationKind.class);
        for (DeviationKind kind : DeviationKind.values()) {
            counts.put(kind, 0);
        }
        deviations.forEach(d -> counts.merge(d.kind(), 1, Integer::sum));
        return counts;
    }

    public int count(DeviationKind kind) {
        return counts().get(kind);
    }

    public List<PlantedDeviation> of(DeviationKind kind) {
        return deviations.stream().filter(d -> d.kind() == kind).toList();
    }

    /** A few lines for people: totals, then the count of each kind. */
    public List<String> summary() {
        List<String> lines = new ArrayList<>();
        lines.add("scale " + scale + ", seed " + seed + ": " + architectures + " architectures, " + elements + " elements, " + relationships + " relationships");
        counts().forEach((kind, n) -> lines.add("planted " + kind.key() + ": " + n));
        lines.add("fingerprint " + digest);
        return lines;
    }
}
