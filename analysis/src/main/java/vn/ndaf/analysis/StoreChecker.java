package vn.ndaf.analysis;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

import org.neo4j.driver.Driver;

import vn.ndaf.repository.ArchitectureRepository;
import vn.ndaf.repository.ArchitectureSummary;
import vn.ndaf.repository.LoadedModel;
import vn.ndaf.repository.NotFoundException;
import vn.ndaf.repository.RuleQueries;

/**
 * Checks stored architectures: the model rules on each loaded model (references to other architectures
 * resolved from the store) and the cross-body rules through the repository's rule queries.
 */
public final class StoreChecker {

    private final Checker checker;
    private final ArchitectureRepository repository;
    private final RuleQueries queries;
    private LocalDate asOf = LocalDate.now(ZoneOffset.UTC);

    public StoreChecker(Checker checker, Driver driver) {
        this(checker, new ArchitectureRepository(driver), new RuleQueries(driver));
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

    /**
     * Every stored architecture checked, the cross-body rules run once over the whole graph; {@code progress}
     * is told each architecture done (count, total). Returns the findings by architecture id, every stored
     * architecture present (with an empty list when nothing was found).
     */
    public Map<String, List<Finding>> checkAll(Profile profile, BiConsumer<Integer, Integer> progress) {
        List<ArchitectureSummary> stored = repository.list(null);
        Map<String, List<Finding>> byArchitecture = new HashMap<>();
        StoredReferenceResolver resolver = new StoredReferenceResolver(repository);
        int done = 0;
        for (ArchitectureSummary s : stored) {
            byArchitecture.put(s.uid(), new ArrayList<>(checker.check(repository.load(s.uid()).root(), s.uid(), Profile.defaults(), asOf, resolver)));
            progress.accept(++done, stored.size());
        }
        for (Finding f : runStoreRules(null, profile)) {
            byArchitecture.computeIfAbsent(f.architecture(), k -> new ArrayList<>()).add(f);
        }
        byArchitecture.replaceAll((k, v) -> checker.apply(v, profile));
        return byArchitecture;
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
