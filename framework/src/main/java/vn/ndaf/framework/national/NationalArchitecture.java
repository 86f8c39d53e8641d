package vn.ndaf.framework.national;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;

import vn.ndaf.framework.catalogue.Catalogue;
import vn.ndaf.framework.catalogue.CatalogueDatabase;
import vn.ndaf.framework.catalogue.Platform;
import vn.ndaf.framework.catalogue.WorkPackage;
import vn.ndaf.framework.dictionary.DataDictionary;
import vn.ndaf.framework.dictionary.Term;
import vn.ndaf.framework.reference.Category;
import vn.ndaf.framework.reference.FrameworkModel;
import vn.ndaf.framework.reference.Named;
import vn.ndaf.framework.reference.ReferenceModelDefinition;
import vn.ndaf.framework.template.OverviewView;
import vn.ndaf.metamodel.Models;
import vn.ndaf.metamodel.NdafMetamodel;

/**
 * The national architecture, owned by the Government ({@value NationalIds#OWNER_BODY}): the framework's
 * reference model as groupings (layers, reference models and categories, data layers and blocks), the
 * six data-quality criteria as principles, the catalogue's national platforms, national and specialised
 * databases and the plan's work packages, and the data dictionary's terms. Every other architecture
 * refers to its platforms; the ids are {@link NationalIds}'.
 */
public final class NationalArchitecture {

    public static final String FRAMEWORK_VERSION = "ndaf:frameworkVersion";
    public static final String CATALOGUE_VERSION = "ndaf:catalogueVersion";
    public static final String CATALOGUE_SAMPLE = "ndaf:catalogueSample";
    public static final String DICTIONARY_VERSION = "ndaf:dictionaryVersion";
    public static final String REFERENCE_VERSION = "ndaf:referenceDataVersion";
    private static final String OPERATOR = "ndaf:operator";
    private static final String CATALOGUE_CODE = "ndaf:catalogueCode";
    private static final String UNCERTAIN = "ndaf:uncertain";
    private static final String SOURCES = "ndaf:sources";

    private final FrameworkModel framework;
    private final Catalogue catalogue;
    private final DataDictionary dictionary;
    private EObject root;

    private NationalArchitecture(FrameworkModel framework, Catalogue catalogue, DataDictionary dictionary) {
        this.framework = framework;
        this.catalogue = catalogue;
        this.dictionary = dictionary;
    }

    /** The version that identifies the national architecture's content: framework, catalogue and dictionary versions. */
    public static String referenceVersion(FrameworkModel framework, Catalogue catalogue, DataDictionary dictionary) {
        return "framework " + framework.version() + "; catalogue " + catalogue.version() + "; dictionary " + dictionary.version();
    }

    public static EObject build(FrameworkModel framework, Catalogue catalogue, DataDictionary dictionary) {
        return new NationalArchitecture(framework, catalogue, dictionary).build();
    }

