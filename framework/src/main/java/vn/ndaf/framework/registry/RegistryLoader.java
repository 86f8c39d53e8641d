package vn.ndaf.framework.registry;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.ndaf.framework.FrameworkDataException;
import vn.ndaf.framework.data.DataResources;
import vn.ndaf.framework.data.MetamodelChecks;
import vn.ndaf.framework.data.YamlFile;
import vn.ndaf.framework.data.YamlMap;

/**
 * Builds the registry from registry/registry.yaml: the central bodies of central-bodies.yaml and the
 * provinces and communes of the administrative-units file, checked for unique codes, known parents, the
 * two-tier structure and the expected counts.
 */
public final class RegistryLoader {

    public static final String FOLDER = "registry/";
    public static final String FILE = FOLDER + "registry.yaml";

    private RegistryLoader() {
    }

    public static Registry load() {
        YamlMap registry = YamlFile.read(FILE);
        YamlMap units = registry.map("administrative_units");
        String unitsFile = FOLDER + units.string("file");
        try (InputStream in = DataResources.open(unitsFile)) {
            return build(registry, YamlFile.read(FOLDER + registry.string("central_bodies")), new ObjectMapper().readTree(in), unitsFile);
        } catch (IOException e) {
            throw new FrameworkDataException(unitsFile + " is not valid JSON: " + e.getMessage(), e);
        }
    }

    static Registry build(YamlMap registry, YamlMap central, JsonNode units, String unitsFile) {
        List<Body> bodies = new ArrayList<>(centralBodies(central));
        Set<String> centralCodes = new HashSet<>();
        bodies.forEach(b -> centralCodes.add(b.code()));
        YamlMap unitSettings = registry.map("administrative_units");
        String kind = MetamodelChecks.literal("BodyKind", unitSettings.string("kind"), unitSettings.where("kind"));
        List<Body> provinces = new ArrayList<>();
        List<Body> communes = new ArrayList<>();
        readUnits(units, unitsFile, kind, provinces, communes);
        provinces.sort(Comparator.comparing(Body::code));
        communes.sort(Comparator.comparing(Body::code));
        bodies.addAll(provinces);
        bodies.addAll(communes);
        YamlMap expected = unitSettings.map("expected");
        if (provinces.size() != expected.integer("provinces") || communes.size() != expected.integer("communes")) {
            throw new FrameworkDataException(unitsFile + " holds " + provinces.size() + " provinces and " + communes.size() + " communes; "
                    + FILE + " expects " + expected.integer("provinces") + " and " + expected.integer("communes")
                    + ". Update administrative_units.expected (and the version) when the units change.");
        }
        List<PseudoGroup> groups = central.maps("pseudo_groups").stream().map(g -> new PseudoGroup(g.string("code"), g.string("name_vi"), g.string("name_en")))
                .toList();
        for (PseudoGroup g : groups) {
            if (centralCodes.contains(g.code())) {
                throw new FrameworkDataException(central.file() + ": pseudo-group " + g.code() + " has the code of a body");
            }
        }
        try {
            return new Registry(registry.string("version"), bodies, groups);
        } catch (IllegalArgumentException e) {
            throw new FrameworkDataException(FILE + ": " + e.getMessage(), e);
        }
    }

