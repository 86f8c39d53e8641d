package vn.ndaf.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import vn.ndaf.repository.SaveResult;
import vn.ndaf.repository.store.Neo4jStore;
import vn.ndaf.service.Services;

/** {@code ndaf revert}: a new revision equal to an earlier one; also brings a deleted architecture back. */
@Command(name = "revert", mixinStandardHelpOptions = true,
        description = { "Make a new revision of an architecture equal to revision N (see 'ndaf history'); brings a deleted architecture back.",
                "Objects come back with their ids; the history keeps every revision." })
public class RevertCommand implements Callable<Integer> {

    @Mixin
    StoreOptions store;

    @Parameters(index = "0", paramLabel = "ARCHITECTURE_ID", description = "The architecture's id.")
    String id;

    @Option(names = "--to-revision", required = true, paramLabel = "N", description = "The revision to return to.")
    long toRevision;

    @Option(names = "--expected-revision", paramLabel = "N", description = "Only if the architecture is still at revision N (else a conflict, nothing written).")
    Long expectedRevision;

    @Option(names = "--author", paramLabel = "NAME", description = "Who reverts, for the history (default: the user name).")
    String author;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Neo4jStore opened = store.openForCommand("ndaf revert", spec.commandLine().getErr())) {
            SaveResult saved = Services.on(opened).architectures().revert(CommandCaller.of(author), id, toRevision, expectedRevision,
                    "revert to revision " + toRevision);
            out.println("Reverted " + id + " to revision " + toRevision + ": " + saved.created() + " created, " + saved.updated() + " updated, " + saved.deleted()
                    + " deleted (revision " + saved.revision() + ")");
            out.println(id);
        }
        out.flush();
        return 0;
    }
}
