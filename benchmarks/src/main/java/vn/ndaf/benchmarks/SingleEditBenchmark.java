package vn.ndaf.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EObject;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

import vn.ndaf.repository.ArchitectureRepository;
import vn.ndaf.repository.ObjectEdits;
import vn.ndaf.repository.ObjectQueries;
import vn.ndaf.repository.ObjectRecord;
import vn.ndaf.repository.WriteRequest;
import vn.ndaf.repository.store.Neo4jStore;
import vn.ndaf.repository.store.StoreSettings;

/**
 * Single-object edits on a large stored architecture: {@code ObjectEdits.setAttributes} renaming a random
 * element, one transaction per edit as the API does it, timed from the call to its return (the write, its
 * checks and its history record). The anchor is the same property update as bare Cypher through the driver,
 * in the same store and run. Store growth is the on-disk size of the database's store files (transaction
 * logs excluded: they are pruned), read with the store closed (shutdown checkpoints) before and after the edits.
 *
 * <p>Arguments: [elements=100000] [relationships=300000] [edits=1000] [runs=3] [anchor edits=1000]
 * [label-less anchor edits=100].
 */
public final class SingleEditBenchmark {

    /** The anchor the figures are compared with, exactly as a user would write it. */
    static final String ANCHOR = "MATCH (n {uid: $uid}) SET n.name = $name";
    /** The same, found through the uid index (the label the uid constraint is on). */
    static final String INDEXED_ANCHOR = "MATCH (n:Identified {uid: $uid}) SET n.name = $name";

    private static final int WARM_UP = 100;