    private EObject build() {
        root = Models.architecture(NationalIds.ROOT, "Kiến trúc tổng thể quốc gia số - dữ liệu tham chiếu");
        Models.set(root, "bodyCode", NationalIds.OWNER_BODY);
        Models.set(root, "state", "baseline");
        Models.set(root, "frameworkVersion", framework.version());
        Models.set(root, "metamodelVersion", NdafMetamodel.get().version());
        Models.set(root, "documentation", framework.titleVi() + ". " + catalogue.note() + " The catalogue and the data dictionary are sample content.");
        Models.property(root, REFERENCE_VERSION, referenceVersion(framework, catalogue, dictionary));
        Models.property(root, FRAMEWORK_VERSION, framework.version());
        Models.property(root, CATALOGUE_VERSION, catalogue.version());
        Models.property(root, CATALOGUE_SAMPLE, Boolean.toString(catalogue.sample()));
        Models.property(root, DICTIONARY_VERSION, dictionary.version());

        Map<String, EObject> layers = groupings(framework.layers(), NationalIds::layer, "nationalLayer");
        Map<String, EObject> categories = referenceModels();
        Map<String, EObject> dataLayers = groupings(framework.dataLayers(), NationalIds::dataLayer, null);
        Map<String, EObject> dataBlocks = groupings(framework.dataBlocks(), NationalIds::dataBlock, null);
        for (Named q : framework.qualityCriteria()) {
            EObject p = Models.element(root, "Principle", NationalIds.principle(q.key()), "Dữ liệu " + q.nameVi());
            Models.set(p, "documentation", "Data-quality criterion '" + q.nameEn() + "' (02-KH/BCĐTW, 214/NQ-CP).");
        }
        Map<String, EObject> platforms = new HashMap<>();
        for (Platform p : catalogue.nationalPlatforms()) {
            EObject e = platform(p);
            platforms.put(p.code(), e);
            relate("AggregationRelationship", layers.get(p.layer()), e);
            relate("AggregationRelationship", categories.get(p.category()), e);
        }
        for (Platform p : catalogue.nationalPlatforms()) {
            if (p.hostedAt() != null) {
                relate("ServingRelationship", platforms.get(p.hostedAt()), platforms.get(p.code()));
            }
        }
        for (CatalogueDatabase d : catalogue.databases()) {
            EObject e = database(d);
            relate("AggregationRelationship", dataLayers.get(d.dataLayer()), e);
            relate("AggregationRelationship", dataBlocks.get(d.dataBlock()), e);
            if (!d.ndcSync().equals("none") && platforms.containsKey("TTDLQG_DCP")) {
                relate("FlowRelationship", e, platforms.get("TTDLQG_DCP"));
            }
        }
        Map<String, EObject> terms = new HashMap<>();
        for (Term t : dictionary.terms()) {
            terms.put(t.code(), term(t));
        }
        for (Term t : dictionary.terms()) {
            if (t.broader() != null) {
                Models.set(terms.get(t.code()), "broader", terms.get(t.broader()));
                relate("CompositionRelationship", terms.get(t.broader()), terms.get(t.code()));
            }
            relate("AggregationRelationship", dataLayers.get(t.dataLayer()), terms.get(t.code()));
        }
        EObject plan = Models.element(root, "Grouping", "plan-214", "Kế hoạch hành động 214/NQ-CP (23/07/2025)");
        for (WorkPackage w : catalogue.workPackages()) {
            relate("AggregationRelationship", plan, task(w));
        }
        List<OverviewView.Row> rows = new ArrayList<>();
        List<Named> ordered = new ArrayList<>(framework.layers());
        ordered.sort((a, b) -> Integer.compare(b.order(), a.order()));
        for (Named layer : ordered) {
            rows.add(new OverviewView.Row(layer.key(), layer.nameVi(),
                    catalogue.nationalPlatforms().stream().filter(p -> p.layer().equals(layer.key())).map(p -> platforms.get(p.code())).toList()));
        }
        OverviewView.add(root, "view-platforms", "Nền tảng số quốc gia dùng chung theo Khung Kiến trúc tổng thể quốc gia số (mẫu)", rows);
        return root;
    }

    private Map<String, EObject> groupings(List<Named> entries, java.util.function.Function<String, String> id, String layerAttribute) {
        Map<String, EObject> result = new HashMap<>();
        for (Named n : entries) {
            EObject g = Models.element(root, "Grouping", id.apply(n.key()), n.nameVi());
            Models.set(g, "documentation", n.nameEn());
            if (layerAttribute != null) {
                Models.set(g, layerAttribute, n.key());
            }
            result.put(n.key(), g);
        }
        return result;
    }

    private Map<String, EObject> referenceModels() {
        Map<String, EObject> categories = new HashMap<>();
        for (ReferenceModelDefinition rm : framework.referenceModels()) {
            EObject model = Models.element(root, "Grouping", NationalIds.referenceModel(rm.literal()), rm.nameVi());
            Models.set(model, "documentation", rm.nameEn());
            Models.set(model, "referenceModel", rm.literal());
            for (Category c : rm.categories()) {
                EObject g = Models.element(root, "Grouping", NationalIds.category(c.code()), c.code() + " " + c.nameVi());
                Models.set(g, "documentation", c.nameEn());
                Models.set(g, "referenceModel", rm.literal());
                Models.set(g, "referenceCategory", c.code());
                categories.put(c.code(), g);
                relate("CompositionRelationship", c.parentCode() == null ? model : categories.get(c.parentCode()), g);
            }
        }
        return categories;
    }

    private EObject platform(Platform p) {
        EObject e = Models.element(root, p.type(), NationalIds.platform(p.code()), p.nameVi());
        names(e, p.nameVi(), p.nameEn());
        classify(e, p.layer(), p.category());
        if (p.note() != null) {
            Models.set(e, "documentation", p.note());
        }
        if (p.type().equals("SharedPlatform")) {
            Models.set(e, "platformScope", p.scope());
            Models.set(e, "catalogueCode", p.code());
            Models.set(e, "securityLevel", p.securityLevel());
            if (p.operator() != null) {
                Models.set(e, "ownerBodyCode", p.operator());
            }
        } else {
            Models.property(e, CATALOGUE_CODE, p.code());
        }
        if (p.operator() != null) {
            Models.property(e, OPERATOR, p.operator());
        }
        flags(e, p.uncertain(), p.sources());
        return e;
    }

