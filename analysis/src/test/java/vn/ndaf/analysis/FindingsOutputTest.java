package vn.ndaf.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

import org.junit.jupiter.api.Test;

class FindingsOutputTest {

    private final List<Finding> findings = List.of(
            new Finding("archimate.element.unused", Severity.WARNING, "a1", "01", "e-1", "Cổng \"dịch vụ\" công", "The element is in no view."),
            new Finding("body.unknown", Severity.ERROR, "a1", "01", null, "", "=HYPERLINK(\"x\")"));

    @Test
    void json_IsTheDocumentedShape_WrittenFindingByFinding() {
        assertThat(FindingsOutput.json(findings)).isEqualTo("{\"findings\":["
                + "{\"rule\":\"archimate.element.unused\",\"severity\":\"WARNING\",\"architecture\":\"a1\",\"body\":\"01\",\"id\":\"e-1\","
                + "\"name\":\"Cổng \\\"dịch vụ\\\" công\",\"message\":\"The element is in no view.\"},"
                + "{\"rule\":\"body.unknown\",\"severity\":\"ERROR\",\"architecture\":\"a1\",\"body\":\"01\",\"id\":null,\"name\":\"\",\"message\":\"=HYPERLINK(\\\"x\\\")\"}],"
                + "\"counts\":{\"ERROR\":1,\"WARNING\":1,\"INFO\":0}}");
    }

    @Test
    void csv_QuotesEveryCell_AndKeepsFormulasAsText() {
        assertThat(FindingsOutput.csv(findings)).isEqualTo("rule,severity,architecture,body,id,name,message\r\n"
                + "\"archimate.element.unused\",\"WARNING\",\"a1\",\"01\",\"e-1\",\"Cổng \"\"dịch vụ\"\" công\",\"The element is in no view.\"\r\n"
                + "\"body.unknown\",\"ERROR\",\"a1\",\"01\",\"\",\"\",\"'=HYPERLINK(\"\"x\"\")\"\r\n");
    }

    @Test
    void aFailingOutput_IsAnError_NotSilence() {
        Writer broken = new Writer() {
            @Override
            public void write(char[] cbuf, int off, int len) throws IOException {
                throw new IOException("No space left on device");
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        assertThatThrownBy(() -> FindingsOutput.writeJson(findings, broken)).isInstanceOf(UncheckedIOException.class).hasMessageContaining("No space left");
        assertThatThrownBy(() -> FindingsOutput.writeCsv(findings, broken)).isInstanceOf(UncheckedIOException.class);
    }
}
