package vn.ndaf.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * Writes a gap analysis result as JSON (the result as it is), CSV (one row per item of each list, the list's
 * name first; nested lists joined with {@code ;}) or readable text (each list with its count, one item a line).
 */
final class GapOutput {

    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private GapOutput() {
    }

    static void write(Object result, String format, PrintWriter out) {
        JsonNode tree = JSON.valueToTree(result);
        switch (format) {
            case "json" -> {
                try {
                    out.println(JSON.writeValueAsString(tree));
                } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                    throw new IllegalStateException(e);
                }
            }
            case "csv" -> csv(tree, out);
            default -> text(tree, out);
        }
        out.flush();
    }

    /** Refuses a format other than json, csv and text. */
    static String format(String format) {
        String f = format == null ? "text" : format.strip().toLowerCase(java.util.Locale.ROOT);
        if (!List.of("json", "csv", "text").contains(f)) {
            throw new IllegalArgumentException("The format '" + format + "' is not one of json, csv, text.");
        }
        return f;
    }

    private static void csv(JsonNode tree, PrintWriter out) {
        List<String> header = new ArrayList<>();
        List<Map<String, String>> rows = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = tree.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> field = it.next();
            if (!field.getValue().isArray()) {
                continue;
            }
            for (JsonNode item : field.getValue()) {
                Map<String, String> row = new LinkedHashMap<>();
                row.put("list", field.getKey());
                flatten("", item, row);
                row.keySet().forEach(k -> {
                    if (!header.contains(k)) {
                        header.add(k);
                    }
                });
                rows.add(row);
            }
        }
        if (header.isEmpty()) {
            header.add("list");
        }
        out.println(String.join(",", header.stream().map(GapOutput::quote).toList()));
        for (Map<String, String> row : rows) {
            out.println(String.join(",", header.stream().map(h -> quote(row.getOrDefault(h, ""))).toList()));
        }
    }

    private static void flatten(String prefix, JsonNode node, Map<String, String> row) {
        if (node.isObject()) {
            node.fields().forEachRemaining(f -> flatten(prefix.isEmpty() ? f.getKey() : prefix + "." + f.getKey(), f.getValue(), row));
        } else if (node.isArray()) {
            List<String> parts = new ArrayList<>();
            node.forEach(n -> parts.add(scalar(n)));
            row.put(prefix, String.join(";", parts));
        } else {
            row.put(prefix, node.isNull() ? "" : node.asText());
        }
    }

    /** An item of a nested list as one word: its key, code or id when it is an object. */
    private static String scalar(JsonNode n) {
        if (n.isObject()) {
            for (String key : List.of("key", "code", "id")) {
                if (n.has(key)) {
                    return n.get(key).asText();
                }
            }
            return n.toString();
        }
        return n.asText();
    }

    private static String quote(String s) {
        return s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    private static void text(JsonNode tree, PrintWriter out) {
        for (Iterator<Map.Entry<String, JsonNode>> it = tree.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> field = it.next();
            JsonNode value = field.getValue();
            if (value.isArray()) {
                out.println(field.getKey() + " (" + value.size() + ")");
                for (JsonNode item : value) {
                    Map<String, String> row = new LinkedHashMap<>();
                    flatten("", item, row);
                    List<String> parts = new ArrayList<>();
                    row.forEach((k, v) -> {
                        if (!v.isEmpty()) {
                            parts.add(k + " " + v);
                        }
                    });
                    out.println("  " + String.join("  ", parts));
                }
            } else if (value.isObject()) {
                out.println(field.getKey());
                Map<String, String> row = new LinkedHashMap<>();
                flatten("", value, row);
                row.forEach((k, v) -> out.println("  " + k + " " + v));
            } else {
                out.println(field.getKey() + " " + value.asText());
            }
        }
    }
}
