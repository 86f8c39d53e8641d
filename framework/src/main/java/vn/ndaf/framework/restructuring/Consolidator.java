package vn.ndaf.framework.restructuring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

import vn.ndaf.framework.catalogue.Catalogue;
import vn.ndaf.framework.catalogue.Platform;
import vn.ndaf.framework.registry.Body;
import vn.ndaf.framework.registry.UnitNames;
import vn.ndaf.framework.template.Block;
import vn.ndaf.framework.template.BlockMatcher;
import vn.ndaf.framework.template.ConformanceReport;
import vn.ndaf.framework.template.Instantiation;
import vn.ndaf.framework.template.InstantiationOptions;
import vn.ndaf.framework.template.Template;
import vn.ndaf.framework.template.TemplateConformance;
import vn.ndaf.framework.template.TemplateInstantiator;
import vn.ndaf.metamodel.Models;

/**
 * Builds a successor body's baseline architecture from its predecessors' architectures (docs/bodies.md,
 * "Consolidation"):
 * <ul>
 * <li>every element, relationship and view of every predecessor is copied, with properties naming its origin
 *     ({@value #ORIGIN_ARCHITECTURE}, {@value #ORIGIN_BODY}, {@value #ORIGIN_UNIT}; {@value #ORIGIN_ID} when its id had to
 *     change because another predecessor used it);</li>
 * <li>references to the national architecture are kept once: relationships of one type between the same two
 *     ends, and own copies of one national platform (same class and catalogue code), are merged;</li>
 * <li>the successor's template is laid under it: a block some predecessor provides is the first provider's
 *     element (the others are reported as duplicates); a required block none provides is the template's
 *     element (a gap, filled); the template's platform uses and relationships are added where missing.</li>
 * </ul>
 * Which element is which block is decided as everywhere else, by {@link BlockMatcher}. Nothing of the
 * predecessors is changed.
 */
public final class Consolidator {

    public static final String ORIGIN_ARCHITECTURE = "ndaf:originArchitecture";
    public static final String ORIGIN_BODY = "ndaf:originBody";
    public static final String ORIGIN_UNIT = "ndaf:originUnit";
    public static final String ORIGIN_ID = "ndaf:originId";
    public static final String CONSOLIDATED_FROM = "ndaf:consolidatedFrom";
    /** The property of a predecessor's architecture naming the pre-reform unit it was made for (a code of the list before 1 July 2025). */
    public static final String FORMER_UNIT = "ndaf:formerUnit";
    public static final String TEMPLATE_ORIGIN = "template";

    /** A predecessor: its stored id, root, and the pre-reform unit it was for (code and name; may be null). */
    public record Origin(String architectureId, EObject root, String formerUnit, String formerName) {
        String body() {
            return Models.string(root, "bodyCode");
        }

        String label(int index) {
            return formerUnit != null ? "u" + formerUnit : "p" + (index + 1);
        }
    }

    public record Result(EObject architecture, ConsolidationReport report) {
    }

    private final TemplateInstantiator instantiator;
    private final Catalogue catalogue;

    public Consolidator(TemplateInstantiator instantiator, Catalogue catalogue) {
        this.instantiator = instantiator;
        this.catalogue = catalogue;
    }

