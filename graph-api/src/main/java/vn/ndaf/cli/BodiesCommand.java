package vn.ndaf.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import vn.ndaf.api.bootstrap.BodyFilter;
import vn.ndaf.framework.ReferenceData;
import vn.ndaf.framework.registry.Body;

/**
 * {@code ndaf bodies}: the national registry of bodies. The registry is framework data shipped with ndaf (every
 * store holds the same, kept up to date at each start), so the command needs no store: it works while a
 * server holds the data folder, and without one. {@code --data} is accepted, as by every command, and unused.
 */
@Command(name = "bodies", mixinStandardHelpOptions = true,
        description = { "List the bodies of the national registry (tab-separated: code, tier, kind, parent, name, English name) in registry order.",
                "Needs no store: the registry is part of ndaf's framework data." })
public class BodiesCommand implements Callable<Integer> {

    @Mixin
    StoreOptions store;

    @Option(names = "--tier", paramLabel = "TIER", description = "central, province or commune.")
    String tier;

    @Option(names = "--kind", paramLabel = "KIND", description = "party, state_administration, national_assembly, front, court or procuracy.")
    String kind;

    @Option(names = "--parent", paramLabel = "CODE", description = "Only the bodies directly under this one (e.g. the communes of 01).")
    String parent;

    @Option(names = "--predecessors", paramLabel = "CODE",
            description = "What the province or commune CODE was formed from on 1 July 2025: the units before the reform, whole or in part.")
    String predecessors;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "With --predecessors: text (readable, the default) or tsv (tab-separated with a header line).")
    String format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (predecessors != null) {
            if (tier != null || kind != null || parent != null) {
                throw new CommandException("--predecessors shows one unit; --tier, --kind and --parent do not go with it");
            }
            PredecessorsOutput.print(spec.commandLine().getOut(), ReferenceData.standard(), predecessors.strip(), format);
            return 0;
        }
        BodyFilter filter = new BodyFilter(tier, kind, parent);
        PrintWriter out = spec.commandLine().getOut();
        out.println("code\ttier\tkind\tparent\tname\tname_en");
        for (Body b : filter.apply(Preflight.registry())) {
            out.println(String.join("\t", b.code(), b.tier(), b.kind(), b.parentCode() == null ? "" : b.parentCode(), b.fullNameVi(), b.fullNameEn()));
        }
        out.flush();
        return 0;
    }
}
