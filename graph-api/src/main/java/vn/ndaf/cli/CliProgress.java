package vn.ndaf.cli;

import java.io.PrintWriter;
import java.util.Locale;

import vn.ndaf.interop.ImportProgress;
import vn.ndaf.repository.ArchitectureRepository;
import vn.ndaf.repository.ProgressListener;

/**
 * Progress of a long import on stderr: bytes read, objects created, nodes stored; at most about one line a
 * second per phase, so the output stays readable. Used for inputs over {@value #THRESHOLD_MB} MB.
 */
final class CliProgress implements ImportProgress, ProgressListener {

    static final int THRESHOLD_MB = 2;
    private static final long INTERVAL_NANOS = 1_000_000_000L;

    private final PrintWriter err;
    private long lastReport;
    private String lastPhase = "";

    CliProgress(PrintWriter err) {
        this.err = err;
    }

    static boolean wanted(long bytes) {
        return bytes > THRESHOLD_MB * 1024L * 1024L;
    }

    @Override
    public void bytesRead(long done, long total) {
        report("reading", String.format(Locale.ROOT, "%.1f of %.1f MB read", done / 1048576.0, total / 1048576.0), done >= total);
    }

    @Override
    public void objectsCreated(long count) {
        report("building", count + " objects created", false);
    }

    @Override
    public void progress(String phase, long done, long total) {
        if (ArchitectureRepository.COMMITTING.equals(phase)) {
            report(phase, "committing (all or nothing; a large import takes a while here)", true);
            return;
        }
        report(phase, done + " of " + total + " " + phase, done >= total);
    }

    private synchronized void report(String phase, String text, boolean last) {
        long now = System.nanoTime();
        if (!last && phase.equals(lastPhase) && now - lastReport < INTERVAL_NANOS) {
            return;
        }
        lastPhase = phase;
        lastReport = now;
        err.println("ndaf import: " + text);
        err.flush();
    }
}
