package vn.ndaf.api.bootstrap;

import java.io.PrintWriter;

import org.springframework.context.ApplicationContext;

/** What the server's start did to the reference data, for the start-up report. */
public final class StartupReferenceData {

    private volatile BootstrapResult result;

    void set(BootstrapResult result) {
        this.result = result;
    }

    public BootstrapResult result() {
        return result;
    }

    /** Prints what the start did to the reference data, one line per model. */
    public static void report(ApplicationContext context, PrintWriter out) {
        BootstrapResult result = context.getBean(StartupReferenceData.class).result();
        if (result != null) {
            result.lines().forEach(line -> out.println("Reference data: " + line));
        }
    }
}