    private SingleEditBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int elements = arg(args, 0, 100_000);
        int relationships = arg(args, 1, 300_000);
        int edits = arg(args, 2, 1_000);
        int runs = arg(args, 3, 3);
        int anchorEdits = arg(args, 4, 1_000);
        int scanEdits = arg(args, 5, 100);
        Path dir = Files.createTempDirectory("ndaf-bench-edit-");
        StoreSettings settings = new StoreSettings(dir, null, null, null, 1024L * 1024 * 1024);
        Path databases = dir.resolve("neo4j").resolve("data").resolve("databases");
        try {
            String arch;
            try (Neo4jStore store = Neo4jStore.open(settings, "single edit benchmark")) {
                EObject model = SyntheticModel.build(elements, relationships, 42);
                long t0 = System.nanoTime();
                arch = new ArchitectureRepository(store.driver()).create(model, new WriteRequest("benchmark", "", "import", null)).uid();
                System.out.printf("stored %,d elements and %,d relationships in %.1f s as %s%n", elements, relationships, (System.nanoTime() - t0) / 1e9,
                        arch);
            }
            SplittableRandom random = new SplittableRandom(7);
            List<double[]> repoRuns = new ArrayList<>();
            List<double[]> anchorRuns = new ArrayList<>();
            List<double[]> scanRuns = new ArrayList<>();
            List<Double> growth = new ArrayList<>();
            List<Double> anchorGrowth = new ArrayList<>();
            for (int run = 1; run <= runs; run++) {
                // sizes are read with the store closed: shutting down checkpoints, so every change is in the store files
                long before = size(databases);
                double[] repo;
                try (Neo4jStore store = Neo4jStore.open(settings, "single edit benchmark")) {
                    ObjectEdits objectEdits = new ObjectEdits(store.driver());
                    ObjectQueries queries = new ObjectQueries(store.driver());
                    // warm up: JIT, query plans, the page cache of what the edits touch
                    edit(objectEdits, queries, arch, elements, random, WARM_UP, "warm" + run);
                    repo = edit(objectEdits, queries, arch, elements, random, edits, "run" + run);
                }
                long after = size(databases);
                double[] anchor;
                double[] scan;
                try (Neo4jStore store = Neo4jStore.open(settings, "single edit benchmark")) {
                    bare(store.driver(), INDEXED_ANCHOR, arch, elements, random, WARM_UP, "warm" + run);
                    anchor = bare(store.driver(), INDEXED_ANCHOR, arch, elements, random, anchorEdits, "anchor" + run);
                    scan = bare(store.driver(), ANCHOR, arch, elements, random, scanEdits, "scan" + run);
                }
                long afterAnchor = size(databases);
                repoRuns.add(repo);
                anchorRuns.add(anchor);
                scanRuns.add(scan);
                growth.add((after - before) / (double) (edits + WARM_UP));
                anchorGrowth.add((afterAnchor - after) / (double) (anchorEdits + WARM_UP + scanEdits));
                System.out.printf("run %d: ObjectEdits.setAttributes median %.2f ms, p99 %.2f ms, store +%,.0f bytes/edit | "
                        + "anchor (uid index) median %.2f ms, p99 %.2f ms, +%,.0f bytes/edit | anchor without label median %.2f ms, p99 %.2f ms%n",
                        run, percentile(repo, 50), percentile(repo, 99), growth.get(run - 1), percentile(anchor, 50), percentile(anchor, 99),
                        anchorGrowth.get(run - 1), percentile(scan, 50), percentile(scan, 99));
            }
            System.out.println();
            System.out.printf("median of %d runs: setAttributes median %.2f ms, p99 %.2f ms, store growth %,.0f bytes/edit%n", runs,
                    medianOf(repoRuns, 50), medianOf(repoRuns, 99), median(growth));
            System.out.printf("median of %d runs: anchor %s median %.2f ms, p99 %.2f ms, store growth %,.0f bytes/edit%n", runs, INDEXED_ANCHOR,
                    medianOf(anchorRuns, 50), medianOf(anchorRuns, 99), median(anchorGrowth));
            System.out.printf("median of %d runs: anchor %s median %.2f ms, p99 %.2f ms%n", runs, ANCHOR, medianOf(scanRuns, 50), medianOf(scanRuns, 99));
            System.out.println(Map.of("machine", Runtime.getRuntime().availableProcessors() + " cores, " + Runtime.getRuntime().maxMemory() / (1 << 20) + " MB max heap"));
        } finally {
            RepositoryLoadBenchmark.deleteRecursively(dir);
        }
    }

    /** {@code count} renames of random elements through the repository; the latency of each in ms. */
    private static double[] edit(ObjectEdits edits, ObjectQueries queries, String arch, int elements, SplittableRandom random, int count, String tag) {
        double[] ms = new double[count];
        for (int i = 0; i < count; i++) {
            String id = "e" + random.nextInt(elements);
            ObjectRecord now = queries.find(arch, id).orElseThrow();
            long t = System.nanoTime();
            edits.setAttributes(arch, id, now.version(), Map.of("name", "Renamed " + tag + " " + i), WriteRequest.by("benchmark", "rename"));
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        return ms;
    }

    /** {@code count} renames of random elements as bare Cypher, each its own write transaction; ms each. */
    private static double[] bare(Driver driver, String statement, String arch, int elements, SplittableRandom random, int count, String tag) {
        double[] ms = new double[count];
        for (int i = 0; i < count; i++) {
            Map<String, Object> params = Map.of("uid", arch + "/e" + random.nextInt(elements), "name", "Bare " + tag + " " + i);
            long t = System.nanoTime();
            try (Session session = driver.session()) {
                session.executeWrite(tx -> tx.run(statement, params).consume());
            }
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        return ms;
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    static double percentile(double[] values, int p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank))];
    }

    private static double medianOf(List<double[]> runs, int p) {
        return median(runs.stream().map(r -> percentile(r, p)).toList());
    }

    private static double median(List<Double> values) {
        double[] a = values.stream().mapToDouble(Double::doubleValue).toArray();
        return percentile(a, 50);
    }

    private static int arg(String[] args, int i, int fallback) {
        return args.length > i ? Integer.parseInt(args[i]) : fallback;
    }
}
