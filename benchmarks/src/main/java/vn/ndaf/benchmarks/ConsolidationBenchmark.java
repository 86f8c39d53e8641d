package vn.ndaf.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.neo4j.driver.Session;

import vn.ndaf.framework.ReferenceData;
import vn.ndaf.framework.registry.Body;
import vn.ndaf.framework.restructuring.Consolidator;
import vn.ndaf.framework.synthetic.PreReformArchitectures;
import vn.ndaf.metamodel.Models;
import vn.ndaf.metamodel.validation.ModelValidator;
import vn.ndaf.repository.ArchitectureRepository;
import vn.ndaf.repository.WriteRequest;
import vn.ndaf.repository.store.Neo4jStore;
import vn.ndaf.repository.store.StoreSettings;

/**
 * Consolidates the three pre-reform architectures of Phú Thọ (former Vĩnh Phúc, Hoà Bình, Phú Thọ), each of
 * about {@code elements} elements, as {@code ndaf consolidate} does: load the three from the store, build the
 * consolidated architecture and its report, validate it, store it. Arguments: [elements per architecture,
 * default 5000] [runs, default 5] [seed, default 1]. Prints each run's phases; figures go to docs/benchmarks.md.
 */
public final class ConsolidationBenchmark {

    private ConsolidationBenchmark() {
    }

    /**
     * The same amount of work as bare driver Cypher, in seconds: read every node of the three predecessors with
     * its properties, then create as many nodes (name, id, type) and relationships between them in one
     * transaction (deleted again afterwards, untimed).
     */
    static double[] anchor(Neo4jStore store, List<String> ids, long elements, long relationships) {
        try (Session s = store.driver().session()) {
            long a = System.nanoTime();
            for (String id : ids) {
                s.executeRead(tx -> tx.run("MATCH (n:Identified) WHERE n.uid STARTS WITH $prefix RETURN n{.*} AS p", Map.of("prefix", id + "/")).list());
            }
            double read = (System.nanoTime() - a) / 1e9;
            // as the repository's uid index: schema first, in its own transaction, untimed
            s.run("CREATE INDEX anchor_uid IF NOT EXISTS FOR (n:AnchorNode) ON (n.uid)").consume();
            s.run("CALL db.awaitIndexes()").consume();
            List<Map<String, Object>> rows = new ArrayList<>();
            for (long i = 0; i < elements; i++) {
                rows.add(Map.of("uid", "anchor/e" + i, "id", "e" + i, "name", "Phần tử " + i, "type", "ApplicationComponent"));
            }
            List<Map<String, Object>> rels = new ArrayList<>();
            for (long i = 0; i < relationships; i++) {
                rels.add(Map.of("s", "anchor/e" + (i % elements), "t", "anchor/e" + ((i * 7 + 1) % elements), "uid", "anchor/r" + i));
            }
            long b = System.nanoTime();
            s.executeWrite(tx -> {
                tx.run("UNWIND $rows AS r CREATE (:AnchorNode {uid: r.uid, id: r.id, name: r.name, _type: r.type})", Map.of("rows", rows)).consume();
                tx.run("UNWIND $rels AS r MATCH (x:AnchorNode {uid: r.s}), (y:AnchorNode {uid: r.t}) CREATE (x)-[:ANCHOR_REL {uid: r.uid}]->(y)",
                        Map.of("rels", rels)).consume();
                return null;
            });
            double write = (System.nanoTime() - b) / 1e9;
            s.executeWrite(tx -> tx.run("MATCH (n:AnchorNode) DETACH DELETE n").consume());
            s.run("DROP INDEX anchor_uid IF EXISTS").consume();
            return new double[] { read, write };
        }
    }

