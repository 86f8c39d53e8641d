package vn.ndaf.api.graphql;

import java.util.List;

import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import vn.ndaf.api.graphql.FrameworkViews.BodyView;
import vn.ndaf.framework.ReferenceData;
import vn.ndaf.framework.registry.UnitPredecessors;

/** What each province and commune was formed from on 1 July 2025 (registry.graphqls). */
@Controller
public class RegistryController {

    /** A predecessor as GraphQL shows it. */
    public record PredecessorView(String name, String code, String tier, boolean whole, String formerProvince, boolean unchanged, String published) {
    }

    private final ReferenceData data;

    public RegistryController(ReferenceData data) {
        this.data = data;
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
