package vn.ndaf.analysis.gaps;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.ndaf.repository.ArchitectureRepository;
import vn.ndaf.repository.ArchitectureSummary;

/** The stored architectures by id and by body, read once per analysis. */
final class Architectures {

    private final Map<String, ArchitectureSummary> byId = new LinkedHashMap<>();
    private final Map<String, List<ArchitectureSummary>> byBody = new LinkedHashMap<>();

    Architectures(ArchitectureRepository repository) {
        for (ArchitectureSummary a : repository.list(null)) {
            byId.put(a.uid(), a);
            if (a.bodyCode() != null) {
                byBody.computeIfAbsent(a.bodyCode(), k -> new ArrayList<>()).add(a);
            }
        }
    }

    /** The body code of an architecture, or null when it names none or is not stored. */
    String body(String architecture) {
        ArchitectureSummary a = byId.get(architecture);
        return a == null ? null : a.bodyCode();
    }

    boolean contains(String architecture) {
        return byId.containsKey(architecture);
    }

    List<ArchitectureSummary> ofBody(String code) {
        return byBody.getOrDefault(code, List.of());
    }
}