    /**
     * @param id       the id of the new architecture
     * @param national the national architecture (as stored), for the template's platform uses
     */
    @SuppressWarnings("unchecked")
    public Result consolidate(String id, Body successor, Template template, List<Origin> origins, EObject national, String name) {
        if (origins.isEmpty()) {
            throw new IllegalArgumentException("Consolidation needs at least one predecessor architecture");
        }
        // which predecessor elements are which block
        Map<String, List<EObject>> providers = new LinkedHashMap<>();
        Map<EObject, Origin> originOf = new IdentityHashMap<>();
        for (Origin o : origins) {
            for (EObject e : Models.<EObject>list(o.root(), "elements")) {
                originOf.put(e, o);
            }
        }
        Set<EObject> blockElements = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (Block block : template.blocks()) {
            List<EObject> found = new ArrayList<>();
            for (Origin o : origins) {
                found.addAll(BlockMatcher.find(o.root(), block));
            }
            providers.put(block.key(), found);
            blockElements.addAll(found);
        }
        Set<String> optionalGaps = new HashSet<>();
        for (Block block : template.blocks()) {
            if (providers.get(block.key()).isEmpty() && !block.required()) {
                optionalGaps.add(block.key());
            }
        }
        InstantiationOptions options = InstantiationOptions.of(national, null).omitting(optionalGaps, b -> true).withOverviewView(false).withName(name);
        Instantiation base = instantiator.instantiate(template, successor, options);
        EObject result = base.architecture();
        Models.set(result, "id", id);
        Models.set(result, "documentation", "Consolidated on the successor's template '" + template.name() + "' " + template.version() + " from "
                + String.join(", ", origins.stream().map(o -> o.architectureId() + (o.formerUnit() == null ? "" : " (" + o.formerUnit() + " " + o.formerName() + ")"))
                        .toList()) + ".");
        Models.property(result, CONSOLIDATED_FROM, String.join(",", origins.stream().map(Origin::architectureId).toList()));

        // the template's elements, to be replaced by the first provider of their block
        Map<String, EObject> templateElements = new LinkedHashMap<>(base.blocks());
        Set<String> usedIds = new HashSet<>();
        for (EObject e : Models.<EObject>list(result, "elements")) {
            usedIds.add(Models.id(e));
        }
        List<EObject> baseRelationships = new ArrayList<>(Models.<EObject>list(result, "relationships"));
        Models.<EObject>list(result, "relationships").clear();
        for (String key : templateElements.keySet()) {
            if (!providers.get(key).isEmpty()) {
                Models.list(result, "elements").remove(templateElements.get(key));
                usedIds.remove(key);
            }
        }
        for (EObject e : Models.<EObject>list(result, "elements")) {
            Models.property(e, ORIGIN_ARCHITECTURE, TEMPLATE_ORIGIN);
        }

        // copy the predecessors
        Map<EObject, EObject> copyOf = new IdentityHashMap<>();
        Map<EObject, EObject> mergedInto = new IdentityHashMap<>();
        Map<String, List<String>> mergedOrigins = new LinkedHashMap<>();
        Map<String, EObject> mergedKept = new LinkedHashMap<>();
        Map<String, List<EObject>> adds = new LinkedHashMap<>();
        for (int i = 0; i < origins.size(); i++) {
            Origin o = origins.get(i);
            EcoreUtil.Copier copier = new EcoreUtil.Copier();
            List<EObject> all = new ArrayList<>();
            for (String list : List.of("elements", "relationships", "views", "profiles", "images", "propertyDefinitions")) {
                if (o.root().eClass().getEStructuralFeature(list) != null) {
                    all.addAll(Models.<EObject>list(o.root(), list));
                }
            }
            copier.copyAll(all);
            copier.copyReferences();
            String label = o.label(i);
            for (String list : List.of("elements", "relationships", "views", "profiles", "images", "propertyDefinitions")) {
                if (o.root().eClass().getEStructuralFeature(list) == null) {
                    continue;
                }
                for (EObject original : Models.<EObject>list(o.root(), list)) {
                    EObject copy = copier.get(original);
                    copyOf.put(original, copy);
                    if (list.equals("elements")) {
                        String key = nationalPlatformKey(original);
                        if (key != null && mergedKept.containsKey(key)) {
                            mergedInto.put(copy, mergedKept.get(key));
                            mergedOrigins.get(key).add(o.architectureId());
                            continue;
                        }
                        if (key != null) {
                            mergedKept.put(key, copy);
                            mergedOrigins.computeIfAbsent(key, k -> new ArrayList<>()).add(o.architectureId());
                        }
                    }
                    renameOnCollision(copy, usedIds, label);
                    if (List.of("elements", "relationships", "views").contains(list)) {
                        Models.property(copy, ORIGIN_ARCHITECTURE, o.architectureId());
                        if (o.body() != null) {
                            Models.property(copy, ORIGIN_BODY, o.body());
                        }
                        if (o.formerUnit() != null) {
                            Models.property(copy, ORIGIN_UNIT, o.formerUnit());
                        }
                        if (!Models.id(copy).equals(Models.id(original))) {
                            Models.property(copy, ORIGIN_ID, Models.id(original));
                        }
                    }
                    adds.computeIfAbsent(list, k -> new ArrayList<>()).add(copy);
                }
            }
            // added at once and without EMF's per-add uniqueness scan (copies are new objects): linear, not quadratic
            for (Map.Entry<String, List<EObject>> a : adds.entrySet()) {
                ((org.eclipse.emf.ecore.util.InternalEList<EObject>) Models.<EObject>list(result, a.getKey())).addAllUnique(a.getValue());
            }
            adds.clear();
        }
        // the template's relationships: onto the first provider of each block
        Map<EObject, EObject> onto = new IdentityHashMap<>(mergedInto);
        for (Map.Entry<String, EObject> t : templateElements.entrySet()) {
            List<EObject> p = providers.get(t.getKey());
            if (!p.isEmpty()) {
                onto.put(t.getValue(), copyOf.get(p.get(0)));
            }
        }
        for (EObject r : baseRelationships) {
            Models.property(r, ORIGIN_ARCHITECTURE, TEMPLATE_ORIGIN);
            renameOnCollision(r, usedIds, TEMPLATE_ORIGIN);
        }
        ((org.eclipse.emf.ecore.util.InternalEList<EObject>) Models.<EObject>list(result, "relationships")).addAllUnique(baseRelationships);
        replaceReferences(result, onto, national);
        dropRepeatedRelationships(result, mergedOrigins, mergedKept);

        ConformanceReport conformance = TemplateConformance.check(result, template);
        ConsolidationReport report = report(id, successor, template, origins, providers, copyOf, templateElements, originOf, blockElements, mergedOrigins,
                mergedKept, result, conformance);
        return new Result(result, report);
    }

