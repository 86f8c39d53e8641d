package vn.ndaf.repository.store;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * Where a command's time goes, printed on stderr when the environment variable {@value #ENV} is set (to
 * anything but {@code 0}): one line per phase, with the milliseconds since the process started (the JVM's
 * own start included) and since the previous phase, and the CPU time the process has used so far (on a busy
 * machine the clearer measure of what a change saves). Off, it costs one check of a final field.
 */
public final class StartupTiming {

    public static final String ENV = "NDAF_TIMING";

    private static final boolean ON = on(System.getenv(ENV));
    private static final Instant PROCESS_START = ON ? processStart() : null;
    private static long previous = -1;

    private StartupTiming() {
    }

    static boolean on(String value) {
        return value != null && !value.isBlank() && !value.equals("0");
    }

    public static boolean enabled() {
        return ON;
    }

    /** Records that {@code phase} just ended. */
    public static synchronized void mark(String phase) {
        if (!ON) {
            return;
        }
        long now = Duration.between(PROCESS_START, Instant.now()).toMillis();
        long step = previous < 0 ? now : now - previous;
        previous = now;
        long cpu = ProcessHandle.current().info().totalCpuDuration().map(Duration::toMillis).orElse(-1L);
        PrintStream err = System.err;
        err.println(String.format(Locale.ROOT, "ndaf timing: %6d ms (+%5d ms, process CPU %6d ms) %s", now, step, cpu, phase));
        err.flush();
    }

    private static Instant processStart() {
        return ProcessHandle.current().info().startInstant().orElseGet(Instant::now);
    }
}
