package vn.ndaf.api.graphql;

import java.util.List;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import graphql.schema.DataFetchingEnvironment;
import vn.ndaf.api.bootstrap.ArchitectureConsolidation;
import vn.ndaf.api.graphql.FrameworkViews.ArchitectureRow;
import vn.ndaf.api.graphql.FrameworkViews.BodyView;
import vn.ndaf.framework.restructuring.ConsolidationReport;
import vn.ndaf.repository.NotFoundException;
import vn.ndaf.framework.ReferenceData;
import vn.ndaf.framework.registry.UnitPredecessors;
import vn.ndaf.service.ArchitectureService;
import vn.ndaf.service.Caller;
import vn.ndaf.service.FrameworkService;

/** What each province and commune was formed from on 1 July 2025, and consolidation of predecessors' architectures (registry.graphqls). */
@Controller
public class RegistryController {

    /** A predecessor as GraphQL shows it. */
    public record PredecessorView(String name, String code, String tier, boolean whole, String formerProvince, boolean unchanged, String published) {
    }

    /** A consolidation as GraphQL shows it. */
    public record ConsolidationView(ArchitectureRow architecture, String message, ConsolidationReport report) {
    }

    private final ReferenceData data;
    private final FrameworkService framework;
    private final ArchitectureService architectures;
    private final RequestCallers callers;

    public RegistryController(ReferenceData data, FrameworkService framework, ArchitectureService architectures, RequestCallers callers) {
        this.data = data;
        this.framework = framework;
        this.architectures = architectures;
        this.callers = callers;
    }

    @MutationMapping
    public ConsolidationView consolidate(@Argument String body, @Argument List<String> from, @Argument String name, DataFetchingEnvironment env) {
        Caller caller = callers.of(env);
        ArchitectureConsolidation.Outcome outcome = framework.consolidate(caller, body, from, name);
        ArchitectureRow row = architectures.summary(caller, outcome.id()).map(ArchitectureRow::of)
                .orElseThrow(() -> new NotFoundException("The consolidated architecture " + outcome.id() + " is not stored"));
        return new ConsolidationView(row, outcome.message(), outcome.report());
    }

    @SchemaMapping(typeName = "Body")
    public List<PredecessorView> predecessors(BodyView body) {
        return data.predecessors().of(body.code()).map(u -> u.predecessors().stream()
                .map(p -> new PredecessorView(p.name(), p.code(), p.tier(), p.whole(), p.provinceCode(), u.unchanged(), p.published())).toList())
                .orElse(List.of());
    }

    @SchemaMapping(typeName = "Body")
    public Boolean unchanged(BodyView body) {
        return data.predecessors().of(body.code()).map(UnitPredecessors::unchanged).orElse(null);
    }

    @SchemaMapping(typeName = "Body")
    public String predecessorsText(BodyView body) {
        return data.predecessors().of(body.code()).map(UnitPredecessors::published).orElse(null);
    }
}
