package vn.ndaf.framework.registry;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The administrative units before 1 July 2025: 63 provinces, their districts and communes, each with its
 * official code and full name. Names are looked up within a parent (a province, a district), never a
 * commune by its code alone: commune codes were reused after the reform for other units.
 */
public final class PreReformUnits {

    /** A unit before the reform. {@code tier} is province, district or commune; {@code type} its unit type in lower case (tỉnh, huyện, xã, ...). */
    public record Unit(String code, String fullName, String tier, String type, String name, String provinceCode, String districtCode) {
    }

    private final Map<String, Unit> provinces = new LinkedHashMap<>();
    private final Map<String, Unit> districts = new LinkedHashMap<>();
    private final Map<String, Unit> communes = new LinkedHashMap<>();
    private final Map<String, List<Unit>> provincesByKey = new HashMap<>();
    private final Map<String, List<Unit>> districtsByProvinceAndKey = new HashMap<>();
    private final Map<String, List<Unit>> communesByProvinceAndKey = new HashMap<>();
    private final Map<String, List<Unit>> looseDistricts = new HashMap<>();
    private final Map<String, List<Unit>> looseCommunes = new HashMap<>();

    void addProvince(String code, String fullName) {
        Unit u = unit(code, fullName, Body.PROVINCE, UnitNames.PROVINCE_TYPES, null, null);
        provinces.put(code, u);
        provincesByKey.computeIfAbsent(UnitNames.key(u.name()), k -> new ArrayList<>()).add(u);
    }

    void addDistrict(String code, String fullName, String provinceCode) {
        Unit u = unit(code, fullName, "district", UnitNames.DISTRICT_TYPES, provinceCode, null);
        districts.put(code, u);
        districtsByProvinceAndKey.computeIfAbsent(provinceCode + "|" + UnitNames.key(u.name()), k -> new ArrayList<>()).add(u);
        looseDistricts.computeIfAbsent(provinceCode + "|" + UnitNames.looseKey(u.name()), k -> new ArrayList<>()).add(u);
    }

    void addCommune(String code, String fullName, String provinceCode, String districtCode) {
        Unit u = unit(code, fullName, Body.COMMUNE, UnitNames.COMMUNE_TYPES, provinceCode, districtCode);
        communes.put(code, u);
        communesByProvinceAndKey.computeIfAbsent(provinceCode + "|" + UnitNames.key(u.name()), k -> new ArrayList<>()).add(u);
        looseCommunes.computeIfAbsent(provinceCode + "|" + UnitNames.looseKey(u.name()), k -> new ArrayList<>()).add(u);
    }

    private static Unit unit(String code, String published, String tier, List<String> types, String province, String district) {
        String fullName = UnitNames.spaces(published);
        String type = UnitNames.typeOf(fullName, types);
        String name = type == null ? fullName.strip() : UnitNames.withoutType(fullName, type);
        return new Unit(code, fullName.strip(), tier, type, name, province, district);
    }

    public Collection<Unit> provinces() {
        return provinces.values();
    }

    public Collection<Unit> districts() {
        return districts.values();
    }

    public Collection<Unit> communes() {
        return communes.values();
    }

    public Optional<Unit> province(String code) {
        return Optional.ofNullable(provinces.get(code));
    }

    public Optional<Unit> district(String code) {
        return Optional.ofNullable(districts.get(code));
    }

    /** The pre-reform commune with this pre-reform code (codes were reused: never take it for today's unit of that code). */
    public Optional<Unit> commune(String code) {
        return Optional.ofNullable(communes.get(code));
    }

    /** The provinces of this name (without unit type). */
    public List<Unit> provincesNamed(String name) {
        return provincesByKey.getOrDefault(UnitNames.key(name), List.of());
    }

    /** The districts of this name (without unit type) in the given provinces. */
    public List<Unit> districtsNamed(String name, Collection<String> provinceCodes) {
        List<Unit> out = new ArrayList<>();
        String key = UnitNames.key(name);
        for (String p : provinceCodes) {
            out.addAll(districtsByProvinceAndKey.getOrDefault(p + "|" + key, List.of()));
        }
        return out;
    }

    /** The communes of this name (without unit type) in the given provinces. */
    public List<Unit> communesNamed(String name, Collection<String> provinceCodes) {
        List<Unit> out = new ArrayList<>();
        String key = UnitNames.key(name);
        for (String p : provinceCodes) {
            out.addAll(communesByProvinceAndKey.getOrDefault(p + "|" + key, List.of()));
        }
        return out;
    }

    /** As {@link #districtsNamed}, by the loose key (no accents, apostrophes or spaces): for names spelt differently. */
    public List<Unit> districtsLooselyNamed(String name, Collection<String> provinceCodes) {
        return loosely(looseDistricts, name, provinceCodes);
    }

    /** As {@link #communesNamed}, by the loose key (no accents, apostrophes or spaces): for names spelt differently. */
    public List<Unit> communesLooselyNamed(String name, Collection<String> provinceCodes) {
        return loosely(looseCommunes, name, provinceCodes);
    }

    private static List<Unit> loosely(Map<String, List<Unit>> index, String name, Collection<String> provinceCodes) {
        List<Unit> out = new ArrayList<>();
        String key = UnitNames.looseKey(name);
        for (String p : provinceCodes) {
            out.addAll(index.getOrDefault(p + "|" + key, List.of()));
        }
        return out;
    }
}
