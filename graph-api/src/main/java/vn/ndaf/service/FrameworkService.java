package vn.ndaf.service;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.emf.ecore.EObject;

import vn.ndaf.analysis.StoredReferenceResolver;
import vn.ndaf.api.bootstrap.ArchitectureConsolidation;
import vn.ndaf.api.bootstrap.ArchitectureFromTemplate;
import vn.ndaf.api.bootstrap.BodyFilter;
import vn.ndaf.api.bootstrap.BootstrapResult;
import vn.ndaf.api.bootstrap.NationGeneration;
import vn.ndaf.api.bootstrap.ReferenceUids;
import vn.ndaf.api.bootstrap.StoreBootstrap;
import vn.ndaf.api.bootstrap.StoredRegistry;
import vn.ndaf.framework.ReferenceData;
import vn.ndaf.framework.registry.Body;
import vn.ndaf.framework.registry.Registry;
import vn.ndaf.framework.synthetic.GenerationReport;
import vn.ndaf.framework.template.ConformanceReport;
import vn.ndaf.framework.template.Template;
import vn.ndaf.framework.template.TemplateConformance;
import vn.ndaf.metamodel.Models;
import vn.ndaf.repository.ArchitectureRepository;

/**
 * The framework in the store: the stored body registry, template conformance, architectures made from templates,
 * consolidation after a restructuring, the reference data and generated nations.
 */
public final class FrameworkService {

    private final ArchitectureRepository repository;
    private final Supplier<ReferenceData> data;
    private final StoredRegistry registry;
    private final Supplier<StoreBootstrap> bootstrap;
    private final Supplier<ArchitectureFromTemplate> fromTemplate;
    private final Supplier<NationGeneration> generation;
    private final ReferenceUids uids;
    private final Guard guard;

    /**
     * @param data the framework data, asked for only when needed (a command on a stopped store parses it lazily)
     */
    public FrameworkService(ArchitectureRepository repository, Supplier<ReferenceData> data, ReferenceUids uids, StoredRegistry registry,
            Supplier<StoreBootstrap> bootstrap, Supplier<ArchitectureFromTemplate> fromTemplate, Supplier<NationGeneration> generation, Guard guard) {
        this.repository = repository;
        this.data = data;
        this.uids = uids;
        this.registry = registry;
        this.bootstrap = bootstrap;
        this.fromTemplate = fromTemplate;
        this.generation = generation;
        this.guard = guard;
    }

    /** The body of {@code code} in {@code registry}, or a refusal naming the registry's codes (no store involved). */
    public static vn.ndaf.framework.registry.Body requireBody(Registry registry, String code) {
        return ArchitectureFromTemplate.requireBody(registry, code);
    }

    /** The ids of the reference architectures (the registry, the national architecture). */
    public ReferenceUids uids() {
        return uids;
    }

    /** The body registry as stored (the one of the framework data while none is stored). */
    public Registry registry(Caller caller) {
        return guard.read(caller, Action.READ, Target.architecture(uids.registry()), registry::current);
    }

    /** The bodies of the stored registry that {@code filter} selects, without loading the registry's model while it is the data's own. */
    public List<Body> bodies(Caller caller, BodyFilter filter) {
        return guard.read(caller, Action.READ, Target.architecture(uids.registry()), () -> registry.select(filter));
    }

    /**
     * The conformance of a stored architecture to a template; {@code template} chooses it from the architecture's
     * root (the one named, recorded or its body's).
     */
    public ConformanceReport conformance(Caller caller, String architecture, Function<EObject, Template> template) {
        return guard.read(caller, Action.ANALYSE, Target.architecture(architecture), () -> {
            EObject root = repository.load(architecture).root();
            if (!Models.isA(root, "Architecture")) {
                throw new IllegalArgumentException(architecture + " is not an architecture");
            }
            return TemplateConformance.check(root, template.apply(root), new StoredReferenceResolver(repository));
        });
    }

    /** A new architecture of a body made from a template. */
    public ArchitectureFromTemplate.Result instantiate(Caller caller, String body, String template, String name, String state) {
        return guard.write(caller, Action.WRITE, Target.body(body), "new architecture from the template " + template,
                () -> fromTemplate.get().create(body, template, name, state, caller.name()));
    }

    /** One architecture for a body made of the architectures of the units it replaced. */
    public ArchitectureConsolidation.Outcome consolidate(Caller caller, String body, List<String> from, String name) {
        return guard.write(caller, Action.WRITE, Target.body(body), "consolidate " + from,
                () -> new ArchitectureConsolidation(repository, data.get(), uids).consolidate(body, from, name, caller.name()));
    }

    /** Generates and stores a synthetic nation; refused when the store holds one. */
    public GenerationReport generate(Caller caller, double scale, long seed, Consumer<String> progress) {
        return guard.write(caller, Action.ADMINISTER, Target.STORE, "generate a synthetic nation, scale " + scale + ", seed " + seed,
                () -> generation.get().generate(scale, seed, caller.name(), progress));
    }

    /**
     * Stores or updates the reference data (registry, national architecture) where the store's differs from the
     * data's. Recorded in the audit when it stored, updated or refused something: the check every command and
     * every start runs, finding nothing to do, is not an event.
     */
    public BootstrapResult ensureReferenceData(Caller caller) {
        return guard.writeRecordedIfChanged(caller, Action.ADMINISTER, Target.STORE, "bring the reference data up to date", () -> bootstrap.get().ensure(),
                result -> result.changedAnything() || result.registry().outcome() == BootstrapResult.Outcome.REFUSED
                        || result.national().outcome() == BootstrapResult.Outcome.REFUSED);
    }
}
