package vn.ndaf.interop;

import static org.assertj.core.api.Assertions.assertThat;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import vn.ndaf.metamodel.Models;

/**
 * The round trips of the interop acceptance: import, export to the exchange format, validate against the
 * schemas, re-import, and compare everything structurally, ids included.
 */
class AcceptanceRoundTripTest {

    @ParameterizedTest
    @ValueSource(strings = { "Archisurance.archimate", "Archisurance-exchange.xml", "testmodel1.archimate", "model_zipped.archimate",
            "bendpoint-exchange.xml", "Sample1-exchange.xml" })
    void exchangeExport_IsValidAndReimportsEqual_ForEachFixture(String fixture) {
        ImportResult imported = ModelImporter.read(Fixtures.bytes(fixture), ImportOptions.named(fixture));
        assertThat(imported.warnings()).as("the fixtures hold nothing ndaf cannot keep").isEmpty();
        EObject original = imported.architecture();
        byte[] exported = Trips.write(original, Format.EXCHANGE);

        assertThat(ExchangeSchemas.errorsWithExtension(exported)).as("schema errors").isEmpty();
        EObject again = Trips.read(exported, "exported.xml");
        assertThat(ModelComparison.differences(original, again)).isEmpty();
    }

    @Test
    void archisuranceArchimate_KeepsItsNumericIds_ThroughTheExchangeFormat() {
        EObject original = Trips.fixture("Archisurance.archimate");
        String exported = new String(Trips.write(original, Format.EXCHANGE), java.nio.charset.StandardCharsets.UTF_8);

        assertThat(exported).contains("identifier=\"id-3657\"").doesNotContain("identifier=\"3657\"");
        EObject again = Trips.read(exported.getBytes(java.nio.charset.StandardCharsets.UTF_8), "exported.xml");
        assertThat(Models.<EObject>list(again, "views").stream().flatMap(v -> Models.<EObject>list(v, "children").stream()).map(Models::id))
                .contains("3657");
        assertThat(Models.list(again, "elements")).hasSize(120);
        assertThat(Models.list(again, "relationships")).hasSize(176);
        assertThat(Models.list(again, "views")).hasSize(17);
    }

    @Test
    void exchangeToArchimateToExchange_GivesTheSameModel() {
        EObject original = Trips.fixture("Archisurance-exchange.xml");
        EObject viaArchi = Trips.read(Trips.write(original, Format.ARCHIMATE), "via.archimate");
        byte[] exported = Trips.write(viaArchi, Format.EXCHANGE);

        assertThat(ExchangeSchemas.errorsWithExtension(exported)).isEmpty();
        EObject again = Trips.read(exported, "again.xml");
        assertThat(ModelComparison.differences(original, again, "Architecture.folders")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = { "Archisurance.archimate", "Archisurance-exchange.xml", "testmodel1.archimate", "model_zipped.archimate" })
    void standardOnlyExport_IsValidAgainstTheOpenGroupSchemas(String fixture) {
        byte[] exported = Trips.write(Trips.fixture(fixture), Format.EXCHANGE, ExportOptions.standard());
        assertThat(ExchangeSchemas.errorsStandard(exported)).isEmpty();
    }
}
