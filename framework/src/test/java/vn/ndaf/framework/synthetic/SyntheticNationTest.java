package vn.ndaf.framework.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.ndaf.framework.ReferenceData;
import vn.ndaf.framework.registry.Body;
import vn.ndaf.framework.template.ConformanceReport;
import vn.ndaf.framework.template.TemplateConformance;
import vn.ndaf.metamodel.ModelFiles;
import vn.ndaf.metamodel.Models;
import vn.ndaf.metamodel.validation.ModelValidator;

class SyntheticNationTest {

    private static final double SCALE = 0.005;
    private static final long SEED = 7;
    private static final ReferenceData DATA = ReferenceData.standard();
    private static final SyntheticNation NATION = SyntheticNation.standard();
    private static InMemorySink sink;
    private static GenerationReport report;

    @BeforeAll
    static void generate() {
        sink = new InMemorySink(true);
        report = NATION.generate(SCALE, SEED, sink);
    }

    @Test
    void generate_WithTheSameSeed_BuildsIdenticalModels() {
        InMemorySink again = new InMemorySink(true);
        GenerationReport second = NATION.generate(SCALE, SEED, again);

        assertThat(second.digest()).isEqualTo(report.digest());
        assertThat(second.deviations()).isEqualTo(report.deviations());
        assertThat(again.architectures).hasSameSizeAs(sink.architectures);
        for (int i = 0; i < sink.architectures.size(); i++) {
            assertThat(ModelFiles.toBytes(again.architectures.get(i).root())).as(sink.architectures.get(i).key())
                    .isEqualTo(ModelFiles.toBytes(sink.architectures.get(i).root()));
        }
    }

    @Test
    void generate_WithAnotherSeed_BuildsAnotherNation() {
        GenerationReport other = NATION.generate(SCALE, SEED + 1, new InMemorySink(false));
        assertThat(other.digest()).isNotEqualTo(report.digest());
    }

    @Test
    void report_CountsEqualThePlantedList_AndEveryKindIsPlanted() {
        Map<DeviationKind, Long> listed = report.deviations().stream().collect(Collectors.groupingBy(PlantedDeviation::kind, Collectors.counting()));
        for (DeviationKind kind : DeviationKind.values()) {
            assertThat(report.count(kind)).as(kind.key()).isEqualTo(listed.getOrDefault(kind, 0L).intValue()).isPositive();
        }
        assertThat(report.architectures()).isEqualTo(sink.architectures.size());
        assertThat(report.elements()).isEqualTo(sink.architectures.stream().mapToLong(GeneratedArchitecture::elements).sum());
    }

    @Test
    void everyGeneratedArchitecture_ValidatesWithoutErrors() {
        for (GeneratedArchitecture a : sink.architectures) {
            assertThat(ModelValidator.get().errors(a.root())).as(a.key()).isEmpty();
        }
    }

    @Test
    void everyGeneratedArchitecture_ConformsToItsTemplate_ExceptForThePlantedMissingBlock() {
        for (GeneratedArchitecture a : sink.architectures) {
            ConformanceReport conformance = TemplateConformance.check(a.root(), DATA.templates().find(a.template()).orElseThrow());
            List<String> planted = report.of(DeviationKind.MISSING_REQUIRED_BLOCK).stream().filter(d -> d.architecture().equals(a.key()))
                    .map(PlantedDeviation::elementId).toList();
            assertThat(conformance.missingBlocks()).as(a.key()).containsExactlyInAnyOrderElementsOf(planted);
            assertThat(conformance.missingPlatforms()).as(a.key()).isEmpty();
            assertThat(conformance.missingRelationships()).as(a.key()).isEmpty();
            assertThat(conformance.unresolved()).as(a.key()).isEmpty();
        }
    }

    @Test
    void duplicatedSystems_ComeInPairsOfProvinces() {
        Map<String, List<PlantedDeviation>> byPlatform = report.of(DeviationKind.DUPLICATED_SYSTEM).stream()
                .collect(Collectors.groupingBy(d -> d.detail().replaceAll(".*national platform (\\S+).*", "$1")));
        byPlatform.values().forEach(list -> assertThat(list.size() % 2).isZero());
        report.of(DeviationKind.DUPLICATED_SYSTEM).forEach(d -> assertThat(DATA.registry().find(d.bodyCode()).orElseThrow().isProvince()).isTrue());
    }

    @Test
    void sample_CoversEveryTemplate_AndPutsEachCommuneAfterItsProvince() {
        List<Body> order = NATION.bodies(SCALE, SEED);
        assertThat(sink.architectures.stream().map(GeneratedArchitecture::template).distinct()).containsExactlyInAnyOrder("ministry", "party", "front",
                "province", "commune");
        for (int i = 0; i < order.size(); i++) {
            Body b = order.get(i);
            if (b.isCommune()) {
                assertThat(order.subList(0, i).stream().map(Body::code)).contains(b.parentCode());
            }
        }
        assertThat(sink.progress.get(sink.progress.size() - 1)).isEqualTo(new GenerationProgress(order.size(), order.size(), report.elements(),
                report.relationships()));
    }

    @Test
    void communes_ReferTheirProvincesLgsp_NotACopy() {
        GeneratedArchitecture commune = sink.architectures.stream().filter(a -> a.template().equals("commune")).findFirst().orElseThrow();
        EObject relationship = Models.<EObject>list(commune.root(), "relationships").stream()
                .filter(r -> Models.id(r).equals("r-p-lgsp-serving-one-stop-process")).findFirst().orElseThrow();
        EObject lgsp = (EObject) Models.get(relationship, "source");
        GeneratedArchitecture province = sink.architectures.stream().filter(a -> a.body().code().equals(commune.body().parentCode())).findFirst().orElseThrow();
        assertThat(lgsp.eContainer()).isSameAs(province.root());
    }

    @Test
    void bodies_AtScaleOne_AreTheWholeNation() {
        List<Body> all = NATION.bodies(1, SEED);
        assertThat(all.stream().filter(Body::isProvince)).hasSize(34);
        assertThat(all.stream().filter(Body::isCommune)).hasSize(3321);
        assertThat(all.stream().filter(Body::isCentral)).allMatch(Body::ownArchitecture).hasSizeGreaterThan(40);
    }

    @Test
    void generate_RefusesAScaleOutOfRange() {
        assertThatThrownBy(() -> NATION.generate(0, 1, new InMemorySink(false))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("scale");
        assertThatThrownBy(() -> NATION.generate(Double.NaN, 1, new InMemorySink(false))).isInstanceOf(IllegalArgumentException.class);
    }
}
