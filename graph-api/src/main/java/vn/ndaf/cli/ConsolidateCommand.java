package vn.ndaf.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import vn.ndaf.api.bootstrap.ArchitectureConsolidation;
import vn.ndaf.framework.restructuring.ConsolidationReport;
import vn.ndaf.repository.store.Neo4jStore;
import vn.ndaf.service.Services;

/** {@code ndaf consolidate}: a successor body's baseline architecture from its predecessors' architectures, with the consolidation report. */
@Command(name = "consolidate", mixinStandardHelpOptions = true,
        description = { "Build and store the baseline architecture of a province or commune formed on 1 July 2025 from its predecessors' architectures,",
                "and report for each block of its template which predecessors provide it (duplicates), which none (gaps), and potential matches.",
                "The predecessors are not changed. With --format text (the default) the last line printed is the new architecture's id." })
public class ConsolidateCommand implements Callable<Integer> {

    @Mixin
    StoreOptions store;

    @Option(names = "--body", required = true, paramLabel = "CODE", description = "The successor body: 25 (Phú Thọ), 08 (Tuyên Quang), a commune's code.")
    String body;

    @Option(names = "--from", required = true, split = ",", paramLabel = "ID", description = "The predecessors' architectures, comma-separated (see 'ndaf list').")
    List<String> from;

    @Option(names = "--name", paramLabel = "TEXT", description = "The new architecture's name (default: from the successor's template).")
    String name;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text (readable, the default) or json (the report).")
    String format;

    @Option(names = "--author", paramLabel = "NAME", description = "Who consolidates, for the history (default: the user name).")
    String author;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        String f = format.strip().toLowerCase(Locale.ROOT);
        if (!f.equals("text") && !f.equals("json")) {
            throw new CommandException("--format is text or json, not '" + format + "'");
        }
        PrintWriter out = spec.commandLine().getOut();
        ArchitectureConsolidation.Outcome outcome;
        try (Neo4jStore opened = store.openForCommand("ndaf consolidate", spec.commandLine().getErr())) {
            try {
                outcome = Services.on(opened).framework().consolidate(CommandCaller.of(author), body, from, name);
            } catch (IllegalStateException e) {
                throw new CommandException(e.getMessage(), e);
            }
        }
        if (f.equals("json")) {
            out.println(json(outcome.report()));
        } else {
            text(out, outcome);
        }
        out.flush();
        return 0;
    }

    static String json(ConsolidationReport report) {
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the report as JSON: " + e.getMessage(), e);
        }
    }

    static void text(PrintWriter out, ArchitectureConsolidation.Outcome outcome) {
        ConsolidationReport r = outcome.report();
        out.println("Consolidated " + r.predecessors().size() + " architecture(s) into the baseline of " + r.body() + " (template " + r.template() + "):");
        for (ConsolidationReport.PredecessorArchitecture p : r.predecessors()) {
            out.println("  from         " + p.architecture() + (p.formerUnit() == null ? "" : "  " + p.formerUnit() + " " + p.formerName())
                    + (p.name() == null ? "" : "  " + p.name()));
        }
        out.println("  content      " + r.counts().get("elements") + " elements, " + r.counts().get("relationships") + " relationships, " + r.counts().get("views")
                + " view(s)");
        out.println("  conforms     " + (r.conforms() ? "yes" : "no") + " (duplicates are reported, not removed)");
        out.println("  history      " + outcome.message());
        out.println();
        out.println("Blocks of the template (" + r.blocks().size() + "):");
        for (ConsolidationReport.BlockCoverage b : r.blocks()) {
            out.println("  " + pad(b.key(), 24) + pad(b.status(), 10) + (b.providers().isEmpty() ? (b.required() ? "none; the template's element fills it" : "none")
                    : b.providers().stream().map(p -> p.architecture() + (p.formerUnit() == null ? "" : " (" + p.formerUnit() + ")")).collect(Collectors.joining(", "))));
        }
        out.println();
        out.println("Duplicates to consolidate: " + (r.duplicates().isEmpty() ? "none" : r.duplicates().stream().map(ConsolidationReport.BlockCoverage::key)
                .collect(Collectors.joining(", "))));
        out.println("Gaps (no predecessor provides them): " + (r.gaps().isEmpty() ? "none" : r.gaps().stream().map(ConsolidationReport.Gap::key)
                .collect(Collectors.joining(", "))));
        out.println("Potential matches (same type and name): " + r.potentialMatches().size());
        for (ConsolidationReport.PotentialMatch m : r.potentialMatches().stream().limit(50).toList()) {
            out.println("  " + m.type() + " '" + m.name() + "': " + m.elements().stream().map(e -> e.architecture() + "#" + e.id()).collect(Collectors.joining(", ")));
        }
        if (r.potentialMatches().size() > 50) {
            out.println("  ... " + (r.potentialMatches().size() - 50) + " more (see --format json)");
        }
        out.println("National references merged into one: " + r.mergedNationalReferences().size());
        for (String finding : r.findings()) {
            out.println("  finding      " + finding);
        }
        out.println(outcome.id());
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s + " " : s + " ".repeat(width - s.length());
    }
}