    private EObject database(CatalogueDatabase d) {
        EObject e = Models.element(root, "Database", NationalIds.database(d.code()), d.nameVi());
        names(e, d.nameVi(), d.nameEn());
        classify(e, "data_platforms", d.category());
        Models.set(e, "scope", d.scope());
        Models.set(e, "stewardBodyCode", d.steward());
        Models.set(e, "ownerBodyCode", d.steward());
        Models.set(e, "dataLayer", d.dataLayer());
        Models.set(e, "dataBlock", d.dataBlock());
        Models.set(e, "ndcSync", d.ndcSync());
        Models.property(e, CATALOGUE_CODE, d.code());
        if (d.note() != null) {
            Models.set(e, "documentation", d.note());
        }
        flags(e, d.uncertain(), d.sources());
        return e;
    }

    private EObject term(Term t) {
        EObject e = Models.element(root, "DataDictionaryTerm", NationalIds.term(t.code()), t.nameVi());
        names(e, t.nameVi(), t.nameEn());
        Models.set(e, "nationalLayer", "data_platforms");
        Models.set(e, "referenceModel", "DRM");
        Models.set(e, "referenceCategory", "DRM.04");
        Models.set(e, "termCode", t.code());
        Models.set(e, "ownerBodyCode", t.owner());
        Models.set(e, "dataLayer", t.dataLayer());
        Models.set(e, "dataBlock", t.dataBlock());
        Models.set(e, "dataType", t.dataType());
        Models.set(e, "documentation", t.definitionVi() + " / " + t.definitionEn());
        return e;
    }

    private EObject task(WorkPackage w) {
        EObject e = Models.element(root, "PlanTask", NationalIds.task(w.code()), w.titleVi() + " (" + w.code() + ")");
        names(e, w.titleVi(), w.titleEn());
        Models.set(e, "referenceModel", "BRM");
        Models.set(e, "referenceCategory", "BRM.09");
        Models.set(e, "taskCode", w.code());
        Models.set(e, "leadBodyCode", w.lead());
        Models.<String>list(e, "cooperatingBodyCodes").addAll(w.cooperating());
        if (w.deadline() != null) {
            Models.set(e, "deadline", w.deadline());
        }
        Models.set(e, "fundingSource", w.funding());
        if (w.status() != null) {
            Models.set(e, "status", w.status());
        }
        if (w.completedOn() != null) {
            Models.set(e, "completedOn", w.completedOn());
        }
        StringBuilder doc = new StringBuilder(w.titleEn()).append('.');
        if (w.outcome() != null) {
            doc.append(" Outcome: ").append(w.outcome()).append('.');
        }
        if (w.leadInferred()) {
            doc.append(" The lead is inferred from the plan's wording.");
        }
        if (w.duplicateOf() != null) {
            doc.append(" Restates ").append(w.duplicateOf()).append('.');
        }
        if (w.note() != null) {
            doc.append(' ').append(w.note());
        }
        Models.set(e, "documentation", doc.toString());
        if (w.uncertain()) {
            Models.property(e, UNCERTAIN, "true");
        }
        return e;
    }

    private static void classify(EObject e, String layer, String category) {
        Models.set(e, "nationalLayer", layer);
        Models.set(e, "referenceModel", category.substring(0, 3));
        Models.set(e, "referenceCategory", category);
    }

    private static void names(EObject e, String vi, String en) {
        for (String[] v : new String[][] { { "vi", vi }, { "en", en } }) {
            EObject s = NdafMetamodel.get().create("LangString");
            Models.set(s, "lang", v[0]);
            Models.set(s, "value", v[1]);
            Models.list(e, "nameVariants").add(s);
        }
    }

    private static void flags(EObject e, boolean uncertain, List<String> sources) {
        if (uncertain) {
            Models.property(e, UNCERTAIN, "true");
        }
        if (!sources.isEmpty()) {
            Models.property(e, SOURCES, String.join(",", sources));
        }
    }

    /** A relationship whose id says what it joins, so that a changed catalogue changes only what it must. */
    private void relate(String type, EObject source, EObject target) {
        String kind = type.substring(0, type.length() - "Relationship".length()).toLowerCase(java.util.Locale.ROOT);
        Models.relationship(root, type, "r-" + Models.id(source) + "-" + kind + "-" + Models.id(target), source, target);
    }
}
