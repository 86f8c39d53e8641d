package vn.ndaf.api.graphql;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import graphql.GraphQLContext;
import graphql.schema.DataFetchingEnvironment;
import vn.ndaf.api.bootstrap.ArchitectureFromTemplate;
import vn.ndaf.api.bootstrap.BodyFilter;
import vn.ndaf.api.graphql.FrameworkViews.ArchitectureRow;
import vn.ndaf.api.graphql.FrameworkViews.BodyConnection;
import vn.ndaf.api.graphql.FrameworkViews.BodyView;
import vn.ndaf.api.graphql.FrameworkViews.ConformanceView;
import vn.ndaf.api.graphql.FrameworkViews.FindingView;
import vn.ndaf.api.graphql.FrameworkViews.InstantiationView;
import vn.ndaf.api.graphql.FrameworkViews.ReferenceDataInfo;
import vn.ndaf.api.graphql.FrameworkViews.TemplateView;
import vn.ndaf.framework.ReferenceData;
import vn.ndaf.framework.registry.Body;
import vn.ndaf.framework.registry.Registry;
import vn.ndaf.framework.template.ConformanceReport;
import vn.ndaf.framework.template.Template;
import vn.ndaf.framework.template.TemplateInstantiator;
import vn.ndaf.metamodel.Models;
import vn.ndaf.repository.NotFoundException;
import vn.ndaf.service.ArchitectureService;
import vn.ndaf.service.Caller;
import vn.ndaf.service.FrameworkService;

/** The registry of bodies, the templates, reference-data versions, conformance, and architectures made from templates. */
@Controller
public class FrameworkController {

    private final ReferenceData data;
    private final FrameworkService framework;
    private final ArchitectureService architectures;
    private final RequestCallers callers;

    public FrameworkController(ReferenceData data, FrameworkService framework, ArchitectureService architectures, RequestCallers callers) {
        this.data = data;
        this.framework = framework;
        this.architectures = architectures;
        this.callers = callers;
    }

    @QueryMapping
    public BodyConnection bodies(@Argument String tier, @Argument String kind, @Argument String parent, @Argument int first, @Argument String after,
            DataFetchingEnvironment env) {
        BodyFilter filter = new BodyFilter(tier, kind, parent);
        Registry registry = framework.registry(callers.of(env));
        if (filter.parent() != null && !registry.contains(filter.parent())) {
            return BodyCursor.page(List.of(), first, after, this::view); // a filter naming an unknown code selects nothing (docs/graphql.md)
        }
        return BodyCursor.page(filter.apply(registry), first, after, this::view);
    }

    @QueryMapping
    public BodyView body(@Argument String code, DataFetchingEnvironment env) {
        return framework.registry(callers.of(env)).find(code.strip()).map(this::view).orElse(null);
    }

    /** The parents of all the bodies a request asks it of, from one read of the registry. */
    @BatchMapping(typeName = "Body")
    public Map<BodyView, BodyView> parent(List<BodyView> bodies, GraphQLContext context) {
        Registry current = framework.registry(callers.of(context));
        Map<BodyView, BodyView> parents = new HashMap<>();
        for (BodyView body : bodies) {
            if (body.parentCode() != null) {
                current.find(body.parentCode()).map(this::view).ifPresent(p -> parents.put(body, p));
            }
        }
        return parents;
    }

    @SchemaMapping(typeName = "Body")
    public BodyConnection children(BodyView body, @Argument int first, @Argument String after, DataFetchingEnvironment env) {
        return BodyCursor.page(framework.registry(callers.of(env)).children(body.code()), first, after, this::view);
    }

    /** The architectures of all the bodies a request asks them of, from one read (of one body's, or of all). */
    @BatchMapping(typeName = "Body")
    public Map<BodyView, List<ArchitectureRow>> architectures(List<BodyView> bodies, GraphQLContext context) {
        Set<String> codes = new HashSet<>();
        bodies.forEach(b -> codes.add(b.code()));
        Map<String, List<ArchitectureRow>> byCode = new HashMap<>();
        (codes.size() == 1 ? architectures.list(callers.of(context), codes.iterator().next()) : architectures.list(callers.of(context), null))
                .forEach(s -> byCode.computeIfAbsent(s.bodyCode(), k -> new ArrayList<>()).add(ArchitectureRow.of(s)));
        Map<BodyView, List<ArchitectureRow>> result = new HashMap<>();
        bodies.forEach(b -> result.put(b, byCode.getOrDefault(b.code(), List.of())));
        return result;
    }

