package vn.ndaf.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import vn.ndaf.analysis.gaps.Coverage;
import vn.ndaf.analysis.gaps.GapInputException;
import vn.ndaf.api.bootstrap.BodyFilter;
import vn.ndaf.framework.registry.Body;
import vn.ndaf.repository.store.Neo4jStore;
import vn.ndaf.service.AnalysisService;
import vn.ndaf.service.Caller;
import vn.ndaf.service.Services;

/**
 * {@code ndaf gaps …}: the gap analyses (docs/gaps.md). JSON with {@code --format json}, CSV with
 * {@code --format csv}, readable text otherwise; exit 0 whatever they find, 2 on bad input.
 */
@Command(name = "gaps", mixinStandardHelpOptions = true, description = "Gap analysis: plateaus, states, coverage, data, duplicates, schedule.",
        subcommands = { GapsCommand.PlateauCommand.class, GapsCommand.StatesCommand.class, GapsCommand.CoverageCommand.class, GapsCommand.DataCommand.class,
                GapsCommand.DuplicatesCommand.class, GapsCommand.ScheduleCommand.class })
public class GapsCommand implements Runnable {

    /** Exit code for bad input (unknown architecture, plateau, body, value). */
    static final int BAD_INPUT = 2;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** What every gap analysis shares: the store, the output format, exit codes. */
    abstract static class Analysis implements Callable<Integer> {

        @Mixin
        StoreOptions store;

        @Option(names = "--format", paramLabel = "FORMAT", description = "json, csv or text (default).")
        String format;

        @Spec
        CommandSpec spec;

        /** The result to print. */
        abstract Object analyse(Context context);

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            String name = "ndaf gaps " + spec.name();
            try {
                String f = GapOutput.format(format);
                validate();
                try (Neo4jStore opened = store.openForCommand(name, err)) {
                    Context context = new Context(Services.on(opened), Caller.localUser(), err);
                    long started = System.nanoTime();
                    Object result = analyse(context);
                    err.printf("%s: done in %d ms%n", name, (System.nanoTime() - started) / 1_000_000);
                    err.flush();
                    GapOutput.write(result, f, spec.commandLine().getOut());
                }
                return 0;
            } catch (GapInputException | IllegalArgumentException e) {
                err.println(name + ": " + e.getMessage());
                err.flush();
                return BAD_INPUT;
            }
        }

        /** Checks options before the store is opened; throws GapInputException. */
        void validate() {
        }
    }

    /** The services on the store, who asks, and where progress goes. */
    record Context(Services services, Caller caller, PrintWriter progress) {

        AnalysisService analysis() {
            return services.analysis();
        }

        List<Body> bodies(BodyFilter filter) {
            return services.framework().bodies(caller, filter);
        }
    }

    @Command(name = "plateau", mixinStandardHelpOptions = true,
            description = "The gap matrix between two plateaus of an architecture: included, eliminated, new, potential matches.")
    static class PlateauCommand extends Analysis {

        @Option(names = "--architecture", required = true, paramLabel = "ID", description = "The architecture's id.")
        String architecture;

        @Option(names = "--baseline", required = true, paramLabel = "PLATEAU", description = "The baseline plateau, by id or name.")
        String baseline;

        @Option(names = "--target", required = true, paramLabel = "PLATEAU", description = "The target plateau, by id or name.")
        String target;

        @Override
        Object analyse(Context c) {
            return c.analysis().plateauGaps(c.caller(), architecture, baseline, target);
        }
    }

    @Command(name = "states", mixinStandardHelpOptions = true,
            description = "The gap matrix between two architectures (states) of one body, plus changed elements.")
    static class StatesCommand extends Analysis {

        @Option(names = "--from", required = true, paramLabel = "ID", description = "The earlier state's architecture id.")
        String from;

        @Option(names = "--to", required = true, paramLabel = "ID", description = "The later state's architecture id.")
        String to;

        @Override
        Object analyse(Context c) {
            return c.analysis().stateGaps(c.caller(), from, to);
        }
    }

    @Command(name = "coverage", mixinStandardHelpOptions = true,
            description = "The required blocks and national platforms each body's architecture lacks, and the bodies with no architecture, with totals."
                    + " Filters select the bodies 'ndaf bodies' selects.")
    static class CoverageCommand extends Analysis {

        @Option(names = "--tier", paramLabel = "TIER", description = "central, province or commune.")
        String tier;

        @Option(names = "--kind", paramLabel = "KIND", description = "party, state_administration, national_assembly, front, court or procuracy.")
        String kind;

        @Option(names = "--parent", paramLabel = "CODE", description = "Only the bodies directly under this one (e.g. the communes of 01).")
        String parent;

        @Override
        Object analyse(Context c) {
            long started = System.nanoTime();
            List<Body> bodies = c.bodies(new BodyFilter(tier, kind, parent));
            c.progress().printf("ndaf gaps coverage: %,d bodies selected from the stored registry in %d ms%n", bodies.size(),
                    (System.nanoTime() - started) / 1_000_000);
            started = System.nanoTime();
            Coverage.Result result = c.analysis().coverage(c.caller(), bodies);
            c.progress().printf("ndaf gaps coverage: coverage of %,d bodies, %,d architectures in %d ms%n", bodies.size(), result.totals().architectures(),
                    (System.nanoTime() - started) / 1_000_000);
            return result;
        }
    }

    @Command(name = "data", mixinStandardHelpOptions = true,
            description = "National and specialised databases not synchronised in real time with the National Data Center; apart (quality),"
                    + " those failing any of the six data-quality criteria or never assessed.")
    static class DataCommand extends Analysis {

        @Override
        Object analyse(Context c) {
            return c.analysis().dataGaps(c.caller());
        }
    }

    @Command(name = "duplicates", mixinStandardHelpOptions = true,
            description = "Own systems duplicating a national shared platform; apart (overlaps), own systems of different bodies with the same function"
                    + " the framework does not expect each body to have.")
    static class DuplicatesCommand extends Analysis {

        @Override
        Object analyse(Context c) {
            return c.analysis().duplicates(c.caller());
        }
    }

    @Command(name = "schedule", mixinStandardHelpOptions = true, description = "Plan tasks and work packages past their deadline and not done.")
    static class ScheduleCommand extends Analysis {

        @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "The day of the analysis (default: today).")
        String asOf;

        private LocalDate day;

        @Override
        void validate() {
            try {
                day = asOf == null ? LocalDate.now() : LocalDate.parse(asOf.strip());
            } catch (DateTimeParseException e) {
                throw new GapInputException("The date '" + asOf + "' is not an ISO date; write it as yyyy-mm-dd, e.g. 2026-12-31.");
            }
        }

        @Override
        Object analyse(Context c) {
            return c.analysis().schedule(c.caller(), day);
        }
    }
}
