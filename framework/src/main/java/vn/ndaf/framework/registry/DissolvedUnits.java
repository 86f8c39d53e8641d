package vn.ndaf.framework.registry;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;

import vn.ndaf.metamodel.Models;

/**
 * Finds the names of units that no longer exist in a model's texts: the 29 provinces merged into others on
 * 1 July 2025 ("Tỉnh Hà Giang", "tỉnh Vĩnh Phúc") and the 696 districts, abolished that day ("Huyện Mai
 * Sơn", "Quận Ba Đình"). A name counts with its unit type, so "Phường Hà Giang 1", a ward of today, is not
 * Hà Giang province; a phrase that is also the full name of a unit of today ("Thành phố Huế") is not
 * reported. Tone marks may sit on either vowel ("Hoà"/"Hòa"); case does not matter.
 * <p>
 * This is the detection of the analysis rule {@value #RULE}: one {@link Mention} per element (or the
 * architecture itself) and text that names a dissolved unit.
 */
public final class DissolvedUnits {

    /** The id of the analysis rule this detection is for. */
    public static final String RULE = "registry.unit.dissolved";

    /**
     * A dissolved unit named in a text of a model object ({@code object}: the architecture or one of its
     * elements). {@code field} is name, documentation or "property KEY"; {@code message} names the object, the
     * unit and its successors, for a finding.
     */
    public record Mention(String objectId, String objectName, String objectType, String field, String phrase, String formerTier, String formerCode,
            String formerName, List<String> successors, String message, EObject object) {
    }

    private record Unit(String tier, String code, String fullName, List<String> successors) {
    }

    private static final Pattern WORDS = Pattern.compile("[^\\p{L}\\p{N}.]+");
    private static final int LONGEST = 8;

    private final Map<String, Unit> phrases = new HashMap<>();
    /** The key of every phrase's first word: a text position whose word is none of these starts no phrase. */
    private final Set<String> firstWords = new HashSet<>();
    /** Word keys already computed (texts repeat the same few thousand words); cleared when it grows large. */
    private final Map<String, String> wordKeys = new java.util.concurrent.ConcurrentHashMap<>();
    private final Registry registry;

    public DissolvedUnits(Registry registry, Predecessors predecessors) {
        this.registry = registry;
        Set<String> today = new HashSet<>();
        registry.provinces().forEach(b -> today.add(phraseKey(b.fullNameVi())));
        registry.communes().forEach(b -> today.add(phraseKey(b.fullNameVi())));
        for (PreReformUnits.Unit p : predecessors.dissolvedProvinces(registry)) {
            Unit u = new Unit(Body.PROVINCE, p.code(), p.fullName(), predecessors.successorsOfProvince(p.code()));
            for (String type : List.of("tỉnh", "thành phố")) {
                add(type + " " + p.name(), u, today);
            }
        }
        for (PreReformUnits.Unit d : predecessors.preReform().districts()) {
            Unit u = new Unit(Predecessor.DISTRICT, d.code(), d.fullName(), predecessors.successorsOfProvince(d.provinceCode()));
            add(d.fullName(), u, today);
        }
    }

    private void add(String phrase, Unit unit, Set<String> today) {
        String key = phraseKey(phrase);
        if (!today.contains(key)) {
            // two districts of one name and type in different provinces: keep the first, the successor list says where
            phrases.putIfAbsent(key, unit);
            int space = key.indexOf(' ');
            firstWords.add(space < 0 ? key : key.substring(0, space));
        }
    }

    private static String phraseKey(String phrase) {
        List<String> words = words(phrase);
        return String.join(" ", words.stream().map(UnitNames::key).toList());
    }

    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String w : WORDS.split(UnitNames.spaces(text))) {
            String t = w.endsWith(".") && !w.equalsIgnoreCase("tp.") ? w.substring(0, w.length() - 1) : w;
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    /** The dissolved units a text names, each phrase as written, in order of appearance. */
    public List<String[]> find(String text) {
        List<String[]> out = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        List<String> words = words(text);
        if (words.size() < 2) {
            // every phrase is a unit type and a name: two words at least
            return out;
        }
        List<String> keys = words.stream().map(this::wordKey).toList();
        for (int i = 0; i < keys.size(); i++) {
            if (!firstWords.contains(keys.get(i))) {
                continue;
            }
            for (int n = Math.min(LONGEST, keys.size() - i); n >= 2; n--) {
                String key = String.join(" ", keys.subList(i, i + n));
                Unit u = phrases.get(key);
                if (u != null) {
                    out.add(new String[] { String.join(" ", words.subList(i, i + n)), key });
                    i += n - 1;
                    break;
                }
            }
        }
        return out;
    }

    private String wordKey(String word) {
        String key = wordKeys.get(word);
        if (key == null) {
            if (wordKeys.size() > 100_000) {
                wordKeys.clear();
            }
            key = UnitNames.key(word);
            wordKeys.put(word, key);
        }
        return key;
    }

    /** The mentions of dissolved units in the architecture's own name, documentation and properties and those of its elements. */
    public List<Mention> scan(EObject architecture) {
        List<Mention> out = new ArrayList<>();
        scanObject(architecture, out);
        if (architecture.eClass().getEStructuralFeature("elements") != null) {
            for (EObject e : Models.<EObject>list(architecture, "elements")) {
                scanObject(e, out);
            }
        }
        return out;
    }

    private void scanObject(EObject o, List<Mention> out) {
        String id = Models.id(o);
        String name = o.eClass().getEStructuralFeature("name") == null ? null : Models.string(o, "name");
        check(o, id, name, "name", name, out);
        if (o.eClass().getEStructuralFeature("documentation") != null) {
            check(o, id, name, "documentation", Models.string(o, "documentation"), out);
        }
        if (o.eClass().getEStructuralFeature("properties") != null) {
            for (EObject p : Models.<EObject>list(o, "properties")) {
                String key = Models.string(p, "key");
                if (key != null && key.startsWith("ndaf:")) {
                    continue;
                }
                check(o, id, name, "property " + key, Models.string(p, "value"), out);
            }
        }
    }

    private void check(EObject o, String id, String name, String field, String text, List<Mention> out) {
        for (String[] found : find(text)) {
            Unit u = phrases.get(found[1]);
            String what = o.eClass().getName() + " '" + (name == null ? id : name) + "' (" + id + ")";
            String fate = Body.PROVINCE.equals(u.tier()) ? "the province " + u.fullName() + " (" + u.code() + ") was merged on 1 July 2025 into "
                    + codes(u.successors()) : "the district " + u.fullName() + " (" + u.code() + ") was abolished on 1 July 2025; its area is in "
                            + codes(u.successors());
            out.add(new Mention(id, name, o.eClass().getName(), field, found[0], u.tier(), u.code(), u.fullName(), u.successors(),
                    what + " names " + found[0] + " in its " + field + ": " + fate, o));
        }
    }

    private String codes(List<String> successors) {
        return String.join(", ", successors.stream().map(c -> c + " " + registry.find(c).map(Body::nameVi).orElse("?")).toList());
    }
}
