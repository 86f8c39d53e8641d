package vn.ndaf.framework.template;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;

import vn.ndaf.framework.FrameworkDataException;
import vn.ndaf.framework.catalogue.Catalogue;
import vn.ndaf.framework.catalogue.Platform;
import vn.ndaf.framework.catalogue.WorkPackage;
import vn.ndaf.framework.national.NationalIds;
import vn.ndaf.framework.reference.FrameworkModel;
import vn.ndaf.framework.reference.Named;
import vn.ndaf.framework.registry.Body;
import vn.ndaf.metamodel.Models;
import vn.ndaf.metamodel.NdafMetamodel;

/**
 * Builds the architecture of a body from a template, so that it conforms to the template by construction:
 * every required block as an element (id = the block's key, named after the body), the uses of national
 * platforms as relationships to the national architecture's elements (federation: referenced, not copied),
 * the expected relationships, and an overview view. Relationships into the parent body's architecture are
 * made when it is given and holds the block; otherwise they are recorded as unresolved.
 */
public final class TemplateInstantiator {

    /** The property recording an expected relationship into the parent's architecture that could not be made. */
    public static final String UNRESOLVED = "ndaf:unresolved";
    public static final String TEMPLATE = "ndaf:template";
    public static final String TEMPLATE_VERSION = "ndaf:templateVersion";
    public static final String OVERVIEW_VIEW = "view-overview";

    private final FrameworkModel framework;
    private final Catalogue catalogue;

    public TemplateInstantiator(FrameworkModel framework, Catalogue catalogue) {
        this.framework = framework;
        this.catalogue = catalogue;
    }

    public Instantiation instantiate(Template template, Body body, InstantiationOptions options) {
        if (!template.appliesTo(body)) {
            throw new IllegalArgumentException("The template " + template.describe() + " does not apply to " + body.code() + " " + body.fullNameVi()
                    + " (tier " + body.tier() + ", kind " + body.kind() + ")");
        }
        EObject architecture = Models.architecture("arch-" + template.name() + "-" + body.code(),
                options.name() != null ? options.name() : Placeholders.apply(template.architectureNameVi(), body));
        if (options.name() == null) {
            nameVariants(architecture, Placeholders.apply(template.architectureNameVi(), body), Placeholders.apply(template.architectureNameEn(), body));
        }
        Models.set(architecture, "bodyCode", body.code());
        Models.set(architecture, "state", options.state());
        Models.set(architecture, "frameworkVersion", framework.version());
        Models.set(architecture, "metamodelVersion", NdafMetamodel.get().version());
        Models.set(architecture, "documentation", "Made from the template '" + template.name() + "' " + template.version() + " of the national framework "
                + framework.version() + " for " + body.code() + " " + body.fullNameVi() + ".");
        Models.property(architecture, TEMPLATE, template.name());
        Models.property(architecture, TEMPLATE_VERSION, template.version());

        Map<String, EObject> blocks = new LinkedHashMap<>();
        for (Block block : template.blocks()) {
            boolean include = !options.omitted().contains(block.key()) && (block.required() || options.recommended().test(block));
            if (include) {
                blocks.put(block.key(), element(architecture, block, body));
            }
        }
        Map<String, EObject> national = index(options.national());
        List<String> unresolved = new ArrayList<>();
        for (PlatformUse use : template.platforms()) {
            relate(architecture, use.relationship(), blocks, national, options, template, body, unresolved);
        }
        for (ExpectedRelationship r : template.relationships()) {
            relate(architecture, r, blocks, national, options, template, body, unresolved);
        }
        if (options.overviewView()) {
            overview(architecture, template, body, blocks);
        }
        return new Instantiation(architecture, blocks, unresolved);
    }

    private EObject element(EObject architecture, Block block, Body body) {
        String nameVi;
        String nameEn;
        WorkPackage task = block.task() == null ? null : catalogue.workPackage(block.task()).orElseThrow();
        if (task != null) {
            nameVi = block.nameVi() != null ? Placeholders.apply(block.nameVi(), body) : task.titleVi() + " (" + task.code() + ") - " + body.unitPhrase();
            nameEn = block.nameEn() != null ? Placeholders.apply(block.nameEn(), body) : task.titleEn() + " (" + task.code() + ") - " + body.fullNameEn();
        } else {
            nameVi = Placeholders.apply(block.nameVi(), body);
            nameEn = Placeholders.apply(block.nameEn(), body);
        }
        EObject e = Models.element(architecture, block.type(), block.key(), nameVi);
        nameVariants(e, nameVi, nameEn);
        Models.set(e, "nationalLayer", block.layer());
        Models.set(e, "referenceModel", block.referenceModel());
        Models.set(e, "referenceCategory", block.category());
        Models.set(e, BlockMatcher.BLOCK_ATTRIBUTE, block.key());
        if (block.note() != null) {
            Models.set(e, "documentation", block.note());
        }
        for (Map.Entry<String, Object> a : block.attributes().entrySet()) {
            setAttribute(e, a.getKey(), a.getValue(), body);
        }
        if (task != null) {
            Models.set(e, "taskCode", task.code());
            Models.set(e, "leadBodyCode", body.code());
            Models.<String>list(e, "cooperatingBodyCodes").addAll(task.cooperating());
            if (task.deadline() != null) {
                Models.set(e, "deadline", task.deadline());
            }
            Models.set(e, "fundingSource", task.funding());
            Models.set(e, "documentation", "Task " + task.code() + " of the plan 214/NQ-CP, as carried out by " + body.code() + ".");
        }
        return e;
    }

