package vn.ndaf.benchmarks;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;

import vn.ndaf.repository.ArchitectureRepository;
import vn.ndaf.repository.LoadedModel;
import vn.ndaf.repository.SaveResult;
import vn.ndaf.repository.WriteRequest;
import vn.ndaf.repository.mapping.ModelToGraph;
import vn.ndaf.repository.store.Neo4jStore;
import vn.ndaf.repository.store.StoreSettings;

/**
 * Loads one synthetic architecture (default 100,000 elements and 300,000 relationships) into a fresh
 * embedded store in one transaction and prints the rates. Arguments: [elements] [relationships].
 */
public final class RepositoryLoadBenchmark {

    private static final long T0 = System.nanoTime();

    private RepositoryLoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int elements = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int relationships = args.length > 1 ? Integer.parseInt(args[1]) : 300_000;
        Path dir = Files.createTempDirectory("ndaf-bench-");
        long t0 = System.nanoTime();
        EObject model = SyntheticModel.build(elements, relationships, 42);
        long built = System.nanoTime();
        int nodes = ModelToGraph.toStates(model, "probe").size();
        long mapped = System.nanoTime();
        try (Neo4jStore store = Neo4jStore.open(new StoreSettings(dir, null, null, null, 1024L * 1024 * 1024), "benchmark")) {
            ArchitectureRepository repository = new ArchitectureRepository(store.driver());
            for (String index : System.getProperty("drop", "").split(",")) {
                if (index.startsWith("lookup-")) {
                    try (var session = store.driver().session()) {
                        String name = session.run("SHOW INDEXES YIELD name, entityType, type WHERE type = 'LOOKUP' AND entityType = $t RETURN name",
                                Map.of("t", index.substring(7))).single().get(0).asString();
                        session.run("DROP INDEX " + name).consume();
                        System.out.println("dropped " + name);
                    }
                } else if (!index.isBlank()) {
                    try (var session = store.driver().session()) {
                        session.run(index.startsWith("c:") ? "DROP CONSTRAINT " + index.substring(2) : "DROP INDEX " + index).consume();
                    }
                }
            }
            long[] lastReport = { System.nanoTime() };
            WriteRequest request = new WriteRequest("benchmark", "", "import", (phase, done, total) -> {
                if (System.nanoTime() - lastReport[0] > 2_000_000_000L || done == total) {
                    System.out.printf("  %6.1f s  %s %,d / %,d%n", (System.nanoTime() - T0) / 1e9, phase, done, total);
                    lastReport[0] = System.nanoTime();
                }
            });
            long s0 = System.nanoTime();
            System.out.printf("  %6.1f s  store begins%n", (s0 - T0) / 1e9);
            SaveResult saved = repository.create(model, request);
            long s1 = System.nanoTime();
            System.out.printf("  %6.1f s  committed%n", (s1 - T0) / 1e9);
            LoadedModel loaded = repository.load(saved.uid());
            long l1 = System.nanoTime();
            double storeSeconds = (s1 - s0) / 1e9;
            System.out.println();
            System.out.printf("model: %,d elements, %,d relationships (%,d nodes)%n", elements, relationships, nodes);
            System.out.printf("build model: %.1f s; map to graph states: %.1f s%n", (built - t0) / 1e9, (mapped - built) / 1e9);
            System.out.printf("store (one transaction): %.1f s = %,.0f elements/s, %,.0f relationships/s, %,.0f nodes/s%n", storeSeconds,
                    elements / storeSeconds, relationships / storeSeconds, nodes / storeSeconds);
            System.out.printf("load back: %.1f s (%,d objects)%n", (l1 - s1) / 1e9, loaded.states().size());
            System.out.printf("peak heap used: %,d MB%n", peakHeapMb());
            System.out.println(Map.of("machine", Runtime.getRuntime().availableProcessors() + " cores, " + Runtime.getRuntime().maxMemory() / (1 << 20) + " MB max heap"));
        } finally {
            deleteRecursively(dir);
        }
    }

    static long peakHeapMb() {
        long peak = 0;
        for (var pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == java.lang.management.MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak / (1 << 20);
    }

    static void deleteRecursively(Path dir) throws java.io.IOException {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
