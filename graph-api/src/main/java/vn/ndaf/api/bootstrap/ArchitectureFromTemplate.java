package vn.ndaf.api.bootstrap;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;

import vn.ndaf.framework.ReferenceData;
import vn.ndaf.framework.registry.Body;
import vn.ndaf.framework.registry.Registry;
import vn.ndaf.framework.template.Block;
import vn.ndaf.framework.template.BlockMatcher;
import vn.ndaf.framework.template.ConformanceReport;
import vn.ndaf.framework.template.Instantiation;
import vn.ndaf.framework.template.InstantiationOptions;
import vn.ndaf.framework.template.Template;
import vn.ndaf.framework.template.TemplateConformance;
import vn.ndaf.metamodel.Models;
import vn.ndaf.metamodel.validation.ModelValidator;
import vn.ndaf.metamodel.validation.Problem;
import vn.ndaf.repository.ArchitectureRepository;
import vn.ndaf.repository.ArchitectureSummary;
import vn.ndaf.repository.LoadedModel;
import vn.ndaf.repository.NotFoundException;
import vn.ndaf.repository.SaveResult;
import vn.ndaf.repository.WriteRequest;

/**
 * Creates a body's architecture from a template and stores it (used by {@code ndaf new-architecture} and the
 * GraphQL mutation {@code instantiateTemplate}). National platforms are referenced in the stored national
 * architecture; a commune's province architecture is the first stored architecture of the province, in the
 * requested state if there is one, that holds the province template's LGSP block.
 */
public final class ArchitectureFromTemplate {

    /** What was created. */
    public record Result(String id, Body body, String template, String name, String state, int elements, int relationships, long views,
            boolean conforms, List<String> unresolved, String parentArchitecture) {
    }

    private final ArchitectureRepository repository;
    private final ReferenceData data;
    private final ReferenceUids uids;

    public ArchitectureFromTemplate(ArchitectureRepository repository, ReferenceData data, ReferenceUids uids) {
        this.repository = repository;
        this.data = data;
        this.uids = uids;
    }

    /**
     * @param templateName null for the body's own template (by tier and kind)
     * @param name         null for the template's name pattern
     * @param state        null for baseline
     */
    public Result create(String bodyCode, String templateName, String name, String state, String author) {
        Body body = body(bodyCode);
        Template template = template(templateName, body);
        String stateLiteral = state(state);
        EObject national;
        try {
            national = repository.load(uids.national()).root();
        } catch (NotFoundException e) {
            throw new IllegalStateException("The store holds no national architecture (" + uids.national() + "); start the server or any ndaf command once to load the reference data.", e);
        }
        LoadedModel parent = template.usesParent() ? parentArchitecture(body, template, stateLiteral) : null;
        InstantiationOptions options = InstantiationOptions.of(national, parent == null ? null : parent.root()).withState(stateLiteral)
                .withName(name == null || name.isBlank() ? null : name.strip());
        Instantiation instantiation = data.instantiator().instantiate(template, body, options);
        EObject architecture = instantiation.architecture();
        List<Problem> errors = ModelValidator.get().errors(architecture);
        if (!errors.isEmpty()) {
            throw new IllegalStateException("The template " + template.name() + " made an invalid architecture: "
                    + errors.stream().map(Problem::toString).collect(Collectors.joining("; ")));
        }
        ConformanceReport conformance = TemplateConformance.check(architecture, template);
        SaveResult saved = repository.create(architecture, new WriteRequest(author, "new architecture of " + body.code() + " from the template "
                + template.name() + " " + template.version(), "template", null));
        return new Result(saved.uid(), body, template.name(), Models.string(architecture, "name"), stateLiteral,
                Models.list(architecture, "elements").size(), Models.list(architecture, "relationships").size(), Models.list(architecture, "views").size(),
                conformance.conforms(), instantiation.unresolved(), parent == null ? null : parent.uid());
    }

    private Body body(String code) {
        return requireBody(data.registry(), code);
    }

    /** The body of the registry with this code, or a refusal naming the codes the user probably meant. */
    public static Body requireBody(Registry registry, String code) {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("Name the body by its code: 01 for Hà Nội, 00004 for Ba Đình ward, BCA for the Ministry of Public Security.");
        }
        String c = code.strip();
        return registry.find(c).orElseThrow(() -> {
            List<String> guesses = new ArrayList<>();
            registry.find(c.toUpperCase(Locale.ROOT)).ifPresent(b -> guesses.add(b.code()));
            if (c.matches("\\d{1,4}")) {
                registry.find(String.format("%02d", Integer.parseInt(c))).ifPresent(b -> guesses.add(b.code()));
                registry.find(String.format("%05d", Integer.parseInt(c))).ifPresent(b -> guesses.add(b.code()));
            }
            String hint = guesses.isEmpty() ? "" : " Did you mean " + guesses.stream().map(g -> g + " (" + registry.find(g).orElseThrow().fullNameVi() + ")")
                    .collect(Collectors.joining(" or ")) + "?";
            return new vn.ndaf.api.graphql.errors.UnknownNameException("No body has the code '" + c + "'." + hint + " Provinces and communes use their official codes (01 Hà Nội,"
                    + " 00004 Ba Đình ward), central bodies short codes (BCA, VPTW, UBTWMTTQ); list them with 'ndaf bodies' or the GraphQL query bodies.");
        });
    }

    private Template template(String name, Body body) {
        if (name == null || name.isBlank()) {
            return data.templates().forBody(body).orElseThrow(() -> new IllegalArgumentException("No template is made for " + body.code() + " ("
                    + body.tier() + " " + body.kind() + "); name one of: " + String.join(", ", data.templates().names())));
        }
        Template template = data.templates().find(name.strip()).orElseThrow(() -> new IllegalArgumentException("No template is named '" + name.strip()
                + "'; the templates are: " + String.join(", ", data.templates().names()) + "."));
        if (!template.appliesTo(body)) {
            List<String> fitting = data.templates().applicableTo(body).stream().map(Template::name).toList();
            throw new IllegalArgumentException("The template " + template.describe() + " is not for " + body.code() + " " + body.fullNameVi() + " (tier "
                    + body.tier() + ", kind " + body.kind() + "); " + (fitting.isEmpty() ? "no template fits it." : "use " + String.join(" or ", fitting) + "."));
        }
        return template;
    }

    static String state(String state) {
        if (state == null || state.isBlank()) {
            return "baseline";
        }
        String s = state.strip().toLowerCase(Locale.ROOT);
        if (!List.of("baseline", "transition", "target").contains(s)) {
            throw new IllegalArgumentException("The state '" + state + "' is not one of baseline, transition, target.");
        }
        return s;
    }

    /** The parent body's stored architecture holding the blocks the template refers to, or null when it has none yet. */
    private LoadedModel parentArchitecture(Body body, Template template, String state) {
        Block anchor = template.parent().block("lgsp").orElse(template.parent().requiredBlocks().get(0));
        List<ArchitectureSummary> candidates = new ArrayList<>(repository.list(body.parentCode()));
        candidates.sort((a, b) -> Boolean.compare(!state.equals(a.state()), !state.equals(b.state())));
        for (ArchitectureSummary candidate : candidates) {
            LoadedModel loaded = repository.load(candidate.uid());
            if (!BlockMatcher.find(loaded.root(), anchor).isEmpty()) {
                return loaded;
            }
        }
        return null;
    }
}