    @QueryMapping
    public List<TemplateView> templates() {
        return data.templates().all().stream().map(TemplateView::of).map(this::withPlatformNames).toList();
    }

    @QueryMapping
    public TemplateView template(@Argument String name) {
        return data.templates().find(name.strip()).map(TemplateView::of).map(this::withPlatformNames).orElse(null);
    }

    @QueryMapping
    public String frameworkVersion() {
        return data.framework().version();
    }

    @QueryMapping
    public ReferenceDataInfo referenceData(DataFetchingEnvironment env) {
        Registry r = framework.registry(callers.of(env));
        return new ReferenceDataInfo(data.framework().version(), data.catalogue().version(), data.catalogue().sample(), data.dictionary().version(),
                r.version(), framework.uids().national(), framework.uids().registry(), r.central().size(), r.provinces().size(), r.communes().size());
    }

    @QueryMapping
    public ConformanceView conformance(@Argument String architecture, @Argument String template, DataFetchingEnvironment env) {
        Caller caller = callers.of(env);
        ConformanceReport report = framework.conformance(caller, architecture, root -> templateFor(caller, root, template));
        return new ConformanceView(architecture, report.template(), report.templateVersion(), report.conforms(),
                report.findings().stream().map(FindingView::of).toList());
    }

    @MutationMapping
    public InstantiationView instantiateTemplate(@Argument String body, @Argument String template, @Argument String name, @Argument String state,
            DataFetchingEnvironment env) {
        Caller caller = callers.of(env);
        ArchitectureFromTemplate.Result result = framework.instantiate(caller, body, template, name, state);
        ArchitectureRow row = architectures.summary(caller, result.id()).map(ArchitectureRow::of)
                .orElseThrow(() -> new NotFoundException("The new architecture " + result.id() + " is not stored"));
        return new InstantiationView(row, result.template(), result.conforms(), result.unresolved(), result.parentArchitecture());
    }

    private Template templateFor(Caller caller, EObject root, String name) {
        if (name != null && !name.isBlank()) {
            return data.templates().find(name.strip()).orElseThrow(() -> new vn.ndaf.api.graphql.errors.UnknownNameException("No template is named '" + name + "'; the templates are: "
                    + String.join(", ", data.templates().names())));
        }
        String recorded = Models.<EObject>list(root, "properties").stream().filter(p -> TemplateInstantiator.TEMPLATE.equals(Models.string(p, "key")))
                .map(p -> Models.string(p, "value")).findFirst().orElse(null);
        if (recorded != null && data.templates().find(recorded).isPresent()) {
            return data.templates().find(recorded).orElseThrow();
        }
        String bodyCode = Models.string(root, "bodyCode");
        Body body = bodyCode == null ? null : framework.registry(caller).find(bodyCode).orElse(null);
        Template made = body == null ? null : data.templates().forBody(body).orElse(null);
        if (made == null) {
            throw new IllegalArgumentException("The architecture names no template and its body " + bodyCode + " has none; pass template.");
        }
        return made;
    }

    private BodyView view(Body b) {
        return BodyView.of(b, data.templates().forBody(b).map(Template::name).orElse(null));
    }

    private TemplateView withPlatformNames(TemplateView t) {
        return new TemplateView(t.name(), t.version(), t.title(), t.titleEn(), t.tier(), t.kinds(), t.basis(), t.parent(), t.blocks(),
                t.platforms().stream().map(p -> new FrameworkViews.PlatformView(p.code(), data.catalogue().platform(p.code()).map(x -> x.nameVi()).orElse(p.code()),
                        p.required(), p.relationship())).toList(),
                t.relationships());
    }
}
