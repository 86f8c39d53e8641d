package vn.ndaf.benchmarks;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;

import vn.ndaf.framework.ReferenceData;
import vn.ndaf.framework.synthetic.ArchitectureSink;
import vn.ndaf.framework.synthetic.DeviationKind;
import vn.ndaf.framework.synthetic.GeneratedArchitecture;
import vn.ndaf.framework.synthetic.GenerationProgress;
import vn.ndaf.framework.synthetic.GenerationReport;
import vn.ndaf.framework.synthetic.SyntheticNation;
import vn.ndaf.metamodel.ModelFiles;
import vn.ndaf.repository.ArchitectureRepository;
import vn.ndaf.repository.WriteRequest;
import vn.ndaf.repository.mapping.GraphUris;
import vn.ndaf.repository.store.Neo4jStore;
import vn.ndaf.repository.store.StoreSettings;

/**
 * Generates the synthetic nation and loads it into a fresh embedded store, one transaction per architecture,
 * as {@code ndaf generate} does, and prints elements, relationships, time split between generating and
 * storing, rates and peak heap. Arguments: [scale, default 1] [seed, default 1] [page cache MB, default 1024].
 * Figures go to docs/benchmarks.md.
 */
public final class NationLoadBenchmark {

    private NationLoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        double scale = args.length > 0 ? Double.parseDouble(args[0]) : 1;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 1;
        long pageCacheMb = args.length > 2 ? Long.parseLong(args[2]) : 1024;
        Path dir = Files.createTempDirectory("ndaf-nation-");
        long t0 = System.nanoTime();
        try (Neo4jStore store = Neo4jStore.open(new StoreSettings(dir, null, null, null, pageCacheMb * 1024 * 1024), "nation load benchmark")) {
            long opened = System.nanoTime();
            ArchitectureRepository repository = new ArchitectureRepository(store.driver());
            ReferenceData data = ReferenceData.standard();
            WriteRequest reference = new WriteRequest("benchmark", "reference data", "reference-data", null);
            repository.createAs("registry", data.buildRegistryModel(), reference);
            repository.createAs("national", data.buildNationalArchitecture(), reference);
            EObject national = repository.load("national").root();
            long referenceLoaded = System.nanoTime();
            StoringSink sink = new StoringSink(repository, national);
            GenerationReport report = SyntheticNation.standard().generate(scale, seed, sink);
            long done = System.nanoTime();

            double total = (done - referenceLoaded) / 1e9;
            double storing = sink.storeNanos / 1e9;
            System.out.println();
            System.out.printf("date: %s; machine: %d cores, %,d MB max heap; page cache %,d MB%n", LocalDate.now(), Runtime.getRuntime().availableProcessors(),
                    Runtime.getRuntime().maxMemory() >> 20, pageCacheMb);
            report.summary().forEach(line -> System.out.println("nation: " + line));
            System.out.printf("open store: %.1f s; reference data (registry %,d bodies + national architecture): %.1f s%n", (opened - t0) / 1e9,
                    data.registry().bodies().size(), (referenceLoaded - opened) / 1e9);
            System.out.printf("generate + store: %.1f s = %,.0f elements/s, %,.0f elements+relationships/s%n", total, report.elements() / total,
                    (report.elements() + report.relationships()) / total);
            System.out.printf("  of which storing (repository.createAs, one transaction per architecture): %.1f s = %,.0f elements/s%n", storing,
                    report.elements() / storing);
            System.out.printf("  of which generating in memory: %.1f s%n", total - storing);
            for (DeviationKind kind : DeviationKind.values()) {
                System.out.printf("planted %s: %d%n", kind.key(), report.count(kind));
            }
            System.out.printf("peak heap (sum of heap pools' peaks): %,d MB%n", peakHeapMb());
            for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                System.out.printf("gc %s: %,d collections, %.1f s%n", gc.getName(), gc.getCollectionCount(), gc.getCollectionTime() / 1e3);
            }
            System.out.printf("store folder: %,d MB%n", folderBytes(dir) >> 20);
        } finally {
            try (var paths = Files.walk(dir)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** Stores each architecture under its key, keeps province roots referable for their communes, and prints progress. */
    private static final class StoringSink implements ArchitectureSink {

        private final ArchitectureRepository repository;
        private final EObject national;
        private final WriteRequest request = new WriteRequest("benchmark", "synthetic nation", "generate", null);
        private final long started = System.nanoTime();
        private long lastReport = started;
        long storeNanos;

        StoringSink(ArchitectureRepository repository, EObject national) {
            this.repository = repository;
            this.national = national;
        }

        @Override
        public EObject nationalArchitecture() {
            return national;
        }

        @Override
        public void accept(GeneratedArchitecture architecture, GenerationProgress p) {
            long s = System.nanoTime();
            repository.createAs(architecture.key(), architecture.root(), request);
            storeNanos += System.nanoTime() - s;
            if (architecture.body().isProvince()) {
                Resource resource = ModelFiles.newResourceSet().createResource(GraphUris.resourceUri(architecture.key()));
                resource.getContents().add(architecture.root());
            }
            long now = System.nanoTime();
            if (now - lastReport > 30_000_000_000L || p.done() == p.total()) {
                lastReport = now;
                double seconds = (now - started) / 1e9;
                System.out.printf("%7.0f s  %,6d / %,d architectures  %,10d elements  %,10d relationships  %,7.0f elements/s  heap %,d MB%n", seconds, p.done(),
                        p.total(), p.elements(), p.relationships(), p.elements() / seconds,
                        (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20);
            }
        }
    }

    static long peakHeapMb() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak >> 20;
    }

    private static long folderBytes(Path dir) throws java.io.IOException {
        try (var paths = Files.walk(dir)) {
            return paths.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }
}
