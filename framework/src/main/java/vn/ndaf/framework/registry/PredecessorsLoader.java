package vn.ndaf.framework.registry;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.ndaf.framework.FrameworkDataException;
import vn.ndaf.framework.data.DataResources;
import vn.ndaf.framework.data.YamlFile;
import vn.ndaf.framework.data.YamlMap;

/**
 * Reads the predecessors of every province and commune (registry.yaml, {@code predecessors}): the published
 * text of each new unit, read by {@link PredecessorText}, and its names resolved to pre-reform codes:
 * <ul>
 * <li>a province's predecessor: by name among the 63 pre-reform provinces;</li>
 * <li>a commune's predecessor: by name (and unit type) among the communes, or districts, of the pre-reform
 *     provinces its province was formed from; within the district the text names, where it names one; a
 *     name found more than once without a district said is looked up in the districts the same entry names
 *     or its other predecessors were in; never by code.</li>
 * </ul>
 * A name not found, or found more than once, keeps no code and is reported.
 */
public final class PredecessorsLoader {

    private PredecessorsLoader() {
    }

    public static Predecessors load(Registry registry) {
        YamlMap settings = YamlFile.read(RegistryLoader.FILE).map("predecessors");
        String file = RegistryLoader.FOLDER + settings.string("file");
        String preFile = RegistryLoader.FOLDER + settings.string("pre_reform");
        ObjectMapper json = new ObjectMapper();
        JsonNode entries;
        JsonNode pre;
        try (InputStream in = DataResources.open(file)) {
            entries = json.readTree(in);
        } catch (IOException e) {
            throw new FrameworkDataException(file + " is not valid JSON: " + e.getMessage(), e);
        }
        try (InputStream in = DataResources.open(preFile)) {
            pre = json.readTree(in);
        } catch (IOException e) {
            throw new FrameworkDataException(preFile + " is not valid JSON: " + e.getMessage(), e);
        }
        return build(settings, registry, entries, file, pre, preFile);
    }