    /** For an own element standing for a national platform of the catalogue (not a per-body block such as the LGSP): class and code. */
    private String nationalPlatformKey(EObject e) {
        if (e.eClass().getEStructuralFeature("catalogueCode") == null) {
            return null;
        }
        String code = Models.string(e, "catalogueCode");
        if (code == null) {
            return null;
        }
        return catalogue.platform(code).filter(Platform::national).map(p -> e.eClass().getName() + "|" + code).orElse(null);
    }

    private static void renameOnCollision(EObject copy, Set<String> usedIds, String label) {
        rename(copy, usedIds, label);
        for (Iterator<EObject> it = copy.eAllContents(); it.hasNext();) {
            rename(it.next(), usedIds, label);
        }
    }

    private static void rename(EObject o, Set<String> usedIds, String label) {
        if (o.eClass().getEStructuralFeature("id") == null) {
            return;
        }
        String id = Models.id(o);
        if (id == null) {
            return;
        }
        String fresh = id;
        for (int n = 2; usedIds.contains(fresh); n++) {
            fresh = id + "." + label + (n == 2 ? "" : "." + n);
        }
        usedIds.add(fresh);
        if (!fresh.equals(id)) {
            Models.set(o, "id", fresh);
        }
    }

    /**
     * Every non-containment reference in the model to a key of {@code onto} is made to its value, and every
     * reference to an unresolved element of the national architecture (as a model loaded from the store holds
     * it) to that element of {@code national}, so that equal references are one object.
     */
    @SuppressWarnings("unchecked")
    private static void replaceReferences(EObject root, Map<EObject, EObject> onto, EObject national) {
        Map<String, EObject> nationalById = new HashMap<>();
        String nationalSegment = null;
        if (national != null) {
            nationalSegment = national.eResource() != null ? national.eResource().getURI().lastSegment() : Models.id(national);
            for (Iterator<EObject> it = national.eAllContents(); it.hasNext();) {
                EObject o = it.next();
                if (o.eClass().getEStructuralFeature("id") != null && Models.id(o) != null) {
                    nationalById.putIfAbsent(Models.id(o), o);
                }
            }
        }
        String segment = nationalSegment;
        java.util.function.UnaryOperator<EObject> map = v -> {
            if (v == null) {
                return null;
            }
            EObject to = onto.get(v);
            if (to != null) {
                return to;
            }
            if (v.eIsProxy() && segment != null) {
                URI uri = ((InternalEObject) v).eProxyURI();
                if (segment.equals(uri.trimFragment().lastSegment())) {
                    EObject n = nationalById.get(uri.fragment());
                    return n != null && n.eClass() == v.eClass() ? n : v;
                }
            }
            return v;
        };
        for (Iterator<EObject> it = root.eAllContents(); it.hasNext();) {
            EObject o = it.next();
            for (EReference ref : o.eClass().getEAllReferences()) {
                if (ref.isContainment() || ref.isContainer() || ref.isDerived() || !ref.isChangeable() || !o.eIsSet(ref)) {
                    continue;
                }
                if (ref.isMany()) {
                    EList<EObject> values = (EList<EObject>) o.eGet(ref, false);
                    for (int i = 0; i < values.size(); i++) {
                        EObject from = values.get(i);
                        EObject to = map.apply(from);
                        if (to != from) {
                            if (values.contains(to)) {
                                values.remove(i--);
                            } else {
                                values.set(i, to);
                            }
                        }
                    }
                } else {
                    EObject from = (EObject) o.eGet(ref, false);
                    EObject to = map.apply(from);
                    if (to != from) {
                        o.eSet(ref, to);
                    }
                }
            }
        }
    }

