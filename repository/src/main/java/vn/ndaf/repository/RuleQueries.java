package vn.ndaf.repository;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;

/**
 * The rule files of the analysis: parameterised Cypher kept under {@code vn/ndaf/repository/rules/}
 * (listed in its {@code index.txt}), each with a header of {@code // key: value} lines (rule id, severity,
 * title, message) that the analysis reads. {@link #run} executes one in a read transaction and returns its
 * rows; every file takes {@code $architectures}, a list of architecture ids or null for all, and may take
 * others its header names.
 */
public final class RuleQueries {

    private static final String FOLDER = "/vn/ndaf/repository/rules/";

    /** One rule file: its name, its header and its Cypher. */
    public record RuleFile(String name, Map<String, String> header, String cypher) {

        public String header(String key) {
            return header.getOrDefault(key, "");
        }
    }

    private static final List<RuleFile> FILES = load();

    private final Driver driver;

    public RuleQueries(Driver driver) {
        this.driver = driver;
    }

    /** Every rule file, in index order. */
    public static List<RuleFile> files() {
        return FILES;
    }

    /**
     * Runs the rule file {@code name} for the given architectures (null: all) and returns its rows as maps of
     * plain Java values (strings, numbers, booleans, lists, null). {@code extra} gives the other parameters
     * the file names in its {@code params} header line.
     */
    public List<Map<String, Object>> run(String name, List<String> architectures, Map<String, Object> extra) {
        RuleFile file = FILES.stream().filter(f -> f.name().equals(name)).findFirst()
                .orElseThrow(() -> new RepositoryException("There is no rule file " + name));
        Map<String, Object> params = new LinkedHashMap<>(extra);
        params.put("architectures", architectures);
        try (Session session = driver.session()) {
            return session.executeRead(tx -> tx.run(file.cypher(), params).list(r -> {
                Map<String, Object> row = new LinkedHashMap<>();
                for (String key : r.keys()) {
                    Value v = r.get(key);
                    row.put(key, v.isNull() ? null : v.asObject());
                }
                return row;
            }));
        }
    }

    private static List<RuleFile> load() {
        List<RuleFile> files = new ArrayList<>();
        for (String name : lines(read("index.txt"))) {
            String text = read(name + ".cypher");
            Map<String, String> header = new LinkedHashMap<>();
            for (String line : text.split("\n")) {
                if (!line.startsWith("//")) {
                    break;
                }
                String content = line.substring(2).strip();
                int colon = content.indexOf(':');
                if (colon > 0 && content.substring(0, colon).matches("[a-z]+")) {
                    header.merge(content.substring(0, colon), content.substring(colon + 1).strip(), (a, b) -> a + " " + b);
                } else if (!header.isEmpty()) {
                    String last = new ArrayList<>(header.keySet()).get(header.size() - 1);
                    header.merge(last, content, (a, b) -> a + " " + b);
                }
            }
            files.add(new RuleFile(name, Collections.unmodifiableMap(header), text));
        }
        return List.copyOf(files);
    }

    private static List<String> lines(String text) {
        return text.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    private static String read(String file) {
        try (InputStream in = RuleQueries.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException("Missing rule file " + FOLDER + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
