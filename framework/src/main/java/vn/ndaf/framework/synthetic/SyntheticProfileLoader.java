package vn.ndaf.framework.synthetic;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.ndaf.framework.FrameworkDataException;
import vn.ndaf.framework.catalogue.Catalogue;
import vn.ndaf.framework.catalogue.Platform;
import vn.ndaf.framework.data.YamlFile;
import vn.ndaf.framework.data.YamlMap;
import vn.ndaf.framework.synthetic.SyntheticProfile.CommuneExtras;
import vn.ndaf.framework.synthetic.SyntheticProfile.DeviationRule;
import vn.ndaf.framework.synthetic.SyntheticProfile.Unit;
import vn.ndaf.framework.synthetic.SyntheticProfile.UnitExtras;
import vn.ndaf.framework.synthetic.SyntheticProfile.Vocabulary;

/** Reads synthetic/profile.yaml and synthetic/vocabulary.yaml and checks them against the catalogue. */
public final class SyntheticProfileLoader {

    public static final String PROFILE = "synthetic/profile.yaml";
    public static final String VOCABULARY = "synthetic/vocabulary.yaml";
    private static final List<String> UNIT_TEMPLATES = List.of("ministry", "province", "party", "front");

    private SyntheticProfileLoader() {
    }

    public static SyntheticProfile load(Catalogue catalogue) {
        return read(YamlFile.read(PROFILE), YamlFile.read(VOCABULARY), catalogue);
    }

    static SyntheticProfile read(YamlMap yaml, YamlMap vocabularyYaml, Catalogue catalogue) {
        Vocabulary vocabulary = vocabulary(vocabularyYaml);
        YamlMap marker = yaml.map("marker");
        double presence = yaml.number("recommended_presence");
        if (presence < 0 || presence > 1) {
            throw yaml.error("recommended_presence", "must be between 0 and 1");
        }
        YamlMap dates = yaml.map("dates");
        String plantedMax = date(dates, "planted_deadline_max");
        String openMin = date(dates, "open_deadline_min");
        String openMax = date(dates, "open_deadline_max");
        String doneBefore = date(dates, "done_before");
        if (plantedMax.compareTo(openMin) >= 0 || openMin.compareTo(openMax) > 0) {
            throw dates.error("open_deadline_min", "the dates must be planted_deadline_max < open_deadline_min <= open_deadline_max");
        }
        YamlMap extras = yaml.map("extras");
        Map<String, UnitExtras> units = new LinkedHashMap<>();
        for (String template : UNIT_TEMPLATES) {
            YamlMap e = extras.map(template);
            String vocabularyKey = e.string("vocabulary");
            if (!vocabulary.units().containsKey(vocabularyKey)) {
                throw e.error("vocabulary", "'" + vocabularyKey + "' is not a list of units in " + VOCABULARY);
            }
            int count = e.integer("units");
            if (count < 1) {
                throw e.error("units", "must be at least 1");
            }
            units.put(template, new UnitExtras(count, range(e, "systems"), range(e, "processes"), range(e, "databases"), range(e, "projects"), vocabularyKey));
        }
        YamlMap commune = extras.map("commune");
        CommuneExtras communeExtras = new CommuneExtras(range(commune, "procedures"), range(commune, "projects"));
        YamlMap deviationsYaml = yaml.map("deviations");
        Map<DeviationKind, DeviationRule> deviations = new EnumMap<>(DeviationKind.class);
        for (DeviationKind kind : DeviationKind.values()) {
            YamlMap rule = deviationsYaml.map(kind.key());
            double rate = rule.number("rate");
            if (rate < 0 || rate > 1) {
                throw rule.error("rate", "must be between 0 and 1");
            }
            deviations.put(kind, new DeviationRule(rate, rule.integer("min")));
        }
        YamlMap duplicated = deviationsYaml.map(DeviationKind.DUPLICATED_SYSTEM.key());
        List<String> platforms = duplicated.strings("platforms");
        for (String code : platforms) {
            if (catalogue.platform(code).filter(Platform::national).filter(p -> p.type().equals("SharedPlatform")).isEmpty()) {
                throw duplicated.error("platforms", "'" + code + "' is not a national SharedPlatform of the catalogue");
            }
        }
        if (platforms.isEmpty()) {
            throw duplicated.error("platforms", "list the national platforms provinces may duplicate");
        }
        return new SyntheticProfile(yaml.string("version"), marker.string("key"), marker.string("value"), presence, yaml.bool("overview_views"), plantedMax,
                openMin, openMax, doneBefore, units, communeExtras, deviations, platforms, vocabulary);
    }

    private static Vocabulary vocabulary(YamlMap yaml) {
        Map<String, List<Unit>> units = new LinkedHashMap<>();
        for (String key : List.of("province_units", "ministry_units", "party_units", "front_units")) {
            List<Unit> list = new ArrayList<>();
            for (YamlMap u : yaml.maps(key)) {
                List<String> topics = u.strings("topics");
                if (topics.isEmpty()) {
                    throw u.error("topics", "a unit needs at least one topic");
                }
                list.add(new Unit(u.string("vi"), u.string("en"), topics));
            }
            if (list.isEmpty()) {
                throw yaml.error(key, "list at least one unit");
            }
            units.put(key, list);
        }
        return new Vocabulary(yaml.string("version"), units, nonEmpty(yaml, "process_verbs"), nonEmpty(yaml, "system_kinds"), nonEmpty(yaml, "database_kinds"),
                nonEmpty(yaml, "project_kinds"), nonEmpty(yaml, "commune_procedures"), nonEmpty(yaml, "procedure_variants"));
    }

    private static List<String> nonEmpty(YamlMap yaml, String key) {
        List<String> list = yaml.strings(key);
        if (list.isEmpty()) {
            throw yaml.error(key, "list at least one entry");
        }
        return list;
    }

    private static Range range(YamlMap yaml, String key) {
        int[] r = yaml.range(key);
        return new Range(r[0], r[1]);
    }

    private static String date(YamlMap yaml, String key) {
        String value = yaml.string(key);
        try {
            LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new FrameworkDataException(yaml.where(key) + ": '" + value + "' is not a date; write yyyy-mm-dd");
        }
        return value;
    }
}
