package vn.ndaf.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

import vn.ndaf.analysis.Finding;
import vn.ndaf.analysis.LiveFindings;
import vn.ndaf.analysis.StoreChecker;
import vn.ndaf.analysis.gaps.Coverage;
import vn.ndaf.analysis.gaps.DataGaps;
import vn.ndaf.analysis.gaps.Duplicates;
import vn.ndaf.analysis.gaps.GapMatrix;
import vn.ndaf.analysis.gaps.PlateauGaps;
import vn.ndaf.analysis.gaps.Schedule;
import vn.ndaf.analysis.gaps.StateGaps;
import vn.ndaf.analysis.report.BodyReport;
import vn.ndaf.framework.ReferenceData;
import vn.ndaf.framework.registry.Body;
import vn.ndaf.repository.ArchitectureRepository;
import vn.ndaf.repository.FindingStore;
import vn.ndaf.repository.GapQueries;
import vn.ndaf.repository.NotFoundException;

/**
 * The analyses: checks and their stored findings, nation-wide counts and readiness, the gap analyses and the
 * body report. Every analysis is asked of the {@link AccessPolicy} with the architectures or bodies it covers.
 */
public final class AnalysisService {

    /** The languages of the body report. */
    public static final List<String> REPORT_LANGUAGES = BodyReport.LANGUAGES;

    private final ArchitectureRepository repository;
    private final GapQueries gaps;
    private final FindingStore findings;
    private final Supplier<StoreChecker> checker;
    private final Supplier<LiveFindings> live;
    private final Supplier<ReferenceData> data;
    private final String national;
    private final Guard guard;

    public AnalysisService(ArchitectureRepository repository, GapQueries gaps, FindingStore findings, Supplier<StoreChecker> checker,
            Supplier<LiveFindings> live, Supplier<ReferenceData> data, String national, Guard guard) {
        this.repository = repository;
        this.gaps = gaps;
        this.findings = findings;
        this.checker = checker;
        this.live = live;
        this.data = data;
        this.national = national;
        this.guard = guard;
    }

    /** A page of stored findings. */
    public FindingStore.Page findings(Caller caller, FindingStore.Filter filter, long offset, int limit) {
        return guard.read(caller, Action.ANALYSE, target(filter), () -> findings.page(filter, offset, limit));
    }

    /** Stored findings counted by rule, severity, tier, kind and province. */
    public List<Map<String, Object>> findingCounts(Caller caller, FindingStore.Filter filter) {
        return guard.read(caller, Action.ANALYSE, target(filter), () -> findings.counts(filter));
    }

    /** The readiness summaries of the bodies' architectures (null: of all). */
    public List<Map<String, Object>> readiness(Caller caller, List<String> bodies) {
        Target target = bodies != null && bodies.size() == 1 ? Target.body(bodies.get(0)) : Target.STORE;
        return guard.read(caller, Action.ANALYSE, target, () -> findings.summaries(bodies));
    }

    /** Checks a stored architecture again and stores its findings, returning them. */
    public List<Finding> check(Caller caller, String architecture) {
        return guard.read(caller, Action.ANALYSE, Target.architecture(architecture), () -> {
            if (!repository.exists(architecture)) {
                throw new NotFoundException("No architecture with id " + architecture + " is stored");
            }
            return live.get().refresh(architecture);
        });
    }

    /** Checks one stored architecture for the store (all rules, store-wide ones included), storing its findings. */
    public StoreChecker.Checked checkAndStore(Caller caller, String architecture) {
        return guard.read(caller, Action.ANALYSE, Target.architecture(architecture), () -> {
            StoreChecker.Checked checked = checker.get().checkForStore(architecture);
            live.get().store(checked);
            return checked;
        });
    }

    /** Checks every stored architecture, storing their findings; {@code progress} gets (done, total). */
    public List<StoreChecker.Checked> checkAllAndStore(Caller caller, BiConsumer<Integer, Integer> progress) {
        return guard.read(caller, Action.ANALYSE, Target.STORE, () -> {
            List<StoreChecker.Checked> checked = checker.get().checkAll(progress);
            checked.forEach(live.get()::store);
            return checked;
        });
    }

    /** The checker's findings of a profile, from all of them. */
    public List<Finding> select(List<Finding> all, vn.ndaf.analysis.Profile profile) {
        return checker.get().checker().apply(all, profile);
    }

    /** The gap matrix between two plateaus of an architecture. */
    public GapMatrix plateauGaps(Caller caller, String architecture, String baseline, String target) {
        return guard.read(caller, Action.ANALYSE, Target.architecture(architecture), () -> new PlateauGaps(repository).between(architecture, baseline, target));
    }

    /** The gap matrix between two architectures (states) of one body. */
    public GapMatrix stateGaps(Caller caller, String from, String to) {
        // both states are read: the policy is asked for each
        return guard.read(caller, Action.ANALYSE, Target.architecture(from),
                () -> guard.read(caller, Action.ANALYSE, Target.architecture(to), () -> new StateGaps(repository).between(from, to)));
    }

    /** The required blocks and platforms the bodies' architectures lack. */
    public Coverage.Result coverage(Caller caller, List<Body> bodies) {
        Target target = bodies.size() == 1 ? Target.body(bodies.get(0).code()) : Target.STORE;
        return guard.read(caller, Action.ANALYSE, target, () -> new Coverage(repository, gaps, data.get(), national).of(bodies));
    }

    /** Databases not synchronised with the National Data Center, and those failing data-quality criteria. */
    public DataGaps.Result dataGaps(Caller caller) {
        return guard.read(caller, Action.ANALYSE, Target.STORE, () -> new DataGaps(repository, gaps).find());
    }

    /** Own systems duplicating national platforms, and overlaps between bodies. */
    public Duplicates.Result duplicates(Caller caller) {
        return guard.read(caller, Action.ANALYSE, Target.STORE, () -> new Duplicates(repository, gaps, data.get(), national).find());
    }

    /** Plan tasks past their deadline and not done, as of a day. */
    public Schedule.Result schedule(Caller caller, LocalDate asOf) {
        return guard.read(caller, Action.ANALYSE, Target.STORE, () -> new Schedule(repository, gaps).asOf(asOf));
    }

    /** The HTML report of one body. */
    public String bodyReport(Caller caller, Body body, String lang, LocalDate asOf) {
        return guard.read(caller, Action.ANALYSE, Target.body(body.code()), () -> new BodyReport(repository, gaps, data.get(), national).html(body, lang, asOf));
    }

    private static Target target(FindingStore.Filter filter) {
        if (filter.architectures() != null && filter.architectures().size() == 1) {
            return Target.architecture(filter.architectures().get(0));
        }
        if (filter.architectures() == null && filter.bodies() != null && filter.bodies().size() == 1) {
            return Target.body(filter.bodies().get(0));
        }
        return Target.STORE;
    }
}