    @SuppressWarnings("unchecked")
    private static void setAttribute(EObject e, String name, Object value, Body body) {
        EAttribute attribute = (EAttribute) Models.feature(e, name);
        if (attribute.isMany()) {
            List<Object> list = Models.list(e, name);
            for (Object item : (List<Object>) value) {
                list.add(attribute.getEAttributeType() instanceof org.eclipse.emf.ecore.EEnum eEnum
                        ? eEnum.getEEnumLiteralByLiteral(item.toString()).getInstance() : item);
            }
        } else if (value instanceof String s) {
            Models.set(e, name, Placeholders.apply(s, body));
        } else {
            Models.set(e, name, value);
        }
    }

    private static void nameVariants(EObject named, String vi, String en) {
        List<EObject> variants = Models.list(named, "nameVariants");
        variants.add(langString("vi", vi));
        variants.add(langString("en", en));
    }

    private static EObject langString(String lang, String value) {
        EObject s = NdafMetamodel.get().create("LangString");
        Models.set(s, "lang", lang);
        Models.set(s, "value", value);
        return s;
    }

    private void relate(EObject architecture, ExpectedRelationship r, Map<String, EObject> blocks, Map<String, EObject> national,
            InstantiationOptions options, Template template, Body body, List<String> unresolved) {
        EObject source = resolve(r.from(), blocks, national, options, template);
        EObject target = resolve(r.to(), blocks, national, options, template);
        if (source == null || target == null) {
            boolean parentMissing = (source == null && r.from().kind() == Endpoint.Kind.PARENT) || (target == null && r.to().kind() == Endpoint.Kind.PARENT);
            boolean blockMissing = (source == null && r.from().kind() == Endpoint.Kind.BLOCK) || (target == null && r.to().kind() == Endpoint.Kind.BLOCK);
            if (parentMissing && !blockMissing) {
                String reason = r.id() + ": " + (options.parent() == null ? "the parent body " + body.parentCode() + " has no architecture yet"
                        : "the parent architecture has no '" + (r.from().kind() == Endpoint.Kind.PARENT ? r.from() : r.to()).ref() + "' block");
                unresolved.add(reason);
                Models.property(architecture, UNRESOLVED, reason);
            }
            return;
        }
        EObject relationship = Models.relationship(architecture, r.type(), r.id(), source, target);
        if (r.note() != null) {
            Models.set(relationship, "documentation", r.note());
        }
    }

    private EObject resolve(Endpoint endpoint, Map<String, EObject> blocks, Map<String, EObject> national, InstantiationOptions options, Template template) {
        return switch (endpoint.kind()) {
            case BLOCK -> blocks.get(endpoint.ref());
            case NATIONAL -> {
                EObject platform = national.get(NationalIds.platform(endpoint.ref()));
                if (platform == null) {
                    throw new FrameworkDataException("The national architecture has no platform " + endpoint.ref() + " (element "
                            + NationalIds.platform(endpoint.ref()) + "); it was built from another catalogue. Update the reference data.");
                }
                yield platform;
            }
            case PARENT -> {
                if (options.parent() == null) {
                    yield null;
                }
                Block parentBlock = template.parent().block(endpoint.ref()).orElseThrow();
                List<EObject> found = BlockMatcher.find(options.parent(), parentBlock);
                yield found.isEmpty() ? null : found.get(0);
            }
        };
    }

    private static Map<String, EObject> index(EObject national) {
        Map<String, EObject> byId = new HashMap<>();
        for (EObject e : Models.<EObject>list(national, "elements")) {
            byId.put(Models.id(e), e);
        }
        return byId;
    }

    private void overview(EObject architecture, Template template, Body body, Map<String, EObject> blocks) {
        List<OverviewView.Row> rows = new ArrayList<>();
        List<Named> layers = new ArrayList<>(framework.layers());
        layers.sort((a, b) -> Integer.compare(b.order(), a.order()));
        List<EObject> unclassified = blocks.values().stream().filter(e -> "unclassified".equals(ElementRefs.text(e, "nationalLayer"))).toList();
        rows.add(new OverviewView.Row("unclassified", "Định hướng", unclassified));
        for (Named layer : layers) {
            List<EObject> row = new ArrayList<>(blocks.values().stream().filter(e -> layer.key().equals(ElementRefs.text(e, "nationalLayer"))).toList());
            for (EObject r : Models.<EObject>list(architecture, "relationships")) {
                for (String end : List.of("source", "target")) {
                    EObject other = (EObject) r.eGet(r.eClass().getEStructuralFeature(end), false);
                    if (!ElementRefs.own(architecture, other) && !row.contains(other) && layer.key().equals(foreignLayer(other, template))) {
                        row.add(other);
                    }
                }
            }
            rows.add(new OverviewView.Row(layer.key(), layer.nameVi(), row));
        }
        OverviewView.add(architecture, OVERVIEW_VIEW, "Tổng quan theo Khung Kiến trúc tổng thể quốc gia số - " + body.unitPhrase(), rows);
    }

    /** The national layer of a referenced element: from the catalogue for a national platform, from the parent template otherwise. */
    private String foreignLayer(EObject element, Template template) {
        String code = NationalIds.platformCode(ElementRefs.id(element));
        if (code != null) {
            return catalogue.platform(code).map(Platform::layer).orElse(null);
        }
        String layer = ElementRefs.text(element, "nationalLayer");
        if (layer != null) {
            return layer;
        }
        return template.parent() == null ? null : template.parent().block(ElementRefs.id(element)).map(Block::layer).orElse(null);
    }
}
