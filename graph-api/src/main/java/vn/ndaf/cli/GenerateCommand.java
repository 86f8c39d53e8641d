package vn.ndaf.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import vn.ndaf.framework.synthetic.GenerationReport;
import vn.ndaf.framework.synthetic.PlantedDeviation;
import vn.ndaf.framework.synthetic.SyntheticNation;
import vn.ndaf.repository.store.Neo4jStore;
import vn.ndaf.service.Services;

/** {@code ndaf generate}: the synthetic nation, stored architecture by architecture, with its planted deviations reported. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = { "Generate a synthetic nation into the store: a plausible architecture for every body, from its template, with planted deviations.",
                "Scale 1 is the whole nation (about 1 million elements); 0.01 a sample for a demo. Progress goes to stderr, the summary to stdout.",
                "A store holds one synthetic nation: generating into a store that has one is refused." })
public class GenerateCommand implements Callable<Integer> {

    @Mixin
    StoreOptions store;

    @Option(names = "--scale", required = true, paramLabel = "S", description = "1 = the whole nation; below 1 a sample of the bodies; above 1 larger bodies.")
    double scale;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "The same seed gives the same nation (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--deviations", paramLabel = "FILE", description = "Also write every planted deviation to FILE (tab-separated, with a header line).")
    Path deviations;

    @Option(names = "--author", paramLabel = "NAME", description = "Who generates, for the history (default: the user name).")
    String author;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        long started = System.nanoTime();
        GenerationReport report;
        try (Neo4jStore opened = store.openForCommand("ndaf generate", spec.commandLine().getErr())) {
            try {
                report = Services.on(opened).framework().generate(CommandCaller.of(author), scale, seed, line -> {
                    err.println("generate: " + line);
                    err.flush();
                });
            } catch (IllegalStateException e) {
                throw new CommandException(e.getMessage(), e);
            }
        }
        report.summary().forEach(out::println);
        out.printf("stored as %s<body code>, in %.1f s%n", SyntheticNation.KEY_PREFIX, (System.nanoTime() - started) / 1e9);
        if (deviations != null) {
            List<String> lines = new ArrayList<>();
            lines.add("kind\tbody\tarchitecture\telement\tdetail");
            for (PlantedDeviation d : report.deviations()) {
                lines.add(String.join("\t", d.kind().key(), d.bodyCode(), d.architecture(), d.elementId(), d.detail().replaceAll("[\\t\\r\\n]+", " ")));
            }
            Files.write(deviations, lines, StandardCharsets.UTF_8);
            out.println("planted deviations written to " + deviations);
        }
        out.flush();
        return 0;
    }
}
