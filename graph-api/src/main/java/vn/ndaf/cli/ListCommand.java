package vn.ndaf.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import vn.ndaf.repository.ArchitectureSummary;
import vn.ndaf.repository.store.Neo4jStore;
import vn.ndaf.service.Caller;
import vn.ndaf.service.Services;

/** {@code ndaf list}: the stored architectures, one per line, tab-separated, with a header line. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List the stored architectures (tab-separated: id, body, state, elements, relationships, views, name).")
public class ListCommand implements Callable<Integer> {

    @Mixin
    StoreOptions store;

    @Option(names = "--body", paramLabel = "CODE", description = "Only the architectures of this body (e.g. 01 for Ha Noi).")
    String body;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Neo4jStore opened = store.openForCommand("ndaf list", spec.commandLine().getErr())) {
            out.println("id\tbody\tstate\telements\trelationships\tviews\tname");
            for (ArchitectureSummary s : Services.on(opened).architectures().list(Caller.localUser(), body)) {
                out.println(String.join("\t", s.uid(), nullToEmpty(s.bodyCode()), s.state(), Long.toString(s.elements()),
                        Long.toString(s.relationships()), Long.toString(s.views()), clean(s.name())));
            }
        }
        out.flush();
        return 0;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    /** Names may hold tabs or line breaks; the listing must stay one line per architecture. */
    private static String clean(String s) {
        return nullToEmpty(s).replaceAll("[\\t\\r\\n]+", " ");
    }
}