    public static void main(String[] args) throws Exception {
        int elements = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 1;
        Path dir = Files.createTempDirectory("ndaf-consolidation-");
        try (Neo4jStore store = Neo4jStore.open(new StoreSettings(dir, null, null, null, 512L * 1024 * 1024), "consolidation benchmark")) {
            ArchitectureRepository repository = new ArchitectureRepository(store.driver());
            ReferenceData data = ReferenceData.standard();
            WriteRequest reference = new WriteRequest("benchmark", "reference data", "reference-data", null);
            repository.createAs("registry", data.buildRegistryModel(), reference);
            repository.createAs("national", data.buildNationalArchitecture(), reference);
            EObject national = repository.load("national").root();
            Body phuTho = data.registry().find("25").orElseThrow();
            int blocks = data.templates().forBody(phuTho).orElseThrow().blocks().size();
            PreReformArchitectures.Sample sample = new PreReformArchitectures(data, 1.0, Math.max(0, elements - blocks)).generate(phuTho, seed, national);
            List<String> ids = new ArrayList<>();
            for (PreReformArchitectures.Architecture a : sample.architectures()) {
                repository.createAs(a.key(), a.root(), WriteRequest.by("benchmark", "before the reform"));
                ids.add(a.key());
                System.out.printf("predecessor %s: %,d elements, %,d relationships%n", a.key(), Models.list(a.root(), "elements").size(),
                        Models.list(a.root(), "relationships").size());
            }
            Consolidator consolidator = new Consolidator(data.instantiator(), data.catalogue());
            List<Double> totals = new ArrayList<>();
            List<Double> anchors = new ArrayList<>();
            for (int run = 1; run <= runs; run++) {
                long t0 = System.nanoTime();
                List<Consolidator.Origin> origins = new ArrayList<>();
                for (int i = 0; i < ids.size(); i++) {
                    PreReformArchitectures.Architecture a = sample.architectures().get(i);
                    origins.add(new Consolidator.Origin(ids.get(i), repository.load(ids.get(i)).root(), a.formerUnit(), a.formerName()));
                }
                EObject nationalNow = repository.load("national").root();
                long loaded = System.nanoTime();
                String id = ArchitectureRepository.newArchitectureId();
                Consolidator.Result result = consolidator.consolidate(id, phuTho, data.templates().forBody(phuTho).orElseThrow(), origins, nationalNow, null);
                long built = System.nanoTime();
                long errors = ModelValidator.get().errors(result.architecture()).stream().filter(p -> !"emf.4".equals(p.rule())).count();
                long validated = System.nanoTime();
                repository.createAs(id, result.architecture(), new WriteRequest("benchmark", "consolidated from " + String.join(", ", ids), "consolidation", null));
                long stored = System.nanoTime();
                double total = (stored - t0) / 1e9;
                totals.add(total);
                double[] a = anchor(store, ids, ((Number) result.report().counts().get("elements")).longValue(),
                        ((Number) result.report().counts().get("relationships")).longValue());
                anchors.add(a[0] + a[1]);
                System.out.printf("run %d: %.2f s = load %.2f + consolidate %.2f + validate %.2f + store %.2f; %,d elements, %,d relationships, %d duplicates,"
                        + " %d gaps, %d potential matches, %d validation errors%n", run, total, (loaded - t0) / 1e9, (built - loaded) / 1e9,
                        (validated - built) / 1e9, (stored - validated) / 1e9, result.report().counts().get("elements"),
                        result.report().counts().get("relationships"), result.report().duplicates().size(), result.report().gaps().size(),
                        result.report().potentialMatches().size(), errors);
                System.out.printf("  anchor (bare Cypher): read the three %.2f s + create as many nodes and relationships in one transaction %.2f s; ratio %.1f x%n",
                        a[0], a[1], total / (a[0] + a[1]));
            }
            totals.sort(Comparator.naturalOrder());
            anchors.sort(Comparator.naturalOrder());
            System.out.printf("anchor median %.2f s; ratio of the medians %.1f x%n", anchors.get(anchors.size() / 2),
                    totals.get(totals.size() / 2) / anchors.get(anchors.size() / 2));
            System.out.printf("date: %s; %d cores, %,d MB max heap; median of %d runs: %.2f s (min %.2f, max %.2f)%n", LocalDate.now(),
                    Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20, runs, totals.get(totals.size() / 2), totals.get(0),
                    totals.get(totals.size() - 1));
        } finally {
            try (var paths = Files.walk(dir)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
