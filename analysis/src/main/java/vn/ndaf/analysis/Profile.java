package vn.ndaf.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A named choice of rules and severities, as the validation profiles of the EU's interoperability test bed:
 * a data file {@code vn/ndaf/analysis/profiles/NAME.tsv} listing {@code rule<TAB>severity} where severity
 * is ERROR, WARNING, INFO or {@code off}; a rule not listed keeps its default severity. The profile
 * {@value #DEFAULT} (no file) keeps every default.
 */
public final class Profile {

    public static final String DEFAULT = "default";
    /** The profiles shipped with ndaf, in the order docs/rules.md lists them. */
    public static final List<String> SHIPPED = List.of("basic", "complete");
    private static final String FOLDER = "/vn/ndaf/analysis/profiles/";

    private final String name;
    private final String description;
    /** Overrides: a severity, or empty for off. */
    private final Map<String, Optional<Severity>> overrides;

    private Profile(String name, String description, Map<String, Optional<Severity>> overrides) {
        this.name = name;
        this.description = description;
        this.overrides = Collections.unmodifiableMap(overrides);
    }

    public static Profile defaults() {
        return new Profile(DEFAULT, "every rule with its default severity", Map.of());
    }

    /** The profile named {@code name}; fails naming the profiles there are. */
    public static Profile named(String name) {
        if (name == null || name.equals(DEFAULT)) {
            return defaults();
        }
        if (!name.matches("[a-z][a-z0-9-]*")) {
            throw unknown(name);
        }
        try (InputStream in = Profile.class.getResourceAsStream(FOLDER + name + ".tsv")) {
            if (in == null) {
                throw unknown(name);
            }
            return parse(name, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static IllegalArgumentException unknown(String name) {
        return new IllegalArgumentException("There is no profile '" + name + "'; use one of " + DEFAULT + ", " + String.join(", ", SHIPPED));
    }

    static Profile parse(String name, InputStream in) throws IOException {
        Map<String, Optional<Severity>> overrides = new LinkedHashMap<>();
        StringBuilder description = new StringBuilder();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.startsWith("#")) {
                if (line.startsWith("# description:")) {
                    description.append(line.substring("# description:".length()).strip());
                }
                continue;
            }
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (cells.length != 2) {
                throw new IllegalStateException("Profile " + name + " line " + number + ": expected rule<TAB>severity");
            }
            String severity = cells[1].strip();
            overrides.put(cells[0].strip(), severity.equalsIgnoreCase("off") ? Optional.empty() : Optional.of(Severity.of(severity)));
        }
        return new Profile(name, description.toString(), overrides);
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    /** The rule ids the profile names. */
    public Map<String, Optional<Severity>> overrides() {
        return overrides;
    }

    /** The severity of {@code rule} under this profile; empty when the profile switches it off. */
    public Optional<Severity> severityOf(Rule rule) {
        Optional<Severity> o = overrides.get(rule.id());
        return o == null ? Optional.of(rule.defaultSeverity()) : o;
    }
}
