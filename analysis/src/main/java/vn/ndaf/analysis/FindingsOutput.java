package vn.ndaf.analysis;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** Findings written as the command line prints them: JSON, CSV (RFC 4180) or readable text. */
public final class FindingsOutput {

    private static final ObjectMapper JSON = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
    private static final List<String> COLUMNS = List.of("rule", "severity", "architecture", "body", "id", "name", "message");

    private FindingsOutput() {
    }

    /** {@code {"findings":[{rule, severity, architecture, body, id, name, message}], "counts":{"ERROR":n,"WARNING":n,"INFO":n}}}. */
    public static String json(List<Finding> findings) {
        StringWriter out = new StringWriter();
        writeJson(findings, out);
        return out.toString();
    }

    /**
     * The JSON of {@link #json}, written finding by finding onto {@code out}: a whole nation's findings are
     * hundreds of megabytes, too much to hold as one string first.
     */
    public static void writeJson(List<Finding> findings, Writer out) {
        try {
            JsonGenerator g = JSON.getFactory().createGenerator(out);
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.writeStartObject();
            g.writeArrayFieldStart("findings");
            for (Finding f : findings) {
                g.writeStartObject();
                for (Map.Entry<String, Object> e : row(f).entrySet()) {
                    if (e.getValue() == null) {
                        g.writeNullField(e.getKey());
                    } else {
                        g.writeStringField(e.getKey(), e.getValue().toString());
                    }
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeObjectFieldStart("counts");
            for (Map.Entry<Severity, Integer> e : Checker.counts(findings).entrySet()) {
                g.writeNumberField(e.getKey().name(), e.getValue());
            }
            g.writeEndObject();
            g.writeEndObject();
            g.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String csv(List<Finding> findings) {
        StringWriter out = new StringWriter();
        writeCsv(findings, out);
        return out.toString();
    }

    /** The CSV of {@link #csv}, written row by row onto {@code out}. */
    public static void writeCsv(List<Finding> findings, Writer out) {
        try {
            out.write(String.join(",", COLUMNS));
            out.write("\r\n");
            for (Finding f : findings) {
                Map<String, Object> row = row(f);
                out.write(String.join(",", COLUMNS.stream().map(c -> quote(row.get(c))).toList()));
                out.write("\r\n");
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String text(List<Finding> findings) {
        StringBuilder sb = new StringBuilder();
        for (Finding f : findings) {
            sb.append(String.format("%-7s %s  %s/%s%n        %s%n", f.severity(), f.rule(), f.architecture(), f.id() == null ? "" : f.id(), f.message()));
        }
        Map<Severity, Integer> counts = Checker.counts(findings);
        sb.append(String.format("%d errors, %d warnings, %d advice%n", counts.get(Severity.ERROR), counts.get(Severity.WARNING), counts.get(Severity.INFO)));
        return sb.toString();
    }

    private static Map<String, Object> row(Finding f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("rule", f.rule());
        m.put("severity", f.severity().name());
        m.put("architecture", f.architecture());
        m.put("body", f.body());
        m.put("id", f.id());
        m.put("name", f.name());
        m.put("message", f.message());
        return m;
    }

    private static String quote(Object v) {
        String s = v == null ? "" : v.toString();
        // a cell a spreadsheet would take for a formula is kept as text
        if (!s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0) {
            s = "'" + s;
        }
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }
}
