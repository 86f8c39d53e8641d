package vn.ndaf.analysis;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
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
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("findings", findings.stream().map(FindingsOutput::row).toList());
        Map<String, Integer> counts = new LinkedHashMap<>();
        Checker.counts(findings).forEach((s, n) -> counts.put(s.name(), n));
        out.put("counts", counts);
        try {
            return JSON.writeValueAsString(out);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String csv(List<Finding> findings) {
        StringBuilder sb = new StringBuilder(String.join(",", COLUMNS)).append("\r\n");
        for (Finding f : findings) {
            Map<String, Object> row = row(f);
            sb.append(String.join(",", COLUMNS.stream().map(c -> quote(row.get(c))).toList())).append("\r\n");
        }
        return sb.toString();
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
