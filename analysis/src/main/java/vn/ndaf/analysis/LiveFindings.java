package vn.ndaf.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.ndaf.repository.FindingStore;
import vn.ndaf.repository.NotFoundException;
import vn.ndaf.repository.WriteListener;

/**
 * Keeps the stored findings of every architecture up to date: told of each committed write (a
 * {@link WriteListener} of the repository and of object edits), it checks that architecture again and
 * replaces its findings and readiness in the store, in a transaction of its own after the write's. Stored
 * findings carry the default severities; readers apply a profile.
 */
public final class LiveFindings implements WriteListener {

    private static final System.Logger LOG = System.getLogger(LiveFindings.class.getName());

    private final StoreChecker checker;
    private final FindingStore store;

    public LiveFindings(StoreChecker checker, FindingStore store) {
        this.checker = checker;
        this.store = store;
    }

    @Override
    public void written(String architectureId) {
        try {
            refresh(architectureId);
        } catch (RuntimeException e) {
            // the write stands; its findings are refreshed by the next write or check
            LOG.log(System.Logger.Level.WARNING, "Could not refresh the findings of architecture " + architectureId + ": " + e.getMessage());
        }
    }

    /** Checks the architecture and stores its findings; returns them. An architecture that is not stored (any more) loses its findings. */
    public List<Finding> refresh(String architectureId) {
        StoreChecker.Checked checked;
        try {
            checked = checker.checkForStore(architectureId);
        } catch (NotFoundException e) {
            store.remove(architectureId);
            return List.of();
        }
        store(checked);
        return checked.findings();
    }

    /** Stores what a check found. */
    public void store(StoreChecker.Checked checked) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Finding f : checked.findings()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("rule", f.rule());
            row.put("severity", f.severity().name());
            row.put("body", f.body());
            row.put("id", f.id());
            row.put("name", f.name());
            row.put("message", f.message());
            rows.add(row);
        }
        Map<String, Object> summary = new LinkedHashMap<>(checked.readiness().asMap());
        summary.put("body", checked.body());
        Map<Severity, Integer> counts = Checker.counts(checked.findings());
        counts.forEach((s, n) -> summary.put(s.name().toLowerCase(java.util.Locale.ROOT) + "s", n));
        store.replace(checked.architecture(), rows, summary);
    }
}
