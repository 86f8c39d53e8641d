package vn.ndaf.framework.template;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EStructuralFeature;

import vn.ndaf.framework.FrameworkDataException;
import vn.ndaf.framework.catalogue.Catalogue;
import vn.ndaf.framework.catalogue.Platform;
import vn.ndaf.framework.data.MetamodelChecks;
import vn.ndaf.framework.data.YamlFile;
import vn.ndaf.framework.data.YamlMap;
import vn.ndaf.framework.reference.Category;
import vn.ndaf.framework.reference.FrameworkModel;
import vn.ndaf.metamodel.NdafMetamodel;
import vn.ndaf.metamodel.rules.RelationshipRules;

/**
 * Reads templates/NAME.yaml and checks it against the framework, the catalogue and the metamodel: known
 * classes, layers and categories, settable attributes, unambiguous block identities, resolvable endpoints,
 * relationships ArchiMate 3.2 allows, and required relationships only between required blocks.
 */
public final class TemplateLoader {

    public static final String FOLDER = "templates/";
    /** Attributes a block sets through its own fields, never through {@code attributes}. */
    private static final Set<String> RESERVED = Set.of("id", "name", "documentation", "nationalLayer", "referenceModel", "referenceCategory", "taskCode");

    private final FrameworkModel framework;
    private final Catalogue catalogue;

    public TemplateLoader(FrameworkModel framework, Catalogue catalogue) {
        this.framework = framework;
        this.catalogue = catalogue;
    }

    /** Loads every template the framework names, parents first. */
    public Map<String, Template> loadAll() {
        Map<String, YamlMap> files = new LinkedHashMap<>();
        for (String name : framework.templateNames()) {
            files.put(name, YamlFile.read(FOLDER + name + ".yaml"));
        }
        Map<String, Template> loaded = new LinkedHashMap<>();
        for (String name : framework.templateNames()) {
            load(name, files, loaded, new HashSet<>());
        }
        Map<String, Template> ordered = new LinkedHashMap<>();
        framework.templateNames().forEach(n -> ordered.put(n, loaded.get(n)));
        return ordered;
    }

    private Template load(String name, Map<String, YamlMap> files, Map<String, Template> loaded, Set<String> visiting) {
        if (loaded.containsKey(name)) {
            return loaded.get(name);
        }
        YamlMap yaml = files.get(name);
        if (yaml == null) {
            throw new FrameworkDataException("The template '" + name + "' is named as a parent template but framework.yaml does not list it");
        }
        if (!visiting.add(name)) {
            throw new FrameworkDataException(yaml.file() + ": the parent templates form a cycle");
        }
        String parentName = yaml.optionalString("parent_template");
        Template parent = parentName == null ? null : load(parentName, files, loaded, visiting);
        Template template = read(yaml, parent);
        if (!template.name().equals(name)) {
            throw yaml.error("name", "is '" + template.name() + "' but the file is " + name + ".yaml");
        }
        loaded.put(name, template);
        return template;
    }

    /** Reads one template file; {@code parent} is its parent template or null. */
    public Template read(YamlMap yaml, Template parent) {
        YamlMap appliesTo = yaml.map("applies_to");
        String tier = MetamodelChecks.literal("BodyTier", appliesTo.string("tier"), appliesTo.where("tier"));
        List<String> kinds = appliesTo.strings("kinds");
        if (kinds.isEmpty()) {
            throw appliesTo.error("kinds", "list the body kinds the template is for");
        }
        kinds.forEach(k -> MetamodelChecks.literal("BodyKind", k, appliesTo.where("kinds")));
        YamlMap architecture = yaml.map("architecture");
        String archNameVi = pattern(architecture, "name_vi");
        String archNameEn = pattern(architecture, "name_en");

        Map<String, Block> blocks = new LinkedHashMap<>();
        for (YamlMap b : yaml.maps("blocks")) {
            Block block = block(b);
            if (blocks.put(block.key(), block) != null) {
                throw b.error("key", "'" + block.key() + "' is used by two blocks");
            }
        }
        checkIdentities(yaml, List.copyOf(blocks.values()));
        List<PlatformUse> platforms = new ArrayList<>();
        Set<String> relationshipIds = new HashSet<>();
        for (YamlMap p : yaml.maps("platforms")) {
            String code = p.string("code");
            Platform platform = catalogue.platform(code).orElseThrow(() -> p.error("code", "'" + code + "' is not a platform of the catalogue"));
            if (!platform.national()) {
                throw p.error("code", "'" + code + "' is a per-body platform; make it a block of the template instead");
            }
            ExpectedRelationship r = relationship(p, blocks, parent);
            boolean touchesPlatform = (r.from().kind() == Endpoint.Kind.NATIONAL && r.from().ref().equals(code) && r.to().kind() == Endpoint.Kind.BLOCK)
                    || (r.to().kind() == Endpoint.Kind.NATIONAL && r.to().ref().equals(code) && r.from().kind() == Endpoint.Kind.BLOCK);
            if (!touchesPlatform) {
                throw p.error("from", "the use of " + code + " must go between national:" + code + " and a block of the template");
            }
            unique(p, r, relationshipIds);
            platforms.add(new PlatformUse(code, r.required(), r, p.optionalString("note")));
        }
        List<ExpectedRelationship> relationships = new ArrayList<>();
        for (YamlMap r : yaml.maps("relationships")) {
            ExpectedRelationship relationship = relationship(r, blocks, parent);
            if (relationship.from().kind() == Endpoint.Kind.NATIONAL || relationship.to().kind() == Endpoint.Kind.NATIONAL) {
                throw r.error("from", "a relationship with a national platform belongs under platforms:");
            }
            unique(r, relationship, relationshipIds);
            relationships.add(relationship);
        }
        if (parent == null && relationships.stream().anyMatch(r -> r.from().kind() == Endpoint.Kind.PARENT || r.to().kind() == Endpoint.Kind.PARENT)) {
            throw yaml.error("parent_template", "parent: endpoints need a parent_template");
        }
        return new Template(yaml.string("name"), yaml.string("version"), yaml.string("title_vi"), yaml.string("title_en"), tier, kinds,
                yaml.strings("basis"), parent, archNameVi, archNameEn, List.copyOf(blocks.values()), platforms, relationships);
    }

