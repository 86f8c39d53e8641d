package vn.ndaf.framework.catalogue;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.ndaf.framework.data.MetamodelChecks;
import vn.ndaf.framework.data.YamlFile;
import vn.ndaf.framework.data.YamlMap;

/** Reads catalogue.yaml; checks literals, dates, codes and sources. Cross-references are checked by ReferenceData. */
public final class CatalogueLoader {

    public static final String FILE = "catalogue.yaml";
    private static final Set<String> PLATFORM_TYPES = Set.of("SharedPlatform", "CommunicationNetwork", "Node");

    private CatalogueLoader() {
    }

    public static Catalogue load() {
        return read(YamlFile.read(FILE));
    }

    public static Catalogue read(YamlMap yaml) {
        if (!yaml.bool("sample")) {
            throw yaml.error("sample", "the catalogue is sample content and must say `sample: true` until an official list replaces it");
        }
        Map<String, Source> sources = new LinkedHashMap<>();
        YamlMap sourceMap = yaml.map("sources");
        for (String id : sourceMap.keys()) {
            YamlMap s = sourceMap.map(id);
            sources.put(id, new Source(id, s.string("doc"), s.strings("urls")));
        }
        Set<String> codes = new HashSet<>();
        List<Platform> platforms = new ArrayList<>();
        for (YamlMap p : yaml.maps("platforms")) {
            String code = unique(p, codes);
            String type = p.string("type", "SharedPlatform");
            if (!PLATFORM_TYPES.contains(type)) {
                throw p.error("type", "'" + type + "' must be one of " + PLATFORM_TYPES);
            }
            int level = p.has("security_level") ? p.integer("security_level") : 0;
            if (level < 0 || level > 5) {
                throw p.error("security_level", "must be 1 to 5 (0 or absent when undetermined)");
            }
            platforms.add(new Platform(code, p.string("name_vi"), p.string("name_en"), type, p.optionalString("operator"),
                    MetamodelChecks.literal("PlatformScope", p.string("scope"), p.where("scope")), p.bool("per_body", false), p.string("category"),
                    MetamodelChecks.literal("NationalLayer", p.string("layer"), p.where("layer")), level, p.optionalString("hosted_at"),
                    p.bool("uncertain", false), p.optionalString("note"), sources(p, sources)));
        }
        List<CatalogueDatabase> databases = new ArrayList<>();
        for (YamlMap d : yaml.maps("databases")) {
            String code = unique(d, codes);
            String scope = MetamodelChecks.literal("DatabaseScope", d.string("scope"), d.where("scope"));
            if (scope.equals("local")) {
                throw d.error("scope", "the catalogue lists national and specialised databases; a local database belongs in a body's architecture");
            }
            databases.add(new CatalogueDatabase(code, d.string("name_vi"), d.string("name_en"), scope, d.string("steward"),
                    d.string("category", scope.equals("national") ? "DRM.01" : "DRM.02"),
                    MetamodelChecks.literal("DataLayer", d.string("data_layer"), d.where("data_layer")),
                    MetamodelChecks.literal("DataBlock", d.string("data_block"), d.where("data_block")),
                    MetamodelChecks.literal("SyncMode", d.string("ndc_sync", "none"), d.where("ndc_sync")), d.bool("uncertain", false),
                    d.optionalString("note"), sources(d, sources)));
        }
        List<WorkPackage> packages = new ArrayList<>();
        for (YamlMap w : yaml.maps("work_packages")) {
            String code = unique(w, codes);
            String status = w.optionalString("status");
            if (status != null) {
                MetamodelChecks.literal("WorkStatus", status, w.where("status"));
            }
            String completedOn = date(w, "completed_on");
            if ("done".equals(status) && completedOn == null) {
                throw w.error("completed_on", "a done work package needs its completion date");
            }
            packages.add(new WorkPackage(code, w.string("group"), w.string("title_vi"), w.string("title_en"), w.string("lead"),
                    w.bool("lead_inferred", false), w.strings("cooperating"), date(w, "deadline"),
                    MetamodelChecks.literal("FundingSource", w.string("funding", "unspecified"), w.where("funding")), status, completedOn,
                    w.optionalString("outcome"), w.optionalString("duplicate_of"), w.bool("uncertain", false), w.optionalString("note")));
        }
        for (WorkPackage w : packages) {
            if (w.duplicateOf() != null && packages.stream().noneMatch(o -> o.code().equals(w.duplicateOf()))) {
                throw new vn.ndaf.framework.FrameworkDataException(FILE + ": work package " + w.code() + " is a duplicate of " + w.duplicateOf()
                        + ", which is not listed");
            }
        }
        return new Catalogue(yaml.string("version"), true, yaml.string("note"), sources, platforms, databases, packages);
    }

    private static String unique(YamlMap entry, Set<String> codes) {
        String code = entry.string("code");
        if (!code.matches("[A-Za-z0-9_.\\-]+")) {
            throw entry.error("code", "'" + code + "' may hold only letters, digits, '_', '.' and '-'");
        }
        if (!codes.add(code)) {
            throw entry.error("code", "'" + code + "' is used twice in the catalogue");
        }
        return code;
    }

    private static List<String> sources(YamlMap entry, Map<String, Source> sources) {
        List<String> ids = entry.strings("sources");
        for (String id : ids) {
            if (!sources.containsKey(id)) {
                throw entry.error("sources", "'" + id + "' is not one of the sources listed at the top of the file");
            }
        }
        return ids;
    }

    static String date(YamlMap entry, String key) {
        String value = entry.optionalString(key);
        if (value == null) {
            return null;
        }
        try {
            LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw entry.error(key, "'" + value + "' is not a date; write yyyy-mm-dd");
        }
        return value;
    }
}
