package vn.ndaf.framework.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.ndaf.framework.ReferenceData;
import vn.ndaf.framework.template.TemplateConformance;

/**
 * Conformance reports missing exactly the blocks the generator left out, for any seed: an element counts for
 * a block only when it is identified as that block, not because it shares the block's class and category
 * (a commune's procedure services are BRM.01 business services like its {@code public-services} block).
 */
class PlantedMissingBlocksTest {

    private static final ReferenceData DATA = ReferenceData.standard();

    @ParameterizedTest(name = "scale {0}, seed {1}")
    @CsvSource({ "0.01, 2025", "0.01, 7", "0.01, 42", "0.005, 1", "0.005, 99" })
    void missingBlocks_AreExactlyThePlantedOnes_ForAnySeed(double scale, long seed) {
        InMemorySink sink = new InMemorySink(true);
        GenerationReport report = SyntheticNation.standard().generate(scale, seed, sink);
        Set<String> reported = new HashSet<>();
        for (GeneratedArchitecture a : sink.architectures) {
            TemplateConformance.check(a.root(), DATA.templates().find(a.template()).orElseThrow()).missingBlocks()
                    .forEach(block -> reported.add(a.key() + "/" + block));
        }
        Set<String> planted = new HashSet<>();
        report.of(DeviationKind.MISSING_REQUIRED_BLOCK).forEach(d -> planted.add(d.architecture() + "/" + d.elementId()));

        assertThat(planted).isNotEmpty();
        assertThat(reported).isEqualTo(planted);
    }
}
