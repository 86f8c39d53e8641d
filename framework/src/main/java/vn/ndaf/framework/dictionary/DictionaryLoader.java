package vn.ndaf.framework.dictionary;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import vn.ndaf.framework.FrameworkDataException;
import vn.ndaf.framework.data.MetamodelChecks;
import vn.ndaf.framework.data.YamlFile;
import vn.ndaf.framework.data.YamlMap;

/** Reads dictionary.yaml: unique codes, known data layers and blocks, broader terms that exist and form no cycle. */
public final class DictionaryLoader {

    public static final String FILE = "dictionary.yaml";
    private static final Set<String> TYPES = Set.of("string", "integer", "date", "code", "record", "text");

    private DictionaryLoader() {
    }

    public static DataDictionary load() {
        return read(YamlFile.read(FILE));
    }

    public static DataDictionary read(YamlMap yaml) {
        String baseUri = yaml.string("base_uri");
        if (!baseUri.matches("https?://[^\\s<>\"]+[/#]")) {
            throw yaml.error("base_uri", "'" + baseUri + "' must be an http(s) URI ending in / or #");
        }
        List<Term> terms = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (YamlMap t : yaml.maps("terms")) {
            String code = t.string("code");
            if (!code.matches("[A-Z][A-Z0-9_]*")) {
                throw t.error("code", "'" + code + "' must be upper-case letters, digits and '_' (it ends the concept's URI)");
            }
            if (!codes.add(code)) {
                throw t.error("code", "'" + code + "' is listed twice");
            }
            String type = t.string("data_type");
            if (!TYPES.contains(type)) {
                throw t.error("data_type", "'" + type + "' must be one of " + TYPES);
            }
            terms.add(new Term(code, t.string("name_vi"), t.string("name_en"), t.string("definition_vi"), t.string("definition_en"), t.string("owner"),
                    MetamodelChecks.literal("DataLayer", t.string("data_layer"), t.where("data_layer")),
                    MetamodelChecks.literal("DataBlock", t.string("data_block"), t.where("data_block")), type, t.optionalString("broader")));
        }
        for (Term term : terms) {
            Set<String> seen = new HashSet<>();
            for (String b = term.broader(); b != null; b = broaderOf(terms, b)) {
                if (!codes.contains(b)) {
                    throw new FrameworkDataException(FILE + ": term " + term.code() + " has the broader term " + b + ", which is not listed");
                }
                if (!seen.add(b) || b.equals(term.code())) {
                    throw new FrameworkDataException(FILE + ": the broader terms of " + term.code() + " form a cycle");
                }
            }
        }
        return new DataDictionary(yaml.string("version"), yaml.bool("sample", false), baseUri, yaml.string("title_vi"), yaml.string("title_en"), terms);
    }

    private static String broaderOf(List<Term> terms, String code) {
        for (Term t : terms) {
            if (t.code().equals(code)) {
                return t.broader();
            }
        }
        return null;
    }
}
