package vn.ndaf.cli;

import java.io.PrintWriter;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import vn.ndaf.api.NdafVersion;
import vn.ndaf.repository.RepositoryException;
import vn.ndaf.repository.mapping.MappingException;
import vn.ndaf.repository.store.StartupTiming;
import vn.ndaf.repository.store.StoreException;

/** The {@code ndaf} command line. */
@Command(name = "ndaf", mixinStandardHelpOptions = true, versionProvider = NdafMain.Version.class,
        description = "Workbench for the national digital architecture of Vietnam's political system.%n",
        subcommands = { ServeCommand.class, ListCommand.class, BodiesCommand.class, NewArchitectureCommand.class, GenerateCommand.class,
                ConsolidateCommand.class,
                GapsCommand.class,
                ReportCommand.class,
                ImportCommand.class, ExportCommand.class, CheckCommand.class, CommandLine.HelpCommand.class,
                DeleteCommand.class, RevertCommand.class, HistoryCommand.class, WarmUpCommand.class, BackupCommand.class, RestoreCommand.class,
                AccountCommands.User.class, AccountCommands.Token.class, AccountCommands.Audit.class },
        commandListHeading = "%nCommands:%n",
        footer = { "", "Every command that touches the store takes --data DIR (default ./ndaf-data).",
                "Set NDAF_NEO4J_URI (with NDAF_NEO4J_USER, NDAF_NEO4J_PASSWORD) to use an external",
                "Neo4j server instead. Commands that go through a running server sign in with",
                "NDAF_TOKEN (from 'ndaf token create NAME'). Run 'ndaf help COMMAND' for the options of a command." })
public class NdafMain implements Runnable {

    /** Exit code for a refused or failed command (the message says why). */
    static final int FAILED = 1;

    @Spec
    CommandSpec spec;

    public static void main(String[] args) {
        StartupTiming.mark("JVM started, ndaf's main entered");
        int code = execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
        if (!ServeCommand.servedUntilShutdown()) {
            StartupTiming.mark("command ended, exiting");
            System.exit(code);
        }
    }

    /** Runs the command line with the given streams; returns the exit code. */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new NdafMain());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler(new ReportErrors());
        return commandLine.execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Reports refusals as one clear message on stderr; only unexpected failures show a stack trace. */
    static final class ReportErrors implements IExecutionExceptionHandler {
        @Override
        public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) {
            PrintWriter err = commandLine.getErr();
            if (e instanceof StoreException || e instanceof RepositoryException || e instanceof MappingException || e instanceof CommandException
                    || e instanceof IllegalArgumentException || e instanceof vn.ndaf.interop.ImportException) {
                err.println("ndaf " + commandLine.getCommandName() + ": " + e.getMessage());
            } else {
                err.println("ndaf " + commandLine.getCommandName() + " failed unexpectedly: " + e);
                e.printStackTrace(err);
            }
            err.flush();
            return FAILED;
        }
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] { "ndaf " + NdafVersion.get() };
        }
    }
}
