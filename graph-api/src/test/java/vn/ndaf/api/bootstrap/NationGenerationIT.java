package vn.ndaf.api.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.ndaf.analysis.StoredReferenceResolver;
import vn.ndaf.framework.ReferenceData;
import vn.ndaf.framework.synthetic.DeviationKind;
import vn.ndaf.framework.synthetic.GenerationReport;
import vn.ndaf.framework.synthetic.PlantedDeviation;
import vn.ndaf.framework.synthetic.SyntheticNation;
import vn.ndaf.framework.template.ConformanceReport;
import vn.ndaf.framework.template.TemplateConformance;
import vn.ndaf.metamodel.Models;
import vn.ndaf.repository.ArchitectureRepository;
import vn.ndaf.repository.ArchitectureSummary;

/** The synthetic nation stored: one architecture per body under its key, federated, with every planted deviation in the graph. */
class NationGenerationIT {

    private static final double SCALE = 0.002;
    private static final long SEED = 11;
    private static final ReferenceData DATA = ReferenceData.standard();
    private static FreshStore store;
    private static ArchitectureRepository repository;
    private static NationGeneration generation;
    private static GenerationReport report;
    private static final List<String> progress = new ArrayList<>();

    @BeforeAll
    static void generate() {
        store = new FreshStore();
        repository = store.repository();
        new StoreBootstrap(repository, ReferenceModels.of(DATA), ReferenceUids.STANDARD).ensure();
        generation = new NationGeneration(repository, SyntheticNation.standard(), ReferenceUids.STANDARD);
        report = generation.generate(SCALE, SEED, "test", progress::add);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static EObject load(String key) {
        return repository.load(key).root();
    }

    private static EObject element(EObject architecture, String id) {
        return Models.<EObject>list(architecture, "elements").stream().filter(e -> Models.id(e).equals(id)).findFirst().orElse(null);
    }

    @Test
    void everyArchitecture_IsStoredUnderItsKey_WithTheReportedCounts() {
        List<ArchitectureSummary> stored = generation.existing();
        assertThat(stored).hasSize(report.architectures());
        assertThat(stored.stream().mapToLong(ArchitectureSummary::elements).sum()).isEqualTo(report.elements());
        assertThat(stored.stream().mapToLong(ArchitectureSummary::relationships).sum()).isEqualTo(report.relationships());
        assertThat(progress).isNotEmpty();
        assertThat(progress.get(progress.size() - 1)).startsWith(report.architectures() + " / " + report.architectures() + " architectures");
    }

    @Test
    void everyPlantedDeviation_IsInTheStoredGraph() {
        for (PlantedDeviation d : report.deviations()) {
            EObject architecture = load(d.architecture());
            EObject e = element(architecture, d.elementId());
            switch (d.kind()) {
                case MISSING_REQUIRED_BLOCK -> assertThat(e).as(d.toString()).isNull();
                case UNSYNCHRONISED_DATABASE -> assertThat(Models.string(e, "ndcSync")).as(d.toString()).isEqualTo("none");
                case DUPLICATED_SYSTEM -> assertThat(DATA.catalogue().platform(d.detail().replaceAll(".*national platform (\\S+).*", "$1")).orElseThrow().category())
                        .isEqualTo(Models.string(e, "referenceCategory"));
                case LATE_WORK_PACKAGE -> {
                    assertThat(Models.string(e, "deadline")).as(d.toString()).isLessThan("2026-07-01");
                    assertThat(Models.string(e, "status")).as(d.toString()).isIn("in_progress", "not_started");
                }
            }
        }
        Map<DeviationKind, Integer> counts = report.counts();
        assertThat(counts.values()).allMatch(n -> n > 0);
    }

    @Test
    void storedArchitectures_ConformToTheirTemplates_ExceptForThePlantedMissingBlocks() {
        StoredReferenceResolver references = new StoredReferenceResolver(repository);
        for (ArchitectureSummary s : generation.existing()) {
            EObject root = load(s.uid());
            String template = Models.<EObject>list(root, "properties").stream().filter(p -> "ndaf:template".equals(Models.string(p, "key")))
                    .map(p -> Models.string(p, "value")).findFirst().orElseThrow();
            ConformanceReport conformance = TemplateConformance.check(root, DATA.templates().find(template).orElseThrow(), references);
            List<String> planted = report.of(DeviationKind.MISSING_REQUIRED_BLOCK).stream().filter(d -> d.architecture().equals(s.uid()))
                    .map(PlantedDeviation::elementId).toList();
            assertThat(conformance.missingBlocks()).as(s.uid()).containsExactlyInAnyOrderElementsOf(planted);
            assertThat(conformance.missingPlatforms()).as(s.uid()).isEmpty();
            assertThat(conformance.missingRelationships()).as(s.uid()).isEmpty();
            assertThat(conformance.unresolved()).as(s.uid()).isEmpty();
        }
    }

    @Test
    void communes_ReferTheirProvincesStoredLgsp() {
        ArchitectureSummary commune = generation.existing().stream().filter(s -> s.bodyCode().length() == 5).findFirst().orElseThrow();
        String province = DATA.registry().find(commune.bodyCode()).orElseThrow().parentCode();
        EObject relationship = Models.<EObject>list(load(commune.uid()), "relationships").stream()
                .filter(r -> Models.id(r).equals("r-p-lgsp-serving-one-stop-process")).findFirst().orElseThrow();
        EObject source = (EObject) relationship.eGet(relationship.eClass().getEStructuralFeature("source"), false);
        assertThat(((InternalEObject) source).eProxyURI().toString()).isEqualTo("ndaf:/graph/" + SyntheticNation.key(province) + "#lgsp");
    }

    @Test
    void generate_IsRefused_WhenTheStoreAlreadyHoldsASyntheticNation() {
        assertThatThrownBy(() -> generation.generate(SCALE, SEED + 1, "test", line -> {
        })).isInstanceOf(IllegalStateException.class).hasMessageContaining("already holds a synthetic nation").hasMessageContaining("--data");
    }

    @Test
    void generate_WithTheSameSeed_StoresTheSameGraph_InAnotherStore() {
        try (FreshStore other = new FreshStore()) {
            ArchitectureRepository otherRepository = other.repository();
            new StoreBootstrap(otherRepository, ReferenceModels.of(DATA), ReferenceUids.STANDARD).ensure();
            GenerationReport again = new NationGeneration(otherRepository, SyntheticNation.standard(), ReferenceUids.STANDARD).generate(SCALE, SEED, "test",
                    line -> {
                    });
            assertThat(again.digest()).isEqualTo(report.digest());
            assertThat(summaries(otherRepository)).isEqualTo(summaries(repository));
        }
    }

    private static List<String> summaries(ArchitectureRepository repo) {
        return repo.list(null).stream().filter(s -> s.uid().startsWith(SyntheticNation.KEY_PREFIX))
                .map(s -> String.join("|", s.uid(), s.bodyCode(), s.name(), Long.toString(s.elements()), Long.toString(s.relationships()), Long.toString(s.views())))
                .collect(Collectors.toList());
    }
}
