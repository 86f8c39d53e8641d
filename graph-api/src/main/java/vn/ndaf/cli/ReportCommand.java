package vn.ndaf.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import vn.ndaf.framework.registry.Body;
import vn.ndaf.repository.store.Neo4jStore;
import vn.ndaf.service.AnalysisService;
import vn.ndaf.service.Caller;
import vn.ndaf.service.Services;

/** {@code ndaf report BODY --output FILE}: a printable HTML report (A4) of one body's conformance and gaps, in Vietnamese or English. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write a printable report (HTML for A4, self-contained) of one body's conformance and gaps.")
public class ReportCommand implements Callable<Integer> {

    @Mixin
    StoreOptions store;

    @Parameters(index = "0", paramLabel = "BODY", description = "The body's code (01, 00004, BCA).")
    String body;

    @Option(names = "--output", required = true, paramLabel = "FILE", description = "The HTML file to write.")
    Path output;

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "vi", description = "vi (default) or en.")
    String lang;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "The day tasks are late as of (default: today).")
    String asOf;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try {
            if (!AnalysisService.REPORT_LANGUAGES.contains(lang)) {
                throw new IllegalArgumentException("The language '" + lang + "' is not one of vi, en.");
            }
            LocalDate day;
            try {
                day = asOf == null ? LocalDate.now() : LocalDate.parse(asOf.strip());
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("The date '" + asOf + "' is not an ISO date; write it as yyyy-mm-dd, e.g. 2026-12-31.");
            }
            try (Neo4jStore opened = store.openForCommand("ndaf report", err)) {
                Services services = Services.on(opened);
                Caller caller = Caller.localUser();
                Body b = services.framework().registry(caller).find(body.strip())
                        .orElseThrow(() -> new IllegalArgumentException("No body has the code '" + body + "' (list the codes with: ndaf bodies)."));
                String html = services.analysis().bodyReport(caller, b, lang, day);
                Files.writeString(output, html, StandardCharsets.UTF_8);
                err.println("ndaf report: " + b.code() + " " + b.fullNameVi() + " written to " + output);
            }
            return 0;
        } catch (IllegalArgumentException e) {
            err.println("ndaf report: " + e.getMessage());
            err.flush();
            return GapsCommand.BAD_INPUT;
        } catch (IOException e) {
            err.println("ndaf report: cannot write " + output + ": " + e.getMessage());
            err.flush();
            return NdafMain.FAILED;
        }
    }
}
