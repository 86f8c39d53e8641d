package vn.ndaf.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import vn.ndaf.repository.ChangeEntry;
import vn.ndaf.repository.RevisionInfo;
import vn.ndaf.repository.store.Neo4jStore;
import vn.ndaf.service.ArchitectureService;
import vn.ndaf.service.Caller;
import vn.ndaf.service.Services;

/** {@code ndaf history}: an architecture's revisions, newest first, also of a deleted one; with --revision, what one revision changed. */
@Command(name = "history", mixinStandardHelpOptions = true,
        description = { "The revisions of an architecture, newest first (tab-separated: revision, kind, created, updated, deleted, at, author, message);",
                "also of a deleted architecture. With --revision N, the objects that revision created, updated and deleted." })
public class HistoryCommand implements Callable<Integer> {

    @Mixin
    StoreOptions store;

    @Parameters(index = "0", paramLabel = "ARCHITECTURE_ID", description = "The architecture's id.")
    String id;

    @Option(names = "--revision", paramLabel = "N", description = "List the changes of this revision instead.")
    Long revision;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Neo4jStore opened = store.openForCommand("ndaf history", spec.commandLine().getErr())) {
            ArchitectureService architectures = Services.on(opened).architectures();
            Caller caller = Caller.localUser();
            if (revision != null) {
                for (ChangeEntry change : architectures.changesIn(caller, id, revision)) {
                    out.println(ChangeLines.of(change));
                }
            } else {
                var revisions = architectures.revisions(caller, id);
                if (revisions.isEmpty()) {
                    throw new CommandException("No architecture with id " + id + " has a history in this store");
                }
                out.println("revision\tkind\tcreated\tupdated\tdeleted\tat\tauthor\tmessage");
                for (RevisionInfo r : revisions) {
                    out.println(String.join("\t", Long.toString(r.number()), r.kind(), Long.toString(r.created()), Long.toString(r.updated()),
                            Long.toString(r.deleted()), String.valueOf(r.at()), r.author(), r.message().replaceAll("[\\t\\r\\n]+", " ")));
                }
            }
        }
        out.flush();
        return 0;
    }
}
