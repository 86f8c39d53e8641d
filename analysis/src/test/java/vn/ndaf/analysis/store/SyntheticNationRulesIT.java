package vn.ndaf.analysis.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

import vn.ndaf.analysis.Checker;
import vn.ndaf.analysis.Finding;
import vn.ndaf.analysis.Severity;
import vn.ndaf.analysis.StoreChecker;
import vn.ndaf.framework.synthetic.DeviationKind;
import vn.ndaf.framework.synthetic.GenerationReport;
import vn.ndaf.framework.synthetic.PlantedDeviation;
import vn.ndaf.framework.synthetic.SyntheticNation;
import vn.ndaf.repository.ArchitectureRepository;
import vn.ndaf.repository.TestStore;

/**
 * On the synthetic nation, for any seed, the rules find every planted deviation that is their business,
 * and nothing that was not planted is an ERROR in a generated architecture. The generator's report is the
 * ground truth. The day of analysis is 2027-01-01: after every planted late task's deadline
 * (dates.planted_deadline_max) and before every open task's (dates.open_deadline_min).
 */
class SyntheticNationRulesIT {

    private static final LocalDate AS_OF = LocalDate.parse("2027-01-01");
    private static final AtomicInteger RUN = new AtomicInteger();
    /** The rule whose business each planted kind is. */
    private static final Map<DeviationKind, String> RULE = Map.of(DeviationKind.MISSING_REQUIRED_BLOCK, "framework.block.required",
            DeviationKind.UNSYNCHRONISED_DATABASE, "framework.database.sync", DeviationKind.DUPLICATED_SYSTEM, "framework.platform.duplicated",
            DeviationKind.LATE_WORK_PACKAGE, "plan.task.late");

    @Property(tries = 2)
    void rules_FindEveryPlantedDeviation_AndNoErrorThatWasNotPlanted(@ForAll @LongRange(min = 1, max = 1_000_000) long seed) {
        ArchitectureRepository repository = new ArchitectureRepository(TestStore.get().driver());
        StoredNation.referenceData(repository);
        String prefix = "n" + RUN.incrementAndGet() + "s" + seed + "-";
        GenerationReport report = SyntheticNation.standard().generate(0.002, seed, StoredNation.sink(repository, prefix));

        StoreChecker checker = new StoreChecker(Checker.standard(), TestStore.get()).asOf(AS_OF);
        List<Finding> findings = checker.checkAll((done, total) -> {
        }).stream().filter(c -> c.architecture().startsWith(prefix)).flatMap(c -> c.findings().stream()).toList();

        // every mismatch of one seed is reported together
        org.assertj.core.api.SoftAssertions soft = new org.assertj.core.api.SoftAssertions();
        for (DeviationKind kind : DeviationKind.values()) {
            Set<String> planted = report.of(kind).stream().map(d -> prefix + d.architecture() + "/" + d.elementId()).collect(Collectors.toSet());
            Set<String> found = findings.stream().filter(f -> f.rule().equals(RULE.get(kind))).map(f -> f.architecture() + "/" + f.id())
                    .collect(Collectors.toSet());
            soft.assertThat(found).as("seed " + seed + ": " + kind.key() + " found by " + RULE.get(kind)).isEqualTo(planted);
        }
        Set<String> plantedErrors = report.of(DeviationKind.MISSING_REQUIRED_BLOCK).stream().map(d -> prefix + d.architecture() + "/" + d.elementId())
                .collect(Collectors.toSet());
        List<Finding> unplanted = findings.stream().filter(f -> f.severity() == Severity.ERROR)
                .filter(f -> !(f.rule().equals("framework.block.required") && plantedErrors.contains(f.architecture() + "/" + f.id()))).toList();
        soft.assertThat(unplanted).as("seed " + seed + ": ERRORs that were not planted").isEmpty();
        soft.assertThat(report.deviations()).extracting(PlantedDeviation::kind).contains(DeviationKind.values());
        soft.assertAll();
    }
}
