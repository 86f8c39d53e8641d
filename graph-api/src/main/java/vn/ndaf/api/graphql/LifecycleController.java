package vn.ndaf.api.graphql;

import java.util.List;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import graphql.schema.DataFetchingEnvironment;
import vn.ndaf.repository.ArchitectureRepository;
import vn.ndaf.repository.SaveResult;
import vn.ndaf.repository.WriteRequest;

/** Deleting and reverting whole architectures, and their history (also once deleted). */
@Controller
public class LifecycleController {

    private final ArchitectureRepository architectures;

    public LifecycleController(ArchitectureRepository architectures) {
        this.architectures = architectures;
    }

    public record ArchitectureWriteView(String id, long revision, int created, int updated, int deleted) {
        static ArchitectureWriteView of(SaveResult r) {
            return new ArchitectureWriteView(r.uid(), r.revision(), r.created(), r.updated(), r.deleted());
        }
    }

    @QueryMapping
    public List<ArchitectureController.RevisionView> architectureHistory(@Argument String id, @Argument int first) {
        return architectures.revisions(id).stream().limit(Math.max(0, first)).map(ArchitectureController.RevisionView::of).toList();
    }

    @QueryMapping
    public List<ArchitectureController.ChangeView> revisionChanges(@Argument String id, @Argument long revision) {
        return architectures.changesIn(id, revision).stream().map(ArchitectureController.ChangeView::of).toList();
    }

    @MutationMapping
    public ArchitectureWriteView deleteArchitecture(@Argument String id, @Argument long expectedRevision, @Argument String message, DataFetchingEnvironment env) {
        return ArchitectureWriteView.of(architectures.deleteArchitecture(id, expectedRevision,
                new WriteRequest(GraphQlConfiguration.author(env), message == null ? "delete the architecture" : message, "delete", null)));
    }

    @MutationMapping
    public ArchitectureWriteView revertArchitecture(@Argument String id, @Argument long toRevision, @Argument long expectedRevision, @Argument String message,
            DataFetchingEnvironment env) {
        return ArchitectureWriteView.of(architectures.revert(id, toRevision, expectedRevision,
                new WriteRequest(GraphQlConfiguration.author(env), message == null ? "revert to revision " + toRevision : message, "revert", null)));
    }
}
