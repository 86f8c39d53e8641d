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

/**
 * {@code ndaf delete}: deletes an architecture as one revision of its history. Refused, listing the referrers,
 * while other architectures refer to it. The history stays readable; {@code ndaf revert} brings it back.
 */
@Command(name = "delete", mixinStandardHelpOptions = true,
        description = { "Delete a stored architecture, recorded in its history: it is no longer listed, its history stays readable, and",
                "'ndaf revert ARCHITECTURE_ID --to-revision N' brings it back. Refused while other architectures refer to it." })
public class DeleteCommand implements Callable<Integer> {

    @Mixin
    StoreOptions store;

    @Parameters(index = "0", paramLabel = "ARCHITECTURE_ID", description = "The architecture's id (see 'ndaf list').")
    String id;

    @Option(names = "--expected-revision", paramLabel = "N", description = "Only if the architecture is still at revision N (else a conflict, nothing deleted).")
    Long expectedRevision;

    @Option(names = "--author", paramLabel = "NAME", description = "Who deletes, for the history (default: the user name).")
    String author;

    @Option(names = "--message", paramLabel = "TEXT", description = "Why, for the history.")
    String message;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Neo4jStore opened = store.openForCommand("ndaf delete", spec.commandLine().getErr())) {
            SaveResult deleted = Services.on(opened).architectures().deleteArchitecture(CommandCaller.of(author), id, expectedRevision,
                    message == null ? "delete the architecture" : message);
            out.println("Deleted " + id + ": " + deleted.deleted() + " objects (revision " + deleted.revision() + "); 'ndaf revert " + id + " --to-revision "
                    + (deleted.revision() - 1) + "' brings it back");
            out.println(id);
        }
        out.flush();
        return 0;
    }
}
