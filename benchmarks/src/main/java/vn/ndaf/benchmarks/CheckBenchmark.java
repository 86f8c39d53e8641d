package vn.ndaf.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;

import vn.ndaf.analysis.Checker;
import vn.ndaf.analysis.LiveFindings;
import vn.ndaf.analysis.Profile;
import vn.ndaf.analysis.StoreChecker;
import vn.ndaf.framework.ReferenceData;
import vn.ndaf.framework.synthetic.ArchitectureSink;
import vn.ndaf.framework.synthetic.GeneratedArchitecture;
import vn.ndaf.framework.synthetic.GenerationProgress;
import vn.ndaf.framework.synthetic.SyntheticNation;
import vn.ndaf.metamodel.ModelFiles;
import vn.ndaf.metamodel.Models;
import vn.ndaf.repository.ArchitectureRepository;
import vn.ndaf.repository.FindingStore;
import vn.ndaf.repository.LoadedModel;
import vn.ndaf.repository.ObjectEdits;
import vn.ndaf.repository.WriteRequest;
import vn.ndaf.repository.mapping.GraphUris;
import vn.ndaf.repository.store.Neo4jStore;
import vn.ndaf.repository.store.StoreSettings;

/**
 * The analysis on a stored synthetic nation (docs/benchmarks.md, "Analysis"): how long checking the largest
 * province architecture takes (loading it, the model rules, the cross-body rules), how long an edit followed
 * by its refreshed findings takes, and optionally the whole nation checked from nothing. Arguments: [scale,
 * default 0.002] [seed, default 1] [runs, default 15] [all: check the whole nation too].
 */
public final class CheckBenchmark {

    private CheckBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        double scale = args.length > 0 ? Double.parseDouble(args[0]) : 0.002;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 1;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 15;
        boolean all = args.length > 3 && args[3].equals("all");
        Path dir = Files.createTempDirectory("ndaf-check-bench-");
        ReferenceData data = ReferenceData.standard();
        WriteRequest request = WriteRequest.by("benchmark", "check benchmark");
        try (Neo4jStore store = Neo4jStore.open(StoreSettings.embedded(dir), "check benchmark")) {
            ArchitectureRepository repository = new ArchitectureRepository(store.driver());
            repository.createAs("registry", data.buildRegistryModel(), request);
            repository.createAs("national", data.buildNationalArchitecture(), request);
            EObject national = repository.load("national").root();
            List<String> provinces = new ArrayList<>();
            long t0 = System.nanoTime();
            SyntheticNation.standard().generate(scale, seed, new ArchitectureSink() {
                @Override
                public EObject nationalArchitecture() {
                    return national;
                }

                @Override
                public void accept(GeneratedArchitecture a, GenerationProgress p) {
                    repository.createAs(a.key(), a.root(), request);
                    Resource r = ModelFiles.newResourceSet().createResource(GraphUris.resourceUri(a.key()));
                    r.getContents().add(a.root());
                    if (a.body().isProvince()) {
                        provinces.add(a.key());
                    }
                }
            });
            System.out.printf("stored scale %s seed %d in %.1f s%n", scale, seed, (System.nanoTime() - t0) / 1e9);
            String province = provinces.stream().max((x, y) -> Long.compare(repository.summary(x).orElseThrow().elements(),
                    repository.summary(y).orElseThrow().elements())).orElseThrow();
            System.out.printf("province %s: %d elements, %d relationships%n", province, repository.summary(province).orElseThrow().elements(),
                    repository.summary(province).orElseThrow().relationships());

            Checker checker = Checker.standard();
            StoreChecker storeChecker = new StoreChecker(checker, store);
            for (int i = 0; i < 5; i++) {
                storeChecker.check(province, Profile.defaults());
            }
            double[] total = new double[runs];
            double[] load = new double[runs];
            double[] model = new double[runs];
            for (int i = 0; i < runs; i++) {
                long a = System.nanoTime();
                LoadedModel loaded = repository.load(province);
                long b = System.nanoTime();
                checker.check(loaded.root(), province, Profile.defaults());
                long c = System.nanoTime();
                load[i] = (b - a) / 1e6;
                model[i] = (c - b) / 1e6;
                long d = System.nanoTime();
                int n = storeChecker.check(province, Profile.defaults()).size();
                total[i] = (System.nanoTime() - d) / 1e6;
                if (i == 0) {
                    System.out.printf("findings on the province: %d%n", n);
                }
            }
            System.out.printf("check one province (load + model rules + cross-body rules): median %.0f ms, min %.0f, max %.0f%n", median(total), min(total),
                    max(total));
            System.out.printf("  of which load %.0f ms, model rules %.0f ms (medians)%n", median(load), median(model));

            ObjectEdits edits = new ObjectEdits(store.driver());
            LiveFindings live = new LiveFindings(storeChecker, new FindingStore(store.driver()));
            edits.addWriteListener(live);
            String target = Models.id(Models.<EObject>list(repository.load(province).root(), "elements").get(0));
            double[] edit = new double[runs];
            for (int i = 0; i < runs + 3; i++) {
                long version = repository.load(province).versions().getOrDefault(province + "/" + target, 1L);
                long a = System.nanoTime();
                edits.setAttributes(province, target, version, Map.of("name", "Tên sửa " + i), request);
                long b = System.nanoTime();
                if (i >= 3) {
                    edit[i - 3] = (b - a) / 1e6;
                }
            }
            System.out.printf("edit + refreshed findings (the edit returns after the findings are stored): median %.0f ms, min %.0f, max %.0f%n",
                    median(edit), min(edit), max(edit));

            if (all) {
                long a = System.nanoTime();
                var checked = storeChecker.checkAll((done, count) -> {
                });
                long b = System.nanoTime();
                for (var c : checked) {
                    live.store(c);
                }
                long c = System.nanoTime();
                System.out.printf("whole nation: %d architectures checked in %.1f s, findings stored in %.1f s%n", checked.size(), (b - a) / 1e9,
                        (c - b) / 1e9);
            }
        } finally {
            try (var paths = Files.walk(dir)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }

    private static double min(double[] v) {
        return Arrays.stream(v).min().orElse(0);
    }

    private static double max(double[] v) {
        return Arrays.stream(v).max().orElse(0);
    }
}