    private Block block(YamlMap b) {
        String key = b.string("key");
        if (!key.matches("[a-z][a-z0-9-]*")) {
            throw b.error("key", "'" + key + "' must be lower-case letters, digits and '-', starting with a letter (it becomes the element's id)");
        }
        String type = b.string("type");
        EClass eClass = MetamodelChecks.concreteClass(type, "Element", b.where("type"));
        String layer = MetamodelChecks.literal("NationalLayer", b.string("layer"), b.where("layer"));
        String categoryCode = b.string("category");
        Category category = framework.category(categoryCode)
                .orElseThrow(() -> b.error("category", "'" + categoryCode + "' is not a category of framework.yaml"));
        for (Platform p : catalogue.nationalPlatforms()) {
            if (p.category().equals(categoryCode)) {
                throw b.error("category", categoryCode + " is the function of the national platform " + p.code()
                        + "; a body's own block in it would duplicate that platform. Use the platform (platforms:) instead.");
            }
        }
        String task = b.optionalString("task");
        if (task != null) {
            if (!type.equals("PlanTask")) {
                throw b.error("task", "only a PlanTask block names a task of the plan");
            }
            if (catalogue.workPackage(task).isEmpty()) {
                throw b.error("task", "'" + task + "' is not a work package of the catalogue");
            }
        } else if (type.equals("PlanTask")) {
            throw b.error("task", "a PlanTask block names the plan's task it stands for (e.g. WP-2.02)");
        }
        String nameVi = task == null ? pattern(b, "name_vi") : b.optionalString("name_vi");
        String nameEn = task == null ? pattern(b, "name_en") : b.optionalString("name_en");
        Map<String, Object> attributes = attributes(b, eClass);
        List<String> identifyBy = b.has("identify_by") ? b.strings("identify_by") : List.of("referenceCategory");
        for (String name : identifyBy) {
            if (eClass.getEStructuralFeature(name) == null) {
                throw b.error("identify_by", type + " has no attribute '" + name + "'");
            }
            boolean known = name.equals("referenceCategory") || (name.equals("taskCode") && task != null) || attributes.containsKey(name);
            if (!known) {
                throw b.error("identify_by", "'" + name + "' identifies the block, so the block must set it under attributes");
            }
        }
        return new Block(key, type, nameVi, nameEn, b.bool("required"), layer, category.referenceModel(), categoryCode, attributes, identifyBy, task,
                b.optionalString("note"));
    }

    private static Map<String, Object> attributes(YamlMap b, EClass eClass) {
        Map<String, Object> attributes = b.entries("attributes");
        for (Map.Entry<String, Object> e : attributes.entrySet()) {
            String where = b.where("attributes") + "." + e.getKey();
            EStructuralFeature feature = eClass.getEStructuralFeature(e.getKey());
            if (!(feature instanceof EAttribute attribute) || RESERVED.contains(e.getKey())) {
                throw new FrameworkDataException(where + ": " + eClass.getName() + " has no settable attribute '" + e.getKey() + "'");
            }
            Object value = e.getValue();
            if (attribute.isMany()) {
                if (!(value instanceof List<?> list)) {
                    throw new FrameworkDataException(where + ": " + e.getKey() + " takes a list");
                }
                list.forEach(item -> checkValue(attribute.getEAttributeType(), item, where));
            } else {
                checkValue(attribute.getEAttributeType(), value, where);
            }
            if (value instanceof String s && Placeholders.unknown(s) != null) {
                throw new FrameworkDataException(where + ": unknown placeholder " + Placeholders.unknown(s) + "; use one of " + Placeholders.NAMES);
            }
        }
        return attributes;
    }

