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
import org.neo4j.driver.Session;

import vn.ndaf.analysis.gaps.Coverage;
import vn.ndaf.repository.FindingStore;
import vn.ndaf.repository.GapQueries;
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
                anchorRead(store, province);
            }
            // interleaved: each run measures the check, its parts and the anchor, so all see the same drift of the machine
            double[] total = new double[runs];
            double[] load = new double[runs];
            double[] model = new double[runs];
            double[] anchor = new double[runs];
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
                long e = System.nanoTime();
                anchorRead(store, province);
                anchor[i] = (System.nanoTime() - e) / 1e6;
                if (i == 0) {
                    System.out.printf("findings on the province: %d%n", n);
                }
            }
            report("check one province (load + model rules + cross-body rules)", total, anchor);
            System.out.printf("  of which load %.0f ms, model rules %.0f ms (medians)%n", median(load), median(model));
            System.out.printf("  anchor: the province's nodes and relationships with their properties, two bare Cypher reads: median %.0f ms%n",
                    median(anchor));

            String target = Models.id(Models.<EObject>list(repository.load(province).root(), "elements").get(0));
            FindingStore findings = new FindingStore(store.driver());
            // as before ADR 0024: the write returns once its findings are stored
            ObjectEdits edits = new ObjectEdits(store.driver());
            LiveFindings live = new LiveFindings(storeChecker, findings);
            edits.addWriteListener(live);
            double[] edit = new double[runs];
            double[] editAnchor = new double[runs];
            int[] counter = { 0 };
            for (int i = 0; i < runs + 3; i++) {
                double t = timedEdit(repository, edits, province, target, "Tên sửa " + counter[0]++, request);
                double t2 = anchorEdit(store, province, target, "Tên neo " + i);
                if (i >= 3) {
                    edit[i - 3] = t;
                    editAnchor[i - 3] = t2;
                }
            }
            report("edit + refreshed findings, refreshed in the writer's thread (the edit returns after the findings are stored)", edit, editAnchor);
            System.out.println("  anchor: the same rename and a read of the element's stored findings, bare Cypher");

            // the server's way (ADR 0024): the edit returns once committed; a read of findings waits for the refresh
            FindingStore served = new FindingStore(store.driver());
            ObjectEdits serverEdits = new ObjectEdits(store.driver());
            try (LiveFindings background = LiveFindings.inBackground(storeChecker, served)) {
                serverEdits.addWriteListener(background);
                double[] returned = new double[runs];
                double[] readable = new double[runs];
                for (int i = 0; i < runs + 3; i++) {
                    long version = repository.load(province).versions().getOrDefault(province + "/" + target, 1L);
                    long a = System.nanoTime();
                    serverEdits.setAttributes(province, target, version, Map.of("name", "Tên sửa " + counter[0]++), request);
                    long b = System.nanoTime();
                    served.page(new FindingStore.Filter(List.of(province), null, null, null), 0, 100);
                    long c = System.nanoTime();
                    double t2 = anchorEdit(store, province, target, "Tên neo " + i);
                    if (i >= 3) {
                        returned[i - 3] = (b - a) / 1e6;
                        readable[i - 3] = (c - a) / 1e6;
                        editAnchor[i - 3] = t2;
                    }
                }
                report("edit returns (refresh in the background)", returned, editAnchor);
                report("edit + refreshed findings read (the read waits for the refresh)", readable, editAnchor);
            }

            // coverage over every province and commune of the registry
            List<vn.ndaf.framework.registry.Body> bodies = new ArrayList<>(data.registry().provinces());
            bodies.addAll(data.registry().communes());
            GapQueries gapQueries = new GapQueries(store.driver());
            Coverage coverage = new Coverage(repository, gapQueries, data, "national");
            double[] cov = new double[runs];
            double[] covAnchor = new double[runs];
            for (int i = 0; i < runs + 2; i++) {
                long a = System.nanoTime();
                Coverage.Result r = coverage.of(bodies);
                long b = System.nanoTime();
                anchorCoverage(store);
                long c = System.nanoTime();
                if (i == 0) {
                    System.out.printf("coverage: %,d bodies, %,d architectures, %,d missing blocks%n", r.totals().bodies(), r.totals().architectures(),
                            r.totals().missingBlocks());
                }
                if (i >= 2) {
                    cov[i - 2] = (b - a) / 1e6;
                    covAnchor[i - 2] = (c - b) / 1e6;
                }
            }
            report("coverage of " + bodies.size() + " provinces and communes", cov, covAnchor);
            System.out.println("  anchor: the block-identified elements and the national platforms' uses, two bare Cypher reads");

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

    private static double timedEdit(ArchitectureRepository repository, ObjectEdits edits, String arch, String target, String name, WriteRequest request) {
        long version = repository.load(arch).versions().getOrDefault(arch + "/" + target, 1L);
        long a = System.nanoTime();
        edits.setAttributes(arch, target, version, Map.of("name", name), request);
        return (System.nanoTime() - a) / 1e6;
    }

    private static void report(String what, double[] v, double[] anchor) {
        System.out.printf("%s: median %.0f ms, min %.0f, max %.0f; anchor median %.1f ms, ratio %.1f x%n", what, median(v), min(v), max(v), median(anchor),
                median(v) / Math.max(median(anchor), 0.001));
    }

    /** What a check must read at least: the architecture's nodes and relationships with their properties. */
    private static void anchorRead(Neo4jStore store, String arch) {
        try (Session s = store.driver().session()) {
            s.executeRead(tx -> {
                tx.run("MATCH (n:Identified) WHERE n.uid STARTS WITH $prefix RETURN n{.*} AS p", Map.of("prefix", arch + "/")).list();
                tx.run("MATCH (n:Identified)-[e]->(m:Identified) WHERE n.uid STARTS WITH $prefix AND e.uid IS NOT NULL RETURN e{.*} AS p, m.uid AS t",
                        Map.of("prefix", arch + "/")).list();
                return null;
            });
        }
    }

    /** The rename as bare Cypher, then the element's findings read. */
    private static double anchorEdit(Neo4jStore store, String arch, String id, String name) {
        long a = System.nanoTime();
        try (Session s = store.driver().session()) {
            s.executeWrite(tx -> tx.run("MATCH (n:Identified {uid: $uid}) SET n.name = $name", Map.of("uid", arch + "/" + id, "name", name)).consume());
            s.executeRead(tx -> tx.run("MATCH (f:Finding {arch: $arch}) WHERE f.id = $id RETURN f{.*}", Map.of("arch", arch, "id", id)).list());
        }
        return (System.nanoTime() - a) / 1e6;
    }

    /** Coverage's two questions as bare Cypher: block-identified elements, and who uses the national platforms. */
    private static void anchorCoverage(Neo4jStore store) {
        try (Session s = store.driver().session()) {
            s.executeRead(tx -> {
                tx.run("MATCH (n:Concept) WHERE n.frameworkBlock IS NOT NULL RETURN split(n.uid, '/')[0] AS arch, n.frameworkBlock AS block, n._type AS type")
                        .list();
                tx.run("MATCH (p:Identified) WHERE p.uid STARTS WITH 'national/p-' MATCH (p)-[r]-(o:Identified) WHERE r.uid IS NOT NULL"
                        + " RETURN DISTINCT split(r.uid, '/')[0] AS arch, p.id AS platform").list();
                return null;
            });
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
