package vn.ndaf.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import vn.ndaf.repository.FindingStore;
import vn.ndaf.repository.NotFoundException;
import vn.ndaf.repository.WriteListener;

/**
 * Keeps the stored findings of every architecture up to date: told of each committed write (a
 * {@link WriteListener} of the repository and of object edits), it checks that architecture again and
 * replaces its findings and readiness in the store, in a transaction of its own after the write's. Stored
 * findings carry the default severities; readers apply a profile.
 * <p>
 * Made with {@link #inBackground}, the check runs off the write's path (ADR 0024): the write returns once
 * it is committed, the architecture is queued (several writes to it before its check starts are checked
 * once), one background thread checks the queued architectures one after the other, and every read of the
 * {@link FindingStore} first waits until no refresh is queued or running, so a reader never sees findings
 * older than the writes committed before its read. Without it (the default) each write is checked before
 * the write returns.
 */
public final class LiveFindings implements WriteListener, AutoCloseable {

    private static final System.Logger LOG = System.getLogger(LiveFindings.class.getName());
    private static final String THREAD = "ndaf-live-findings";

    private final StoreChecker checker;
    private final FindingStore store;
    /** Refreshes in the background, or null: in the writer's thread. */
    private final ExecutorService background;
    /** Architectures written and not yet checked again, in the order they were written. */
    private final Set<String> pending = new LinkedHashSet<>();
    /** Whether the background thread is checking one now. */
    private boolean running;
    /** One refresh at a time, so that an older check never replaces a newer one's findings. */
    private final Object refreshing = new Object();

    public LiveFindings(StoreChecker checker, FindingStore store) {
        this(checker, store, false);
    }

    private LiveFindings(StoreChecker checker, FindingStore store, boolean inBackground) {
        this.checker = checker;
        this.store = store;
        if (inBackground) {
            this.background = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, THREAD);
                t.setDaemon(true);
                return t;
            });
            store.beforeEachRead(this::awaitRefreshed);
        } else {
            this.background = null;
        }
    }

    /** Live findings refreshed off the writes' path; reads of {@code store} wait for the refreshes queued before them. */
    public static LiveFindings inBackground(StoreChecker checker, FindingStore store) {
        return new LiveFindings(checker, store, true);
    }

    @Override
    public void written(String architectureId) {
        if (background == null) {
            refreshQuietly(architectureId);
            return;
        }
        synchronized (pending) {
            if (!pending.add(architectureId) || running) {
                // already queued (its check has not started: it will see this write), or the thread will take it next
                return;
            }
            running = true;
        }
        background.execute(this::drain);
    }

    /** The background thread: checks queued architectures until none is left. */
    private void drain() {
        boolean done = false;
        try {
            while (true) {
                String next;
                synchronized (pending) {
                    if (pending.isEmpty()) {
                        running = false;
                        pending.notifyAll();
                        done = true;
                        return;
                    }
                    var it = pending.iterator();
                    next = it.next();
                    it.remove();
                }
                refreshQuietly(next);
            }
        } finally {
            if (!done) {
                // an Error ended the thread's work: readers must not wait for it forever
                synchronized (pending) {
                    pending.clear();
                    running = false;
                    pending.notifyAll();
                }
            }
        }
    }

    private void refreshQuietly(String architectureId) {
        try {
            refresh(architectureId);
        } catch (RuntimeException e) {
            // the write stands; its findings are refreshed by the next write or check
            LOG.log(System.Logger.Level.WARNING, "Could not refresh the findings of architecture " + architectureId + ": " + e.getMessage());
        }
    }

    /**
     * Waits until every refresh queued so far is done (at once when refreshes run in the writers' threads).
     * Reads of the finding store call it first.
     */
    public void awaitRefreshed() {
        if (background == null || Thread.currentThread().getName().equals(THREAD)) {
            // the refreshing thread itself never waits for its own queue
            return;
        }
        synchronized (pending) {
            while (running || !pending.isEmpty()) {
                try {
                    pending.wait();
                } catch (InterruptedException e) {
                    // the reader was stopped (its request timed out): it stops waiting and keeps the interruption
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** Checks the architecture and stores its findings; returns them. An architecture that is not stored (any more) loses its findings. */
    public List<Finding> refresh(String architectureId) {
        synchronized (refreshing) {
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

    /** Finishes the queued refreshes and stops the background thread. */
    @Override
    public void close() {
        if (background != null) {
            awaitRefreshed();
            background.shutdown();
            try {
                background.awaitTermination(1, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
