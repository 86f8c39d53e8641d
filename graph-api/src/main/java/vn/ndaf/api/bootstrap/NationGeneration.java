package vn.ndaf.api.bootstrap;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;

import vn.ndaf.framework.synthetic.ArchitectureSink;
import vn.ndaf.framework.synthetic.GeneratedArchitecture;
import vn.ndaf.framework.synthetic.GenerationProgress;
import vn.ndaf.framework.synthetic.GenerationReport;
import vn.ndaf.framework.synthetic.SyntheticNation;
import vn.ndaf.metamodel.ModelFiles;
import vn.ndaf.repository.ArchitectureRepository;
import vn.ndaf.repository.ArchitectureSummary;
import vn.ndaf.repository.WriteRequest;
import vn.ndaf.repository.mapping.GraphUris;

/**
 * Generates the synthetic nation into a store: each architecture stored in its own transaction under its
 * key ({@code syn-<body code>}), referring to the stored national architecture and (for a commune) to its
 * province's stored architecture. A store holds at most one synthetic nation: generating into a store that
 * has one is refused.
 */
public final class NationGeneration {

    /** A progress line every this many nanoseconds at most. */
    private static final long REPORT_EVERY = 2_000_000_000L;

    private final ArchitectureRepository repository;
    private final SyntheticNation nation;
    private final ReferenceUids uids;

    public NationGeneration(ArchitectureRepository repository, SyntheticNation nation, ReferenceUids uids) {
        this.repository = repository;
        this.nation = nation;
        this.uids = uids;
    }

    /** The generated architectures already in the store. */
    public List<ArchitectureSummary> existing() {
        return repository.list(null).stream().filter(s -> s.uid().startsWith(SyntheticNation.KEY_PREFIX)).toList();
    }

    /**
     * Generates and stores; {@code progress} gets a line now and then (architectures done, elements, rate).
     *
     * @throws IllegalStateException when the store already holds a synthetic nation
     */
    public GenerationReport generate(double scale, long seed, String author, Consumer<String> progress) {
        List<ArchitectureSummary> existing = existing();
        if (!existing.isEmpty()) {
            throw new IllegalStateException("The store already holds a synthetic nation (" + existing.size() + " architectures such as " + existing.get(0).uid()
                    + "). A store holds one synthetic nation: generate into a fresh data folder (--data).");
        }
        EObject national = repository.load(uids.national()).root();
        StoringSink sink = new StoringSink(national, new WriteRequest(author, "synthetic nation, scale " + scale + ", seed " + seed, "generate", null),
                progress);
        return nation.generate(scale, seed, sink);
    }

    /** Stores each architecture and leaves its root where later architectures can refer to it. */
    private final class StoringSink implements ArchitectureSink {

        private final EObject national;
        private final WriteRequest request;
        private final Consumer<String> progress;
        private final long started = System.nanoTime();
        private long lastReport;

        StoringSink(EObject national, WriteRequest request, Consumer<String> progress) {
            this.national = national;
            this.request = request;
            this.progress = progress;
        }

        @Override
        public EObject nationalArchitecture() {
            return national;
        }

        @Override
        public void accept(GeneratedArchitecture architecture, GenerationProgress p) {
            repository.createAs(architecture.key(), architecture.root(), request);
            if (architecture.body().isProvince()) {
                Resource resource = ModelFiles.newResourceSet().createResource(GraphUris.resourceUri(architecture.key()));
                resource.getContents().add(architecture.root());
            }
            long now = System.nanoTime();
            if (now - lastReport >= REPORT_EVERY || p.done() == p.total()) {
                lastReport = now;
                double seconds = Math.max(1e-9, (now - started) / 1e9);
                progress.accept(String.format("%,d / %,d architectures, %,d elements, %,d relationships, %,.0f elements/s, %.0f s", p.done(), p.total(),
                        p.elements(), p.relationships(), p.elements() / seconds, seconds));
            }
        }
    }
}
