package vn.ndaf.analysis;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

import vn.ndaf.repository.ArchitectureRepository;
import vn.ndaf.repository.ArchitectureSummary;
import vn.ndaf.repository.LoadedModel;
import vn.ndaf.repository.NotFoundException;
import vn.ndaf.repository.RuleQueries;
import vn.ndaf.repository.store.Neo4jStore;

/**
 * Checks stored architectures: the model rules on each loaded model (references to other architectures
 * resolved from the store) and the cross-body rules through the repository's rule queries.
 */
public final class StoreChecker {

    private final Checker checker;
    private final ArchitectureRepository repository;
    private final RuleQueries queries;
    private LocalDate asOf = LocalDate.now(ZoneOffset.UTC);

    public StoreChecker(Checker checker, Neo4jStore store) {
        this(checker, new ArchitectureRepository(store.driver()), new RuleQueries(store.driver()));
    }

    public StoreChecker(Checker checker, ArchitectureRepository repository, RuleQueries queries) {
        this.checker = checker;
        this.repository = repository;
        this.queries = queries;
    }

    /** Judges lateness as of {@code day} instead of today. */
    public StoreChecker asOf(LocalDate day) {
        this.asOf = day;
        return this;
    }

    public Checker checker() {
        return checker;
    }

    /** Every finding of one stored architecture; fails with {@link NotFoundException} when it is not stored. */
    public List<Finding> check(String architectureId, Profile profile) {
        LoadedModel model = repository.load(architectureId);
        if (!vn.ndaf.metamodel.Models.isA(model.root(), "Architecture")) {
            throw new NotFoundException("No architecture with id " + architectureId + " is stored");
        }
        return check(model, profile, new StoredReferenceResolver(repository));
    }

    /** As {@link #check(String, Profile)} for a model already loaded. */
    public List<Finding> check(LoadedModel model, Profile profile, StoredReferenceResolver resolver) {
        List<Finding> all = new ArrayList<>(checker.check(model.root(), model.uid(), Profile.defaults(), asOf, resolver));
        all.addAll(runStoreRules(Set.of(model.uid()), profile));
        return checker.apply(all, profile);
    }

    /** A stored architecture's findings under the default severities and its readiness figures. */
    public record Checked(String architecture, String body, List<Finding> findings, Readiness readiness) {
    }

    /** Checks one stored architecture with the default severities and computes its readiness, for keeping in the store. */
    public Checked checkForStore(String architectureId) {
        // the body registry and deleted architectures are written too: tell them apart before loading a whole model
        if (repository.summary(architectureId).isEmpty()) {
            throw new NotFoundException("No architecture with id " + architectureId + " is stored");
        }
        LoadedModel model = repository.load(architectureId);
        if (!vn.ndaf.metamodel.Models.isA(model.root(), "Architecture")) {
            throw new NotFoundException("No architecture with id " + architectureId + " is stored");
        }
        StoredReferenceResolver resolver = new StoredReferenceResolver(repository);
        Checker.Result result = checker.checkWithReadiness(model.root(), model.uid(), Profile.defaults(), asOf, resolver);
        List<Finding> all = new ArrayList<>(result.findings());
        all.addAll(runStoreRules(Set.of(model.uid()), Profile.defaults()));
        return new Checked(model.uid(), vn.ndaf.metamodel.Models.string(model.root(), "bodyCode"), checker.apply(all, Profile.defaults()), result.readiness());
    }

    /**
     * Every stored architecture checked with the default severities, the cross-body rules run once over the
     * whole graph; {@code progress} is told each architecture done (count, total). Returns one result per
     * stored architecture, ordered by id, each with its readiness.
     */
    public List<Checked> checkAll(BiConsumer<Integer, Integer> progress) {
        List<ArchitectureSummary> stored = new ArrayList<>(repository.list(null));
        stored.sort(java.util.Comparator.comparing(ArchitectureSummary::uid));
        Map<String, List<Finding>> byArchitecture = new HashMap<>();
        Map<String, Readiness> readiness = new HashMap<>();
        Map<String, String> bodies = new HashMap<>();
        StoredReferenceResolver resolver = new StoredReferenceResolver(repository);
        int done = 0;
        for (ArchitectureSummary s : stored) {
            var root = repository.load(s.uid()).root();
            Checker.Result result = checker.checkWithReadiness(root, s.uid(), Profile.defaults(), asOf, resolver);
            byArchitecture.put(s.uid(), new ArrayList<>(result.findings()));
            readiness.put(s.uid(), result.readiness());
            bodies.put(s.uid(), s.bodyCode());
            progress.accept(++done, stored.size());
        }
        for (Finding f : runStoreRules(null, Profile.defaults())) {
            byArchitecture.computeIfAbsent(f.architecture(), k -> new ArrayList<>()).add(f);
        }
        List<Checked> out = new ArrayList<>();
        for (ArchitectureSummary s : stored) {
            out.add(new Checked(s.uid(), bodies.get(s.uid()), checker.apply(byArchitecture.get(s.uid()), Profile.defaults()), readiness.get(s.uid())));
        }
        return out;
    }

    private List<Finding> runStoreRules(Set<String> architectures, Profile profile) {
        List<Finding> out = new ArrayList<>();
        for (StoreRule rule : checker.registry().storeRules()) {
            if (profile.severityOf(rule).isPresent()) {
                out.addAll(rule.run(queries, architectures));
            }
        }
        return out;
    }
}
