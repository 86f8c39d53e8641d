package vn.ndaf.api.graphql;

import java.util.List;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import graphql.schema.DataFetchingEnvironment;
import vn.ndaf.repository.SaveResult;
import vn.ndaf.service.ArchitectureService;

/** Deleting and reverting whole architectures, and their history (also once deleted). */
@Controller
public class LifecycleController {

    private final ArchitectureService architectures;
    private final RequestCallers callers;

    public LifecycleController(ArchitectureService architectures, RequestCallers callers) {
        this.architectures = architectures;
        this.callers = callers;
    }

    public record ArchitectureWriteView(String id, long revision, int created, int updated, int deleted) {
        static ArchitectureWriteView of(SaveResult r) {
            return new ArchitectureWriteView(r.uid(), r.revision(), r.created(), r.updated(), r.deleted());
        }
    }

    @QueryMapping
    public List<ArchitectureController.RevisionView> architectureHistory(@Argument String id, @Argument int first, DataFetchingEnvironment env) {
        return architectures.revisions(callers.of(env), id).stream().limit(Math.max(0, first)).map(ArchitectureController.RevisionView::of).toList();
    }

    @QueryMapping
    public List<ArchitectureController.ChangeView> revisionChanges(@Argument String id, @Argument long revision, DataFetchingEnvironment env) {
        return architectures.changesIn(callers.of(env), id, revision).stream().map(ArchitectureController.ChangeView::of).toList();
    }

    @MutationMapping
    public ArchitectureWriteView deleteArchitecture(@Argument String id, @Argument long expectedRevision, @Argument String message, DataFetchingEnvironment env) {
        return ArchitectureWriteView.of(architectures.deleteArchitecture(callers.of(env), id, expectedRevision,
                message == null ? "delete the architecture" : message));
    }

    @MutationMapping
    public ArchitectureWriteView revertArchitecture(@Argument String id, @Argument long toRevision, @Argument long expectedRevision, @Argument String message,
            DataFetchingEnvironment env) {
        return ArchitectureWriteView.of(architectures.revert(callers.of(env), id, toRevision, expectedRevision,
                message == null ? "revert to revision " + toRevision : message));
    }
}
