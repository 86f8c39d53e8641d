package vn.ndaf.api.graphql.limits;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The cost of each field of the schema towards a request's complexity, read from the data file
 * {@value #RESOURCE}: {@code Type.field = cost}; fields not listed cost {@value #DEFAULT_COST}.
 */
public final class FieldCosts {

    public static final String RESOURCE = "vn/ndaf/api/graphql/field-costs.properties";
    public static final int DEFAULT_COST = 1;

    private final Map<String, Integer> costs;

    FieldCosts(Map<String, Integer> costs) {
        this.costs = Map.copyOf(costs);
    }

    /** The costs of the file on the class path. */
    public static FieldCosts load() {
        try (InputStream in = FieldCosts.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The field costs " + RESOURCE + " are missing from the server");
            }
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, Integer> costs = new TreeMap<>();
            for (String key : p.stringPropertyNames()) {
                String value = p.getProperty(key).strip();
                if (!key.matches("\\w+\\.\\w+") || !value.matches("\\d+")) {
                    throw new IllegalStateException(RESOURCE + ": '" + key + " = " + value + "' is not Type.field = whole number");
                }
                costs.put(key, Integer.parseInt(value));
            }
            return new FieldCosts(costs);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The cost of one occurrence of {@code type.field} (each alias is an occurrence). */
    public int cost(String type, String field) {
        return costs.getOrDefault(type + "." + field, DEFAULT_COST);
    }

    /** Every listed field, as Type.field. */
    public java.util.Set<String> fields() {
        return costs.keySet();
    }
}