    /**
     * Relationships of one class between the same ends are kept once (the predecessor's, which comes first):
     * references to the national architecture (compared by their stored address) and the template's
     * relationships between blocks a predecessor already relates.
     */
    private static void dropRepeatedRelationships(EObject result, Map<String, List<String>> mergedOrigins, Map<String, EObject> mergedKept) {
        Map<String, EObject> seen = new HashMap<>();
        for (Iterator<EObject> it = Models.<EObject>list(result, "relationships").iterator(); it.hasNext();) {
            EObject r = it.next();
            EObject source = (EObject) r.eGet(r.eClass().getEStructuralFeature("source"), false);
            EObject target = (EObject) r.eGet(r.eClass().getEStructuralFeature("target"), false);
            String key = r.eClass().getName() + "|" + address(source, result) + "|" + address(target, result);
            EObject kept = seen.putIfAbsent(key, r);
            if (kept != null && !isExternal(source, result) && !isExternal(target, result)) {
                // the template's relationship between two blocks a predecessor already relates
                it.remove();
            } else if (kept != null) {
                String origin = origin(r);
                String keptKey = "relationship|" + key;
                mergedOrigins.computeIfAbsent(keptKey, k -> new ArrayList<>(List.of(origin(kept))));
                if (!TEMPLATE_ORIGIN.equals(origin)) {
                    mergedOrigins.get(keptKey).add(origin);
                }
                mergedKept.putIfAbsent(keptKey, kept);
                it.remove();
            }
        }
    }

    private static String origin(EObject o) {
        return Models.<EObject>list(o, "properties").stream().filter(p -> ORIGIN_ARCHITECTURE.equals(Models.string(p, "key")))
                .map(p -> Models.string(p, "value")).findFirst().orElse(TEMPLATE_ORIGIN);
    }

    private static boolean isExternal(EObject o, EObject root) {
        return o != null && (o.eIsProxy() || EcoreUtil.getRootContainer(o) != root);
    }

    /** "national#p-NDXP" for an element of another stored architecture (loaded or proxy), "#id" for an own one. */
    private static String address(EObject o, EObject root) {
        if (o == null) {
            return "-";
        }
        if (o.eIsProxy()) {
            URI uri = ((InternalEObject) o).eProxyURI();
            return uri.trimFragment().lastSegment() + "#" + uri.fragment();
        }
        EObject r = EcoreUtil.getRootContainer(o);
        if (r == root) {
            return "#" + Models.id(o);
        }
        if (o.eResource() != null) {
            URI uri = EcoreUtil.getURI(o);
            return uri.trimFragment().lastSegment() + "#" + uri.fragment();
        }
        return Models.id(r) + "#" + Models.id(o);
    }

