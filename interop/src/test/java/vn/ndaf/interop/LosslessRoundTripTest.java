package vn.ndaf.interop;

import static org.assertj.core.api.Assertions.assertThat;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;

/** Everything ndaf keeps survives its own formats: the exchange format with ndaf's extension, and Archi's format with ndaf: features. */
class LosslessRoundTripTest {

    @Test
    void exchangeFormat_KeepsEveryConstruct() {
        EObject original = KitchenSink.model();
        byte[] xml = Trips.write(original, Format.EXCHANGE);

        assertThat(ExchangeSchemas.errorsWithExtension(xml)).isEmpty();
        assertThat(ModelComparison.differences(original, Trips.read(xml, "sink.xml"))).isEmpty();
    }

    @Test
    void standardOnlyExchangeFormat_IsValid() {
        assertThat(ExchangeSchemas.errorsStandard(Trips.write(KitchenSink.model(), Format.EXCHANGE, ExportOptions.standard()))).isEmpty();
    }

    @Test
    void archiFormat_KeepsEveryConstruct_ExceptTheFolderLayoutArchiRequires() {
        EObject original = KitchenSink.model();
        EObject again = Trips.read(Trips.write(original, Format.ARCHIMATE), "sink.archimate");
        assertThat(ModelComparison.differences(original, again, "Architecture.folders")).isEmpty();
    }

    @Test
    void exchangeThroughArchiAndBack_KeepsEveryConstruct() {
        EObject original = KitchenSink.model();
        EObject viaArchi = Trips.read(Trips.write(Trips.read(Trips.write(original, Format.EXCHANGE), "a.xml"), Format.ARCHIMATE), "b.archimate");
        EObject again = Trips.read(Trips.write(viaArchi, Format.EXCHANGE), "c.xml");
        assertThat(ModelComparison.differences(original, again, "Architecture.folders")).isEmpty();
    }
}
