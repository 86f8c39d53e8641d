package vn.ndaf.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.ecore.EObject;

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
                System.out.printf("run %d: %.2f s = load %.2f + consolidate %.2f + validate %.2f + store %.2f; %,d elements, %,d relationships, %d duplicates,"
                        + " %d gaps, %d potential matches, %d validation errors%n", run, total, (loaded - t0) / 1e9, (built - loaded) / 1e9,
                        (validated - built) / 1e9, (stored - validated) / 1e9, result.report().counts().get("elements"),
                        result.report().counts().get("relationships"), result.report().duplicates().size(), result.report().gaps().size(),
                        result.report().potentialMatches().size(), errors);
            }
            totals.sort(Comparator.naturalOrder());
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
