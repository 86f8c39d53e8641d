package vn.ndaf.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import vn.ndaf.api.bootstrap.ArchitectureFromTemplate;
import vn.ndaf.repository.store.Neo4jStore;
import vn.ndaf.service.Services;

/** {@code ndaf new-architecture}: a body's architecture made from a template of the national framework. */
@Command(name = "new-architecture", mixinStandardHelpOptions = true,
        description = "Create a body's architecture from a template of the national framework and store it; the last line printed is its id.")
public class NewArchitectureCommand implements Callable<Integer> {

    @Mixin
    StoreOptions store;

    @Option(names = "--body", required = true, paramLabel = "CODE", description = "The body: 01 (Hà Nội), 00004 (Ba Đình ward), BCA, ... (see 'ndaf bodies').")
    String body;

    @Option(names = "--template", paramLabel = "NAME", description = "ministry, province, commune, party or front (default: the one made for the body).")
    String template;

    @Option(names = "--name", paramLabel = "TEXT", description = "The architecture's name (default: from the template, e.g. 'Kiến trúc số thành phố Hà Nội').")
    String name;

    @Option(names = "--state", paramLabel = "STATE", defaultValue = "baseline", description = "baseline, transition or target (default: ${DEFAULT-VALUE}).")
    String state;

    @Option(names = "--author", paramLabel = "NAME", description = "Who creates it, for the history (default: the user name).")
    String author;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Preflight.knownBody(body); // before the store opens: a wrong code is refused at once
        try (Neo4jStore opened = store.openForCommand("ndaf new-architecture", spec.commandLine().getErr())) {
            ArchitectureFromTemplate.Result result;
            try {
                result = Services.on(opened).framework().instantiate(CommandCaller.of(author), body, template, name, state);
            } catch (IllegalStateException e) {
                throw new CommandException(e.getMessage(), e);
            }
            out.println("Created from the template " + result.template() + " for " + result.body().code() + " " + result.body().fullNameVi() + ":");
            out.println("  name           " + result.name());
            out.println("  state          " + result.state());
            out.println("  content        " + result.elements() + " elements, " + result.relationships() + " relationships, " + result.views() + " view(s)");
            out.println("  conforms       " + (result.conforms() ? "yes" : "no"));
            if (result.parentArchitecture() != null) {
                out.println("  province       uses the architecture " + result.parentArchitecture());
            }
            for (String unresolved : result.unresolved()) {
                out.println("  unresolved     " + unresolved);
            }
            out.println(result.id());
        }
        out.flush();
        return 0;
    }
}