    static Predecessors build(YamlMap settings, Registry registry, JsonNode entries, String file, JsonNode pre, String preFile) {
        PreReformUnits units = preReform(pre, preFile, settings.map("expected_pre_reform"));
        PredecessorText reader = new PredecessorText(settings.entries("aliases"), settings.strings("not_units"));
        if (!entries.isArray()) {
            throw new FrameworkDataException(file + " must hold a JSON array of units");
        }
        List<PredecessorIssue> issues = new ArrayList<>();
        List<UnitPredecessors> provinces = new ArrayList<>();
        List<JsonNode> communeEntries = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            JsonNode e = entries.get(i);
            String where = file + ", entry [" + i + "]";
            String code = text(e, "code", where);
            if (!seen.add(code)) {
                throw new FrameworkDataException(where + ": the code " + code + " is listed twice");
            }
            JsonNode parent = e.get("parentCode");
            if (parent == null || parent.isNull()) {
                provinces.add(province(code, e, where, registry, units, reader, issues));
            } else {
                communeEntries.add(e);
            }
        }
        Map<String, Set<String>> formerProvinces = new HashMap<>();
        for (UnitPredecessors p : provinces) {
            formerProvinces.put(p.code(), p.predecessors().stream().filter(x -> x.code() != null).map(Predecessor::code)
                    .collect(Collectors.toCollection(LinkedHashSet::new)));
        }
        List<UnitPredecessors> all = new ArrayList<>(provinces);
        for (JsonNode e : communeEntries) {
            String where = file + ", entry " + e.get("code").asText();
            all.add(commune(e, where, registry, units, reader, formerProvinces, issues));
        }
        YamlMap expected = settings.map("expected_entries");
        long p = all.stream().filter(u -> u.parentCode() == null).count();
        if (p != expected.integer("provinces") || all.size() - p != expected.integer("communes")) {
            throw new FrameworkDataException(file + " holds " + p + " provinces and " + (all.size() - p) + " communes; " + RegistryLoader.FILE
                    + " expects " + expected.integer("provinces") + " and " + expected.integer("communes"));
        }
        return new Predecessors(all, units, issues, entries.size());
    }

    private static UnitPredecessors province(String code, JsonNode e, String where, Registry registry, PreReformUnits units, PredecessorText reader,
            List<PredecessorIssue> issues) {
        Body body = registry.find(code).filter(Body::isProvince)
                .orElseThrow(() -> new FrameworkDataException(where + ": " + code + " is not a province of the registry"));
        String published = text(e, "predecessors", where);
        PredecessorText.Parsed parsed = reader.parse(published);
        List<Predecessor> out = new ArrayList<>();
        if (parsed.unchanged()) {
            out.add(provinceNamed(body.nameVi(), body.fullNameVi(), true, UnitPredecessors.UNCHANGED_VI, code, units, issues));
        } else {
            for (PredecessorText.Fragment f : parsed.fragments()) {
                if (f.notUnit()) {
                    issues.add(new PredecessorIssue(code, PredecessorIssue.Kind.NOT_A_UNIT, f.published(), "names no province"));
                    continue;
                }
                out.add(provinceNamed(f.name(), f.published(), f.whole(), f.published(), code, units, issues));
            }
        }
        return new UnitPredecessors(code, body.fullNameVi(), null, parsed.unchanged(), published, parsed.note(), out);
    }

    private static Predecessor provinceNamed(String name, String asPublished, boolean whole, String fragment, String unitCode, PreReformUnits units,
            List<PredecessorIssue> issues) {
        List<PreReformUnits.Unit> found = units.provincesNamed(name);
        if (found.size() == 1) {
            PreReformUnits.Unit u = found.get(0);
            return new Predecessor(u.fullName(), u.code(), Body.PROVINCE, whole, u.code(), fragment);
        }
        issues.add(new PredecessorIssue(unitCode, found.isEmpty() ? PredecessorIssue.Kind.UNRESOLVED : PredecessorIssue.Kind.AMBIGUOUS, fragment,
                found.isEmpty() ? "no province before the reform is named '" + name + "'" : found.size() + " provinces before the reform are named '" + name + "'"));
        return new Predecessor(capitalise(asPublished), null, Body.PROVINCE, whole, null, fragment);
    }

    private static UnitPredecessors commune(JsonNode e, String where, Registry registry, PreReformUnits units, PredecessorText reader,
            Map<String, Set<String>> formerProvinces, List<PredecessorIssue> issues) {
        String code = text(e, "code", where);
        String parent = text(e, "parentCode", where);
        String name = text(e, "name", where);
        Body body = registry.find(code).filter(b -> b.isCommune() && parent.equals(b.parentCode())).orElse(null);
        if (body == null) {
            // the file and the units file differ on one code: find the commune by its name in its province
            List<Body> named = registry.children(parent).stream().filter(b -> UnitNames.key(b.fullNameVi()).equals(UnitNames.key(name))).toList();
            if (named.size() != 1) {
                throw new FrameworkDataException(where + ": " + code + " (" + name + ") is not a commune of province " + parent + " in the registry");
            }
            body = named.get(0);
            issues.add(new PredecessorIssue(body.code(), PredecessorIssue.Kind.CODE_CORRECTED, null,
                    "the predecessors file gives " + name + " the code " + code + "; the registry's is " + body.code()));
        }
        Set<String> scope = formerProvinces.getOrDefault(parent, Set.of());
        String published = text(e, "predecessors", where);
        PredecessorText.Parsed parsed = reader.parse(published);
        List<PredecessorText.Fragment> fragments = parsed.unchanged()
                ? List.of(new PredecessorText.Fragment(UnitPredecessors.UNCHANGED_VI, body.unitType().toLowerCase(Locale.ROOT), body.nameVi(), null, true, false))
                : parsed.fragments();
        // districts the entry names: where an ambiguous name without a district is looked for
        Set<String> context = new LinkedHashSet<>();
        for (PredecessorText.Fragment f : fragments) {
            if (f.qualifier() != null) {
                districts(f.qualifier(), scope, units).forEach(d -> context.add(d.code()));
            }
        }
        List<Object> resolved = new ArrayList<>();
        for (PredecessorText.Fragment f : fragments) {
            resolved.add(f.notUnit() ? null : candidates(f, scope, units));
        }
        for (Object r : resolved) {
            if (r instanceof List<?> list && list.size() == 1 && list.get(0) instanceof PreReformUnits.Unit u && u.districtCode() != null) {
                context.add(u.districtCode());
            }
        }
        List<Predecessor> out = new ArrayList<>();
        for (int i = 0; i < fragments.size(); i++) {
            PredecessorText.Fragment f = fragments.get(i);
            if (f.notUnit()) {
                issues.add(new PredecessorIssue(body.code(), PredecessorIssue.Kind.NOT_A_UNIT, f.published(), "names a place below a commune, not a unit"));
                continue;
            }
            @SuppressWarnings("unchecked")
            List<PreReformUnits.Unit> found = (List<PreReformUnits.Unit>) resolved.get(i);
            if (found.size() > 1 && f.qualifier() == null && !context.isEmpty()) {
                List<PreReformUnits.Unit> inContext = found.stream()
                        .filter(u -> context.contains(u.districtCode()) || Predecessor.DISTRICT.equals(u.tier()) && context.contains(u.code())).toList();
                if (!inContext.isEmpty()) {
                    found = inContext;
                }
            }
            if (found.size() > 1) {
                // the same name twice in the province: the one whose code the new unit took, if it is one of them
                String newCode = body.code();
                List<PreReformUnits.Unit> took = found.stream().filter(u -> u.code().equals(newCode)).toList();
                if (took.size() == 1) {
                    found = took;
                }
            }
            String tier = f.type() != null && UnitNames.DISTRICT_TYPES.contains(f.type()) ? Predecessor.DISTRICT : Body.COMMUNE;
            if (found.size() == 1) {
                PreReformUnits.Unit u = found.get(0);
                out.add(new Predecessor(u.fullName(), u.code(), u.tier(), f.whole(), u.provinceCode(), f.published()));
            } else {
                String what = (f.type() == null ? "" : UnitNames.capitalised(f.type()) + " ") + f.name()
                        + (f.qualifier() == null ? "" : " (" + f.qualifier() + ")");
                issues.add(new PredecessorIssue(body.code(), found.isEmpty() ? PredecessorIssue.Kind.UNRESOLVED : PredecessorIssue.Kind.AMBIGUOUS,
                        f.published(), found.isEmpty() ? "no " + tier + " named " + what + " in the provinces " + scope + " before the reform"
                                : found.size() + " units named " + what + " in the provinces " + scope + " before the reform: "
                                        + found.stream().map(u -> u.code()).collect(Collectors.joining(", "))));
                out.add(new Predecessor(what, null, tier, f.whole(), null, f.published()));
            }
        }
        return new UnitPredecessors(body.code(), body.fullNameVi(), parent, parsed.unchanged(), published, parsed.note(), out);
    }

    /** The pre-reform units a fragment may name: communes (or districts) of that name and type in the scope, within its district if it says one. */
    private static List<PreReformUnits.Unit> candidates(PredecessorText.Fragment f, Set<String> scope, PreReformUnits units) {
        boolean district = f.type() != null && UnitNames.DISTRICT_TYPES.contains(f.type());
        List<PreReformUnits.Unit> found = narrowed(f, district ? units.districtsNamed(f.name(), scope) : units.communesNamed(f.name(), scope), scope, units);
        if (found.isEmpty()) {
            // the same name spelt differently ("Đăk" / "Đắk", "M’gar" / "M'Gar")
            found = narrowed(f, district ? units.districtsLooselyNamed(f.name(), scope) : units.communesLooselyNamed(f.name(), scope), scope, units);
        }
        return found;
    }

    private static List<PreReformUnits.Unit> narrowed(PredecessorText.Fragment f, List<PreReformUnits.Unit> named, Set<String> scope, PreReformUnits units) {
        List<PreReformUnits.Unit> typed = f.type() == null ? named : named.stream().filter(u -> sameType(f.type(), u.type())).toList();
        List<PreReformUnits.Unit> found = typed.isEmpty() ? named : typed;
        if (f.qualifier() != null) {
            Set<String> in = districts(f.qualifier(), scope, units).stream().map(PreReformUnits.Unit::code).collect(Collectors.toSet());
            found = found.stream().filter(u -> in.contains(u.districtCode())).toList();
        }
        return found;
    }

    private static boolean sameType(String a, String b) {
        if (a == null || b == null) {
            return true;
        }
        return norm(a).equals(norm(b));
    }

    private static String norm(String type) {
        return switch (type) {
            case "tp", "tp." -> "thành phố";
            case "huyện đảo" -> "huyện";
            default -> type;
        };
    }

    /** The pre-reform districts in the scope a qualifier such as "huyện Mai Sơn" or "Quận 6" names. */
    private static List<PreReformUnits.Unit> districts(String said, Collection<String> provinces, PreReformUnits units) {
        // "(huyện Châu Thành, tỉnh Trà Vinh)": the district, then the province it was in
        String qualifier = said;
        Collection<String> scope = provinces;
        int comma = said.indexOf(',');
        if (comma > 0) {
            qualifier = said.substring(0, comma).strip();
            String province = said.substring(comma + 1).strip();
            String pType = UnitNames.typeOf(province, UnitNames.PROVINCE_TYPES);
            List<String> named = units.provincesNamed(pType == null ? province : UnitNames.withoutType(province, pType)).stream()
                    .map(PreReformUnits.Unit::code).filter(provinces::contains).toList();
            if (!named.isEmpty()) {
                scope = named;
            }
        }
        String type = UnitNames.typeOf(qualifier, UnitNames.DISTRICT_TYPES);
        String name = type == null ? qualifier : UnitNames.withoutType(qualifier, type);
        List<PreReformUnits.Unit> named = units.districtsNamed(name, scope);
        if (named.isEmpty()) {
            named = units.districtsLooselyNamed(name, scope);
        }
        List<PreReformUnits.Unit> typed = named.stream().filter(u -> sameType(type, u.type())).toList();
        return typed.isEmpty() ? named : typed;
    }

    private static PreReformUnits preReform(JsonNode pre, String file, YamlMap expected) {
        if (!pre.isArray()) {
            throw new FrameworkDataException(file + " must hold a JSON array of provinces");
        }
        PreReformUnits units = new PreReformUnits();
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < pre.size(); i++) {
            JsonNode p = pre.get(i);
            String where = file + ", province [" + i + "]";
            String code = text(p, "code", where);
            units.addProvince(unique(code, codes, where), text(p, "name", where));
            JsonNode districts = p.get("districts");
            if (districts == null || !districts.isArray()) {
                throw new FrameworkDataException(where + " (" + code + "): lists no districts");
            }
            for (int j = 0; j < districts.size(); j++) {
                JsonNode d = districts.get(j);
                String dWhere = where + ", district [" + j + "]";
                String dCode = text(d, "code", dWhere);
                units.addDistrict(unique("d" + dCode, codes, dWhere).substring(1), text(d, "name", dWhere), code);
                JsonNode communes = d.get("communes");
                if (communes == null || !communes.isArray()) {
                    throw new FrameworkDataException(dWhere + " (" + dCode + "): has no list of communes");
                }
                for (int k = 0; k < communes.size(); k++) {
                    JsonNode c = communes.get(k);
                    String cWhere = dWhere + ", commune [" + k + "]";
                    String cCode = text(c, "code", cWhere);
                    units.addCommune(unique("c" + cCode, codes, cWhere).substring(1), text(c, "name", cWhere), code, dCode);
                }
            }
        }
        int ep = expected.integer("provinces");
        int ed = expected.integer("districts");
        int ec = expected.integer("communes");
        if (units.provinces().size() != ep || units.districts().size() != ed || units.communes().size() != ec) {
            throw new FrameworkDataException(file + " holds " + units.provinces().size() + " provinces, " + units.districts().size() + " districts and "
                    + units.communes().size() + " communes; " + RegistryLoader.FILE + " expects " + ep + ", " + ed + " and " + ec);
        }
        return units;
    }

    private static String unique(String code, Set<String> codes, String where) {
        if (!codes.add(code)) {
            throw new FrameworkDataException(where + ": the code " + code.replaceFirst("^[dc]", "") + " is used twice");
        }
        return code;
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    private static String text(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new FrameworkDataException(where + ": the field " + field + " is missing or empty");
        }
        return value.asText().strip();
    }
}
