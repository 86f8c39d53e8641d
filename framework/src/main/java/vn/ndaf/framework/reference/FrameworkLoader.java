package vn.ndaf.framework.reference;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import vn.ndaf.framework.FrameworkDataException;
import vn.ndaf.framework.data.MetamodelChecks;
import vn.ndaf.framework.data.YamlFile;
import vn.ndaf.framework.data.YamlMap;

/** Reads framework.yaml and checks it against the metamodel's enums. */
public final class FrameworkLoader {

    public static final String FILE = "framework.yaml";

    private FrameworkLoader() {
    }

    public static FrameworkModel load() {
        return read(YamlFile.read(FILE));
    }

    public static FrameworkModel read(YamlMap yaml) {
        List<BasisDocument> basis = yaml.maps("basis").stream()
                .map(b -> new BasisDocument(b.string("code"), b.string("date"), b.string("title"), b.string("what"))).toList();
        List<Named> layers = named(yaml, "layers", "NationalLayer");
        List<Named> dataLayers = named(yaml, "data_layers", "DataLayer");
        List<Named> dataBlocks = named(yaml, "data_blocks", "DataBlock");
        List<Named> quality = named(yaml, "quality_criteria", "DataQualityCriterion");
        List<ReferenceModelDefinition> models = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (YamlMap rm : yaml.maps("reference_models")) {
            String literal = MetamodelChecks.literal("ReferenceModel", rm.string("literal"), rm.where("literal"));
            List<Category> categories = new ArrayList<>();
            for (YamlMap c : rm.maps("categories")) {
                String code = c.string("code");
                if (!code.startsWith(literal + ".") || !code.matches("[A-Z]{3}(\\.\\d{2})+")) {
                    throw c.error("code", "'" + code + "' must be " + literal + ".NN or " + literal + ".NN.NN");
                }
                if (!codes.add(code)) {
                    throw c.error("code", "'" + code + "' is listed twice");
                }
                categories.add(new Category(code, literal, c.string("name_vi"), c.string("name_en")));
            }
            models.add(new ReferenceModelDefinition(literal, rm.string("name_vi"), rm.string("name_en"), categories));
        }
        for (ReferenceModelDefinition rm : models) {
            for (Category c : rm.categories()) {
                if (c.parentCode() != null && !codes.contains(c.parentCode())) {
                    throw new FrameworkDataException(FILE + ": category " + c.code() + " refines " + c.parentCode() + ", which is not listed");
                }
            }
        }
        List<String> templates = yaml.strings("templates");
        if (templates.isEmpty()) {
            throw yaml.error("templates", "list the templates the framework defines");
        }
        return new FrameworkModel(yaml.string("version"), yaml.string("title_vi"), yaml.string("title_en"), basis, templates, layers, models,
                dataLayers, dataBlocks, quality);
    }

    private static List<Named> named(YamlMap yaml, String key, String enumName) {
        List<Named> result = new ArrayList<>();
        for (YamlMap entry : yaml.maps(key)) {
            String literal = MetamodelChecks.literal(enumName, entry.string("literal"), entry.where("literal"));
            int order = entry.has("order") ? entry.integer("order") : result.size() + 1;
            result.add(new Named(literal, order, entry.string("name_vi"), entry.string("name_en")));
        }
        if (result.isEmpty()) {
            throw yaml.error(key, "missing; list the entries");
        }
        return List.copyOf(result);
    }
}
