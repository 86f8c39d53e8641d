package vn.ndaf.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import vn.ndaf.interop.ImportOptions;
import vn.ndaf.interop.ImportResult;
import vn.ndaf.interop.ModelImporter;
import vn.ndaf.metamodel.Models;
import vn.ndaf.repository.ArchitectureRepository;
import vn.ndaf.repository.WriteRequest;
import vn.ndaf.repository.store.Neo4jStore;
import vn.ndaf.repository.store.StoreSettings;

/**
 * Times the import of a synthetic exchange file (default 3 MB, docs/benchmarks.md): parsing into the EMF
 * model alone, the first time in a fresh JVM and then warmed up; and parsing plus storing in a fresh
 * embedded store, one transaction per import. Argument: [megabytes].
 */
public final class ExchangeImportBenchmark {

    private ExchangeImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        double megabytes = args.length > 0 ? Double.parseDouble(args[0]) : 3.0;
        byte[] file = SyntheticExchangeFile.of((long) (megabytes * 1024 * 1024));
        ImportOptions options = ImportOptions.named("synthetic.xml").withBody("01");

        long t0 = System.nanoTime();
        ImportResult first = ModelImporter.read(file, options);
        double cold = seconds(t0);
        List<Double> warm = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            long t = System.nanoTime();
            ModelImporter.read(file, options);
            warm.add(seconds(t));
        }
        Collections.sort(warm);

        Path dir = Files.createTempDirectory("ndaf-bench-interop-");
        List<Double> stored = new ArrayList<>();
        try (Neo4jStore store = Neo4jStore.open(StoreSettings.embedded(dir), "benchmark")) {
            ArchitectureRepository repository = new ArchitectureRepository(store.driver());
            for (int i = 0; i < 4; i++) {
                long t = System.nanoTime();
                ImportResult result = ModelImporter.read(file, options);
                repository.create(result.architecture(), WriteRequest.by("benchmark", "interop benchmark").withKind("import"));
                stored.add(seconds(t));
            }
        } finally {
            deleteRecursively(dir);
        }

        System.out.printf(Locale.ROOT, "file: %.2f MB exchange XML, %,d elements, %,d relationships, %,d views%n", file.length / 1048576.0,
                Models.list(first.architecture(), "elements").size(), Models.list(first.architecture(), "relationships").size(),
                Models.list(first.architecture(), "views").size());
        System.out.printf(Locale.ROOT, "parse to EMF: first run in a fresh JVM %.2f s; warmed up median %.2f s (min %.2f s, 10 runs)%n", cold,
                warm.get(warm.size() / 2), warm.get(0));
        System.out.printf(Locale.ROOT, "parse + store (fresh embedded Neo4j, one transaction): first %.2f s; then %.2f s, %.2f s, %.2f s%n", stored.get(0),
                stored.get(1), stored.get(2), stored.get(3));
        System.out.printf(Locale.ROOT, "machine: %d cores, %,d MB max heap, Java %s%n", Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() / (1 << 20), System.getProperty("java.version"));
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static void deleteRecursively(Path dir) throws java.io.IOException {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
