package vn.ndaf.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class FormatDetectorTest {

    @Test
    void detect_ReadsTheContentNotTheName() {
        assertThat(FormatDetector.detect(Fixtures.bytes("Archisurance.archimate"), "model.xml")).isEqualTo(Format.ARCHIMATE);
        assertThat(FormatDetector.detect(Fixtures.bytes("model_zipped.archimate"), "x.zip")).isEqualTo(Format.ARCHIMATE);
        assertThat(FormatDetector.detect(Fixtures.bytes("Archisurance-exchange.xml"), "model.archimate")).isEqualTo(Format.EXCHANGE);
        assertThat(FormatDetector.detect(Fixtures.bytes("archi-csv/test1-relations.csv"), "model.xml")).isEqualTo(Format.CSV);
        assertThat(FormatDetector.detect(Fixtures.bytes("archi-csv/test5-elements.csv"), "x")).as("comment lines before the header").isEqualTo(Format.CSV);
        assertThat(FormatDetector.detect(Trips.write(NationalModels.everyNationalClass(), Format.CSV), "x")).isEqualTo(Format.CSV);
    }

    @Test
    void detect_SkipsAByteOrderMarkAndLeadingBlanks() {
        byte[] exchange = ("\uFEFF" + new String(Fixtures.bytes("Sample1-exchange.xml"), StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
        assertThat(FormatDetector.detect(exchange, "x")).isEqualTo(Format.EXCHANGE);
        String withoutDeclaration = new String(Fixtures.bytes("Sample1-exchange.xml"), StandardCharsets.UTF_8).replaceFirst("<\\?xml[^>]*>", "");
        assertThat(FormatDetector.detect(("\n  " + withoutDeclaration).getBytes(StandardCharsets.UTF_8), "x")).isEqualTo(Format.EXCHANGE);
    }
}
