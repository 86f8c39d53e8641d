package vn.ndaf.framework.data;

import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;

import vn.ndaf.framework.FrameworkDataException;

/**
 * A map read from a YAML data file, with typed accessors whose errors name the file and the path of the
 * value, e.g. {@code templates/province.yaml, blocks[3].category: missing}.
 */
public final class YamlMap {

    private final String file;
    private final String path;
    private final Map<?, ?> values;

    YamlMap(String file, String path, Map<?, ?> values) {
        this.file = file;
        this.path = path;
        this.values = values;
    }

    public String file() {
        return file;
    }

    /** Where this map is, for messages: file and path. */
    public String where() {
        return path.isEmpty() ? file : file + ", " + path;
    }

    /** Where a key of this map is, for messages. */
    public String where(String key) {
        return file + ", " + (path.isEmpty() ? key : path + "." + key);
    }

    public boolean has(String key) {
        return values.containsKey(key) && values.get(key) != null;
    }

    public FrameworkDataException error(String key, String problem) {
        return new FrameworkDataException(where(key) + ": " + problem);
    }

    /** A required text value. Numbers are refused: write codes and versions in quotes. */
    public String string(String key) {
        String s = optionalString(key);
        if (s == null || s.isBlank()) {
            throw error(key, "missing; give a text value");
        }
        return s;
    }

    public String optionalString(String key) {
        Object v = values.get(key);
        if (v == null) {
            return null;
        }
        if (v instanceof String s) {
            return s;
        }
        if (v instanceof Date d) {
            return isoDate(d);
        }
        if (v instanceof Boolean || v instanceof Number) {
            throw error(key, "is " + v + " but must be text; write it in quotes (\"" + v + "\")");
        }
        throw error(key, "must be text, not " + describe(v));
    }

    public String string(String key, String fallback) {
        String s = optionalString(key);
        return s == null ? fallback : s;
    }

    public boolean bool(String key, boolean fallback) {
        Object v = values.get(key);
        if (v == null) {
            return fallback;
        }
        if (v instanceof Boolean b) {
            return b;
        }
        throw error(key, "must be true or false, not " + describe(v));
    }

    public boolean bool(String key) {
        if (!has(key)) {
            throw error(key, "missing; write true or false");
        }
        return bool(key, false);
    }

    public int integer(String key) {
        Object v = values.get(key);
        if (v instanceof Integer i) {
            return i;
        }
        throw error(key, v == null ? "missing; give a whole number" : "must be a whole number, not " + describe(v));
    }

    public double number(String key) {
        Object v = values.get(key);
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        throw error(key, v == null ? "missing; give a number" : "must be a number, not " + describe(v));
    }

    /** A required nested map. */
    public YamlMap map(String key) {
        Object v = values.get(key);
        if (v instanceof Map<?, ?> m) {
            return new YamlMap(file, child(key), m);
        }
        throw error(key, v == null ? "missing; give a map" : "must be a map, not " + describe(v));
    }

    public YamlMap optionalMap(String key) {
        return has(key) ? map(key) : new YamlMap(file, child(key), Map.of());
    }

    /** A list of maps; absent means empty. */
    public List<YamlMap> maps(String key) {
        List<YamlMap> result = new ArrayList<>();
        List<?> list = rawList(key);
        for (int i = 0; i < list.size(); i++) {
            Object item = list.get(i);
            if (!(item instanceof Map<?, ?> m)) {
                throw new FrameworkDataException(file + ", " + child(key) + "[" + i + "]: must be a map, not " + describe(item));
            }
            result.add(new YamlMap(file, child(key) + "[" + i + "]", m));
        }
        return result;
    }

    /** A list of text values; absent means empty. */
    public List<String> strings(String key) {
        List<String> result = new ArrayList<>();
        List<?> list = rawList(key);
        for (int i = 0; i < list.size(); i++) {
            Object item = list.get(i);
            if (!(item instanceof String s)) {
                throw new FrameworkDataException(file + ", " + child(key) + "[" + i + "]: must be text, not " + describe(item)
                        + (item instanceof Number ? "; write it in quotes" : ""));
            }
            result.add(s);
        }
        return result;
    }

    /** A [minimum, maximum] pair of whole numbers. */
    public int[] range(String key) {
        List<?> list = rawList(key);
        if (list.size() != 2 || !(list.get(0) instanceof Integer lo) || !(list.get(1) instanceof Integer hi) || lo > hi || lo < 0) {
            throw error(key, "must be [minimum, maximum], two whole numbers with 0 <= minimum <= maximum");
        }
        return new int[] { lo, hi };
    }

    /** The entries of a nested map in file order, values as read (text, numbers, booleans, lists). */
    public Map<String, Object> entries(String key) {
        if (!has(key)) {
            return Map.of();
        }
        Object v = values.get(key);
        if (!(v instanceof Map<?, ?> m)) {
            throw error(key, "must be a map, not " + describe(v));
        }
        Map<String, Object> result = new LinkedHashMap<>();
        m.forEach((k, value) -> result.put(String.valueOf(k), value instanceof Date d ? isoDate(d) : value));
        return Collections.unmodifiableMap(result);
    }

    /** The keys of this map, in file order. */
    public List<String> keys() {
        return values.keySet().stream().map(String::valueOf).toList();
    }

    private List<?> rawList(String key) {
        Object v = values.get(key);
        if (v == null) {
            return List.of();
        }
        if (v instanceof List<?> list) {
            return list;
        }
        throw error(key, "must be a list, not " + describe(v));
    }

    private String child(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    private static String describe(Object v) {
        if (v instanceof Map<?, ?>) {
            return "a map";
        }
        if (v instanceof List<?>) {
            return "a list";
        }
        return "'" + v + "'";
    }

    private static String isoDate(Date d) {
        SimpleDateFormat format = new SimpleDateFormat("yyyy-MM-dd");
        format.setTimeZone(TimeZone.getTimeZone("UTC"));
        return format.format(d);
    }
}
