package vn.ndaf.api.demo;

import java.io.PrintWriter;

import org.springframework.context.ApplicationContext;

import vn.ndaf.framework.synthetic.GenerationReport;
import vn.ndaf.repository.ArchitectureSummary;
import vn.ndaf.service.ArchitectureService;
import vn.ndaf.service.Caller;
import vn.ndaf.service.FrameworkService;

/**
 * The demo data {@code ndaf serve --demo} loads on first start: the reference data (the server's start has
 * already brought it up to date) and a small synthetic nation. A store that holds any architecture besides
 * the national one is left as it is.
 */
public final class DemoData {

    /** The demo nation: a sample of about 1% of the bodies (two provinces, their communes, a few central bodies). */
    public static final double SCALE = 0.01;
    public static final long SEED = 2025;

    private DemoData() {
    }

    public static void loadIfEmpty(ApplicationContext context, PrintWriter out) {
        FrameworkService framework = context.getBean(FrameworkService.class);
        Caller caller = Caller.local("ndaf demo");
        String national = framework.uids().national();
        long others = context.getBean(ArchitectureService.class).list(caller, null).stream().map(ArchitectureSummary::uid).filter(uid -> !uid.equals(national)).count();
        if (others > 0) {
            out.println("Demo data: the store already holds " + others + " architectures; nothing loaded.");
            return;
        }
        long started = System.nanoTime();
        out.println("Demo data: generating a synthetic nation at scale " + SCALE + " (seed " + SEED + ") ...");
        out.flush();
        GenerationReport report = framework.generate(caller, SCALE, SEED, line -> {
            out.println("  " + line);
            out.flush();
        });
        out.printf("Demo data: %d synthetic architectures (%,d elements, %,d relationships) in %.0f s; planted deviations: %s%n", report.architectures(),
                report.elements(), report.relationships(), (System.nanoTime() - started) / 1e9,
                String.join(", ", report.counts().entrySet().stream().map(e -> e.getKey().key() + " " + e.getValue()).toList()));
        out.flush();
    }
}