    private ConsolidationReport report(String id, Body successor, Template template, List<Origin> origins, Map<String, List<EObject>> providers,
            Map<EObject, EObject> copyOf, Map<String, EObject> templateElements, Map<EObject, Origin> originOf, Set<EObject> blockElements,
            Map<String, List<String>> mergedOrigins, Map<String, EObject> mergedKept, EObject result, ConformanceReport conformance) {
        List<ConsolidationReport.PredecessorArchitecture> preds = origins.stream().map(o -> new ConsolidationReport.PredecessorArchitecture(
                o.architectureId(), o.body(), o.formerUnit(), o.formerName(), Models.string(o.root(), "name"))).toList();
        List<ConsolidationReport.BlockCoverage> blocks = new ArrayList<>();
        List<ConsolidationReport.BlockCoverage> duplicates = new ArrayList<>();
        List<ConsolidationReport.Gap> gaps = new ArrayList<>();
        for (Block block : template.blocks()) {
            List<ConsolidationReport.Provider> ps = providers.get(block.key()).stream().map(e -> provider(e, originOf.get(e), copyOf)).toList();
            String status = ps.isEmpty() ? ConsolidationReport.GAP : ps.size() > 1 ? ConsolidationReport.DUPLICATE : ConsolidationReport.PROVIDED;
            String blockName = blockName(block, templateElements);
            ConsolidationReport.BlockCoverage coverage = new ConsolidationReport.BlockCoverage(block.key(), blockName, block.type(), block.required(), status, ps);
            blocks.add(coverage);
            if (ps.size() > 1) {
                duplicates.add(coverage);
            }
            if (ps.isEmpty()) {
                boolean filled = block.required() && templateElements.containsKey(block.key());
                gaps.add(new ConsolidationReport.Gap(block.key(), blockName, block.type(), block.required(), filled, filled ? block.key() : null));
            }
        }
        List<ConsolidationReport.PotentialMatch> matches = potentialMatches(origins, blockElements, copyOf, successor);
        List<ConsolidationReport.MergedReference> merged = new ArrayList<>();
        for (Map.Entry<String, List<String>> m : mergedOrigins.entrySet()) {
            List<String> archs = new ArrayList<>(new LinkedHashSet<>(m.getValue()));
            if (archs.size() < 2) {
                continue;
            }
            EObject kept = mergedKept.get(m.getKey());
            merged.add(new ConsolidationReport.MergedReference(Models.id(kept), name(kept), kept.eClass().getName(), archs));
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("elements", Models.list(result, "elements").size());
        counts.put("relationships", Models.list(result, "relationships").size());
        counts.put("views", Models.list(result, "views").size());
        counts.put("duplicates", duplicates.size());
        counts.put("gaps", gaps.size());
        counts.put("potentialMatches", matches.size());
        counts.put("mergedNationalReferences", merged.size());
        return new ConsolidationReport(successor.code(), id, template.name(), preds, blocks, duplicates, gaps, matches, merged, conformance.conforms(),
                conformance.findings().stream().map(f -> f.kind() + " " + f.subject() + ": " + f.message()).toList(), counts);
    }

    private static String blockName(Block block, Map<String, EObject> templateElements) {
        EObject t = templateElements.get(block.key());
        return t != null ? Models.string(t, "name") : block.nameVi() != null ? block.nameVi() : block.key();
    }

    private static ConsolidationReport.Provider provider(EObject e, Origin o, Map<EObject, EObject> copyOf) {
        EObject copy = copyOf.get(e);
        return new ConsolidationReport.Provider(o.architectureId(), o.body(), o.formerUnit(), Models.id(e), name(e), e.eClass().getName(),
                copy == null ? null : Models.id(copy));
    }

    private static String name(EObject e) {
        return e.eClass().getEStructuralFeature("name") == null ? null : Models.string(e, "name");
    }

    /** Elements of two or more predecessors, no block, of one class and one name once the units' names and types are left out. */
    private List<ConsolidationReport.PotentialMatch> potentialMatches(List<Origin> origins, Set<EObject> blockElements, Map<EObject, EObject> copyOf,
            Body successor) {
        Map<String, List<EObject>> groups = new LinkedHashMap<>();
        Map<EObject, Origin> originOf = new IdentityHashMap<>();
        // the words of the units' names and types, left out of every name alike (compared with their tones: "quản" is not "quận")
        Set<String> unitWords = new HashSet<>();
        for (String w : List.of("tỉnh", "thành", "phố", "tp", "huyện", "quận", "thị", "xã", "phường", "trấn", "của", "đặc", "khu")) {
            unitWords.add(UnitNames.key(w));
        }
        words(successor.fullNameVi()).forEach(w -> unitWords.add(UnitNames.key(w)));
        for (Origin o : origins) {
            if (o.formerName() != null) {
                words(o.formerName()).forEach(w -> unitWords.add(UnitNames.key(w)));
            }
        }
        Map<String, String> shown = new HashMap<>();
        Map<String, String> wordKeys = new HashMap<>();
        for (Origin o : origins) {
            for (EObject e : Models.<EObject>list(o.root(), "elements")) {
                if (blockElements.contains(e) || nationalPlatformKey(e) != null) {
                    continue;
                }
                String n = name(e);
                if (n == null || n.isBlank()) {
                    continue;
                }
                List<String> ws = new ArrayList<>();
                List<String> keys = new ArrayList<>();
                for (String w : words(n)) {
                    // names repeat the same few hundred words: each word's key is computed once
                    String k = wordKeys.computeIfAbsent(w, UnitNames::key);
                    if (!unitWords.contains(k)) {
                        ws.add(w);
                        keys.add(k);
                    }
                }
                if (ws.isEmpty()) {
                    continue;
                }
                originOf.put(e, o);
                String key = e.eClass().getName() + "|" + String.join(" ", keys);
                shown.putIfAbsent(key, String.join(" ", ws));
                groups.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
            }
        }
        List<ConsolidationReport.PotentialMatch> out = new ArrayList<>();
        for (Map.Entry<String, List<EObject>> g : groups.entrySet()) {
            Set<String> archs = new HashSet<>();
            g.getValue().forEach(e -> archs.add(originOf.get(e).architectureId()));
            if (archs.size() < 2) {
                continue;
            }
            out.add(new ConsolidationReport.PotentialMatch(g.getKey().substring(0, g.getKey().indexOf('|')), shown.get(g.getKey()),
                    g.getValue().stream().map(e -> provider(e, originOf.get(e), copyOf)).toList()));
        }
        return out;
    }

    /** The words of a name as written (letters and digits). */
    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String w : UnitNames.spaces(text).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }
}
