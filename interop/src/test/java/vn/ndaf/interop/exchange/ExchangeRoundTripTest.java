package vn.ndaf.interop.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;

import vn.ndaf.interop.ExchangeSchemas;
import vn.ndaf.interop.ExportOptions;
import vn.ndaf.interop.Fixtures;
import vn.ndaf.interop.ImportOptions;
import vn.ndaf.interop.ModelComparison;
import vn.ndaf.metamodel.Models;

class ExchangeRoundTripTest {

    static EObject read(byte[] bytes, String name) {
        return ExchangeReader.read(bytes, ImportOptions.named(name)).architecture();
    }

    static byte[] write(EObject architecture, ExportOptions options) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExchangeWriter.write(architecture, out, options);
        return out.toByteArray();
    }

    @Test
    void exportThenImport_GivesTheSameModel_ForArchisuranceExchange() {
        EObject original = read(Fixtures.bytes("Archisurance-exchange.xml"), "Archisurance-exchange.xml");
        byte[] exported = write(original, ExportOptions.defaults());

        assertThat(ExchangeSchemas.errorsWithExtension(exported)).isEmpty();
        EObject again = read(exported, "exported.xml");
        assertThat(ModelComparison.differences(original, again)).isEmpty();
        assertThat(Models.list(again, "elements")).hasSize(122);
    }

    @Test
    void export_IsValidAgainstTheStandardSchemas_WhenStandardOnly() {
        EObject original = read(Fixtures.bytes("Archisurance-exchange.xml"), "Archisurance-exchange.xml");
        byte[] exported = write(original, ExportOptions.standard());

        assertThat(ExchangeSchemas.errorsStandard(exported)).isEmpty();
        assertThat(new String(exported, StandardCharsets.UTF_8)).doesNotContain(ExchangeNames.NDAF);
    }
}