    private static void checkValue(EDataType type, Object value, String where) {
        if (type instanceof EEnum eEnum) {
            MetamodelChecks.literal(eEnum.getName(), value instanceof String s ? s : String.valueOf(value), where);
            return;
        }
        Class<?> javaType = type.getInstanceClass();
        boolean ok = (javaType == String.class && value instanceof String) || ((javaType == int.class || javaType == Integer.class) && value instanceof Integer)
                || ((javaType == boolean.class || javaType == Boolean.class) && value instanceof Boolean);
        if (!ok) {
            throw new FrameworkDataException(where + ": '" + value + "' is not a " + type.getName());
        }
    }

    private ExpectedRelationship relationship(YamlMap r, Map<String, Block> blocks, Template parent) {
        String type = r.string("type");
        MetamodelChecks.concreteClass(type, "Relationship", r.where("type"));
        Endpoint from = Endpoint.parse(r.string("from"));
        Endpoint to = Endpoint.parse(r.string("to"));
        boolean required = r.bool("required");
        EClass fromClass = endpointClass(r, "from", from, blocks, parent, required);
        EClass toClass = endpointClass(r, "to", to, blocks, parent, required);
        EClass relationshipClass = NdafMetamodel.get().eClass(type);
        if (!RelationshipRules.get().allows(relationshipClass, fromClass, toClass)) {
            throw r.error("type", type + " from " + from + " (" + RelationshipRules.tableType(fromClass) + ") to " + to + " ("
                    + RelationshipRules.tableType(toClass) + ") is not allowed by ArchiMate 3.2; allowed: "
                    + RelationshipRules.get().allowed(RelationshipRules.tableType(fromClass), RelationshipRules.tableType(toClass)));
        }
        return new ExpectedRelationship(type, from, to, required, r.optionalString("note"));
    }

    private EClass endpointClass(YamlMap r, String key, Endpoint endpoint, Map<String, Block> blocks, Template parent, boolean required) {
        switch (endpoint.kind()) {
            case BLOCK -> {
                Block block = blocks.get(endpoint.ref());
                if (block == null) {
                    throw r.error(key, "'" + endpoint.ref() + "' is not a block of this template");
                }
                if (required && !block.required()) {
                    throw r.error("required", "a required relationship needs required blocks, but '" + block.key() + "' is recommended");
                }
                return NdafMetamodel.get().eClass(block.type());
            }
            case NATIONAL -> {
                Platform platform = catalogue.platform(endpoint.ref())
                        .filter(Platform::national)
                        .orElseThrow(() -> r.error(key, "'" + endpoint.ref() + "' is not a national platform of the catalogue"));
                return NdafMetamodel.get().eClass(platform.type());
            }
            default -> {
                Block block = parent == null ? null : parent.block(endpoint.ref()).orElse(null);
                if (block == null) {
                    throw r.error(key, "'" + endpoint + "' is not a block of the parent template" + (parent == null ? " (none is named)" : " " + parent.name()));
                }
                if (required && !block.required()) {
                    throw r.error("required", "a required relationship needs required blocks, but the parent's '" + block.key() + "' is recommended");
                }
                return NdafMetamodel.get().eClass(block.type());
            }
        }
    }

    private static void unique(YamlMap r, ExpectedRelationship relationship, Set<String> ids) {
        if (!ids.add(relationship.id())) {
            throw r.error("type", relationship + " is listed twice");
        }
    }

    private static void checkIdentities(YamlMap yaml, List<Block> blocks) {
        NdafMetamodel mm = NdafMetamodel.get();
        for (int i = 0; i < blocks.size(); i++) {
            for (int j = i + 1; j < blocks.size(); j++) {
                Block a = blocks.get(i);
                Block b = blocks.get(j);
                EClass ca = mm.eClass(a.type());
                EClass cb = mm.eClass(b.type());
                boolean related = mm.isA(ca, b.type()) || mm.isA(cb, a.type());
                if (related && sameIdentity(a, b)) {
                    throw new FrameworkDataException(yaml.where() + ": blocks '" + a.key() + "' and '" + b.key()
                            + "' cannot be told apart in an architecture (same class family and the same " + a.identifyBy()
                            + "); give one of them another category or identify_by attribute");
                }
            }
        }
    }

    private static boolean sameIdentity(Block a, Block b) {
        Set<String> names = new HashSet<>(a.identifyBy());
        names.addAll(b.identifyBy());
        for (String name : names) {
            String va = a.identityValue(name);
            String vb = b.identityValue(name);
            if (va != null && vb != null && !va.equals(vb)) {
                return false;
            }
        }
        return true;
    }

    private static String pattern(YamlMap map, String key) {
        String value = map.string(key);
        String unknown = Placeholders.unknown(value);
        if (unknown != null) {
            throw map.error(key, "unknown placeholder " + unknown + "; use one of " + Placeholders.NAMES);
        }
        return value;
    }
}
