package vn.ndaf.api.graphql;

import java.util.List;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import graphql.schema.DataFetchingEnvironment;
import vn.ndaf.api.NdafVersion;
import vn.ndaf.metamodel.MetamodelVersion;
import vn.ndaf.repository.ArchitectureSummary;
import vn.ndaf.repository.store.Neo4jStore;
import vn.ndaf.service.ArchitectureService;

/** Server information and the architecture listing. */
@Controller
public class ServerController {

    private final Neo4jStore store;
    private final ArchitectureService architectures;
    private final RequestCallers callers;

    public ServerController(Neo4jStore store, ArchitectureService architectures, RequestCallers callers) {
        this.store = store;
        this.architectures = architectures;
        this.callers = callers;
    }

    public record ServerInfo(String version, String metamodelVersion, String storeMode) {
    }

    public record ArchitectureSummaryView(String id, String bodyCode, String state, String name, long elementCount, long relationshipCount,
            long viewCount, long revision) {
        static ArchitectureSummaryView of(ArchitectureSummary s) {
            return new ArchitectureSummaryView(s.uid(), s.bodyCode(), s.state(), s.name(), s.elements(), s.relationships(), s.views(), s.revision());
        }
    }

    @QueryMapping
    public ServerInfo ndaf() {
        return new ServerInfo(NdafVersion.get(), MetamodelVersion.CURRENT, store.isEmbedded() ? "embedded" : "external");
    }

    @QueryMapping
    public List<ArchitectureSummaryView> architectures(@Argument String body, DataFetchingEnvironment env) {
        return architectures.list(callers.of(env), body).stream().map(ArchitectureSummaryView::of).toList();
    }
}
