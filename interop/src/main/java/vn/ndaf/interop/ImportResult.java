package vn.ndaf.interop;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;

/**
 * What an import produced: the architecture (not yet stored), what it could not keep as is, and the format
 * it detected.
 */
public record ImportResult(EObject architecture, List<ImportWarning> warnings, Format format) {

    public ImportResult {
        warnings = List.copyOf(warnings);
    }

    /** The number of warnings of each kind, most frequent first (ties by kind). */
    public Map<String, Integer> warningCounts() {
        return countByKind(warnings);
    }

    /** The number of warnings of each kind, most frequent first (ties by kind). */
    public static Map<String, Integer> countByKind(List<ImportWarning> warnings) {
        Map<String, Integer> counts = warnings.stream().collect(Collectors.toMap(ImportWarning::kind, w -> 1, Integer::sum));
        return counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
    }

    /** The counts as one phrase, e.g. {@code 3 relationship.invalid, 1 viewpoint.unknown}; empty when there are none. */
    public static String summary(Map<String, Integer> counts) {
        return counts.entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", "));
    }
}
