package vn.ndaf.framework.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

import vn.ndaf.framework.FrameworkDataException;

/**
 * Reads one YAML data file into a {@link YamlMap}. Only plain YAML (maps, lists, strings, numbers,
 * booleans) is accepted: no tags, no custom types.
 */
public final class YamlFile {

    private YamlFile() {
    }

    /** Reads the data file at {@code path} below {@link DataResources#ROOT}. */
    public static YamlMap read(String path) {
        try (InputStream in = DataResources.open(path)) {
            return parse(path, in);
        } catch (IOException e) {
            throw new FrameworkDataException("Cannot read " + path + ": " + e.getMessage(), e);
        }
    }

    /** Parses YAML text; {@code file} names it in messages. */
    public static YamlMap parse(String file, InputStream in) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        Yaml yaml = new Yaml(new SafeConstructor(options));
        Object document;
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            document = yaml.load(reader);
        } catch (YAMLException | IOException e) {
            throw new FrameworkDataException(file + " is not valid YAML: " + e.getMessage(), e);
        }
        if (!(document instanceof Map<?, ?> map)) {
            throw new FrameworkDataException(file + " must hold a YAML map at its top level");
        }
        return new YamlMap(file, "", map);
    }
}