    private static List<Body> centralBodies(YamlMap central) {
        List<Body> bodies = new ArrayList<>();
        Set<String> sources = new HashSet<>(central.map("sources").keys());
        Map<String, String> parents = new HashMap<>();
        for (YamlMap b : central.maps("bodies")) {
            String code = b.string("code");
            if (!code.matches("[A-Z][A-Z0-9_]*")) {
                throw b.error("code", "'" + code + "' must start with an upper-case letter and hold only A-Z, 0-9 and '_'"
                        + " (numeric codes are the administrative units')");
            }
            if (parents.containsKey(code)) {
                throw b.error("code", "'" + code + "' is listed twice");
            }
            List<String> cited = b.strings("sources");
            if (cited.isEmpty()) {
                throw b.error("sources", "every body cites at least one source (S_NONE when none was read)");
            }
            for (String s : cited) {
                if (!sources.contains(s)) {
                    throw b.error("sources", "'" + s + "' is not one of the sources listed at the top of the file");
                }
            }
            String parent = b.optionalString("parent");
            parents.put(code, parent);
            String name = b.string("name_vi");
            bodies.add(new Body(code, name, b.string("name_en"), name, b.string("name_en"),
                    MetamodelChecks.literal("BodyKind", b.string("kind"), b.where("kind")), Body.CENTRAL, parent, null, null,
                    b.bool("own_architecture", true), b.bool("uncertain", false), b.optionalString("note"), b.optionalString("kind_note"), cited));
        }
        for (Map.Entry<String, String> e : parents.entrySet()) {
            Set<String> seen = new HashSet<>();
            for (String p = e.getValue(); p != null; p = parents.get(p)) {
                if (!parents.containsKey(p)) {
                    throw new FrameworkDataException(central.file() + ": body " + e.getKey() + " has the parent " + p + ", which is not listed");
                }
                if (!seen.add(p) || p.equals(e.getKey())) {
                    throw new FrameworkDataException(central.file() + ": the parents of " + e.getKey() + " form a cycle");
                }
            }
        }
        return bodies;
    }

    private static void readUnits(JsonNode units, String file, String kind, List<Body> provinces, List<Body> communes) {
        if (!units.isArray()) {
            throw new FrameworkDataException(file + " must hold a JSON array of provinces");
        }
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < units.size(); i++) {
            JsonNode p = units.get(i);
            String where = file + ", province [" + i + "]";
            String code = text(p, "Code", where);
            if (!code.matches("\\d{2}")) {
                throw new FrameworkDataException(where + ": the province code '" + code + "' must be two digits");
            }
            if (!codes.add(code)) {
                throw new FrameworkDataException(where + ": the code " + code + " is used twice");
            }
            provinces.add(unit(p, code, kind, Body.PROVINCE, null, where));
            JsonNode wards = p.get("Wards");
            if (wards == null || !wards.isArray() || wards.isEmpty()) {
                throw new FrameworkDataException(where + " (" + code + "): lists no communes (Wards)");
            }
            for (int j = 0; j < wards.size(); j++) {
                JsonNode w = wards.get(j);
                String wWhere = where + ", commune [" + j + "]";
                String wCode = text(w, "Code", wWhere);
                if (!wCode.matches("\\d{5}")) {
                    throw new FrameworkDataException(wWhere + ": the commune code '" + wCode + "' must be five digits");
                }
                if (!codes.add(wCode)) {
                    throw new FrameworkDataException(wWhere + ": the code " + wCode + " is used twice");
                }
                String provinceCode = text(w, "ProvinceCode", wWhere);
                if (!provinceCode.equals(code)) {
                    throw new FrameworkDataException(wWhere + " (" + wCode + "): ProvinceCode is " + provinceCode + " but it is listed under province " + code);
                }
                communes.add(unit(w, wCode, kind, Body.COMMUNE, code, wWhere));
            }
        }
    }

    private static Body unit(JsonNode node, String code, String kind, String tier, String parent, String where) {
        String name = text(node, "Name", where);
        String fullName = text(node, "FullName", where);
        String unitType = unitType(fullName, name, where);
        // the source writes one full name in lower case ("xã Bắc Sơn"); the registry capitalises the unit type
        String normalisedFull = unitType + fullName.substring(unitType.length());
        return new Body(code, name, text(node, "NameEn", where), normalisedFull, text(node, "FullNameEn", where), kind, tier, parent, unitType,
                text(node, "CodeName", where), true, false, null, null, List.of("S_VN_UNITS"));
    }

    private static String unitType(String fullName, String name, String where) {
        if (!fullName.endsWith(" " + name)) {
            throw new FrameworkDataException(where + ": the full name '" + fullName + "' does not end with the name '" + name + "'");
        }
        String type = fullName.substring(0, fullName.length() - name.length() - 1);
        return type.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + type.substring(1);
    }

    private static String text(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new FrameworkDataException(where + ": the field " + field + " is missing or empty");
        }
        return value.asText().strip();
    }
}
