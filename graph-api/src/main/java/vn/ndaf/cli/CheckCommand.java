package vn.ndaf.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import vn.ndaf.analysis.Finding;
import vn.ndaf.analysis.FindingsOutput;
import vn.ndaf.analysis.Profile;
import vn.ndaf.analysis.Severity;
import vn.ndaf.analysis.StoreChecker;
import vn.ndaf.repository.NotFoundException;
import vn.ndaf.repository.RepositoryException;
import vn.ndaf.repository.store.Neo4jStore;
import vn.ndaf.repository.store.StoreException;
import vn.ndaf.service.AnalysisService;
import vn.ndaf.service.Caller;
import vn.ndaf.service.Services;

/**
 * {@code ndaf check}: the rules of docs/rules.md on one stored architecture or on all. Findings on stdout
 * (JSON, CSV or text), progress on stderr; exit 0 when no ERROR remains, 1 when any does, 2 on bad input.
 * The findings found are also kept in the store (with the default severities), where the server's
 * nation-wide summaries read them.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check a stored architecture (or all) against the rules: ArchiMate, the metamodel, the framework, cross-body consistency (docs/rules.md).",
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = { "0:no ERROR finding", "1:at least one ERROR finding", "2:bad input (unknown architecture or profile, ...)" })
public class CheckCommand implements Callable<Integer> {

    static final int BAD_INPUT = 2;

    @Mixin
    StoreOptions store;

    @Parameters(index = "0", arity = "0..1", paramLabel = "ARCHITECTURE_ID", description = "The architecture to check (ndaf list shows the ids).")
    String architecture;

    @Option(names = "--all", description = "Check every stored architecture.")
    boolean all;

    @Option(names = "--profile", paramLabel = "NAME", description = "default, basic or complete (docs/rules.md); default: each rule's default severity.")
    String profile;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "json, csv or text (default).")
    String format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (all == (architecture != null)) {
            return refuse(err, "give one ARCHITECTURE_ID or --all.");
        }
        if (!List.of("json", "csv", "text").contains(format)) {
            return refuse(err, "'" + format + "' is not a format; use json, csv or text.");
        }
        Profile chosen;
        try {
            chosen = Profile.named(profile);
        } catch (IllegalArgumentException e) {
            return refuse(err, e.getMessage() + ".");
        }
        List<Finding> findings;
        try (Neo4jStore opened = store.openForCommand("ndaf check", err)) {
            AnalysisService analysis = Services.on(opened).analysis();
            Caller caller = Caller.localUser();
            if (all) {
                findings = checkAll(analysis, caller, chosen, err);
            } else {
                err.println("Checking " + architecture + " ...");
                err.flush();
                StoreChecker.Checked checked = analysis.checkAndStore(caller, architecture);
                findings = analysis.select(checked.findings(), chosen);
            }
        } catch (NotFoundException e) {
            return refuse(err, e.getMessage() + "; ndaf list shows the stored architectures.");
        } catch (StoreException | RepositoryException e) {
            return refuse(err, e.getMessage());
        }
        // written finding by finding: a whole nation's findings are too many to hold as one string
        switch (format) {
            case "json" -> {
                FindingsOutput.writeJson(findings, out);
                out.print(System.lineSeparator());
            }
            case "csv" -> FindingsOutput.writeCsv(findings, out);
            default -> out.print(FindingsOutput.text(findings));
        }
        out.flush();
        if (out.checkError()) {
            err.println("ndaf check: the findings could not be written to standard output (" + findings.size() + " findings); they are stored, "
                    + "and the GraphQL field findings pages them.");
            err.flush();
            return NdafMain.FAILED;
        }
        return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR) ? 1 : 0;
    }

    private static List<Finding> checkAll(AnalysisService analysis, Caller caller, Profile profile, PrintWriter err) {
        List<StoreChecker.Checked> checked = analysis.checkAllAndStore(caller, (done, total) -> {
            if (done % 50 == 0 || done.equals(total)) {
                err.println("Checked " + done + " of " + total + " architectures");
                err.flush();
            }
        });
        List<Finding> all = new ArrayList<>();
        for (StoreChecker.Checked c : checked) {
            all.addAll(analysis.select(c.findings(), profile));
        }
        return all;
    }

    private static int refuse(PrintWriter err, String message) {
        err.println("ndaf check: " + message);
        err.flush();
        return BAD_INPUT;
    }
}
