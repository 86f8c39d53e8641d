package vn.ndaf.api.bootstrap;

import java.io.PrintWriter;

import org.springframework.context.ApplicationContext;

/**
 * What the server's start did to the reference data, for the start-up report, and whether the start is over.
 * The server is <em>ready</em> once the store holds the reference data (and, for {@code ndaf serve --demo},
 * the demo data): until then every request is answered "starting" (HTTP 503, see
 * {@code vn.ndaf.api.StartupGate}) instead of a wrong answer such as an unknown body. By default the start
 * is over as soon as the reference data is stored; a starter that does more first (as {@code ndaf serve}
 * does) sets {@value #HOLD_PROPERTY}{@code =true} and calls {@link #ready(ApplicationContext)} itself.
 */
public final class StartupReferenceData {

    /** When true, the start is over only when {@link #ready(ApplicationContext)} is called. */
    public static final String HOLD_PROPERTY = "ndaf.startup.hold-ready";

    private volatile BootstrapResult result;
    private volatile boolean ready;
    private volatile String step = "opening the store";

    void set(BootstrapResult result) {
        this.result = result;
    }

    public BootstrapResult result() {
        return result;
    }

    /** Whether the start is over: the store and its reference data answer for every request. */
    public boolean isReady() {
        return ready;
    }

    /** What the start is doing now, for the "starting" answers. */
    public String step() {
        return step;
    }

    /** Says what the start is doing now (shown in the "starting" answers until the start is over). */
    public void starting(String what) {
        this.step = what;
    }

    /** Ends the start: from now on requests are served. */
    public void markReady() {
        this.step = "ready";
        this.ready = true;
    }

    /** Ends the start of the server of this context. */
    public static void ready(ApplicationContext context) {
        context.getBean(StartupReferenceData.class).markReady();
    }

    /** Prints what the start did to the reference data, one line per model. */
    public static void report(ApplicationContext context, PrintWriter out) {
        BootstrapResult result = context.getBean(StartupReferenceData.class).result();
        if (result != null) {
            result.lines().forEach(line -> out.println("Reference data: " + line));
        }
    }
}
