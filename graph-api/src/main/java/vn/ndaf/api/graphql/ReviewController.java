package vn.ndaf.api.graphql;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import graphql.schema.DataFetchingEnvironment;
import vn.ndaf.api.graphql.ArchitectureController.ArchitectureView;
import vn.ndaf.api.graphql.ArchitectureController.ModelObjectView;
import vn.ndaf.api.graphql.ArchitectureController.PageInfo;
import vn.ndaf.api.graphql.limits.QueryLimits;
import vn.ndaf.repository.NotFoundException;
import vn.ndaf.repository.ReviewStore.Comment;
import vn.ndaf.repository.ReviewStore.Page;
import vn.ndaf.repository.ReviewStore.State;
import vn.ndaf.repository.ReviewStore.Status;
import vn.ndaf.repository.ReviewStore.Step;
import vn.ndaf.service.ReviewService;

/**
 * The review of architectures (review.graphqls): its state, steps and comments, and the mutations that comment,
 * submit, approve and return. Steps and comments are listed newest first; a cursor names a step's or comment's
 * number, so a page boundary holds while new ones are added.
 */
@Controller
public class ReviewController {

    private static final String STEP = "step:";
    private static final String COMMENT = "comment:";

    private final ReviewService reviews;
    private final QueryLimits limits;
    private final RequestCallers callers;

    public ReviewController(ReviewService reviews, QueryLimits limits, RequestCallers callers) {
        this.reviews = reviews;
        this.limits = limits;
        this.callers = callers;
    }

    public record ReviewStepView(long number, String kind, long revision, String by, String at, String note) {
        static ReviewStepView of(Step s) {
            return s == null ? null : new ReviewStepView(s.number(), s.kind().name(), s.revision(), s.by(), s.at() == null ? null : s.at().toString(), s.note());
        }
    }

    public record ReviewStateView(String status, Long revision, long architectureRevision, boolean changedSince, ReviewStepView lastStep, long stepCount,
            long commentCount) {
        static ReviewStateView of(State s) {
            Long revision = s.last() == null ? null : s.last().revision();
            return new ReviewStateView(s.status().name(), revision, s.architectureRevision(),
                    s.status() != Status.DRAFT && revision != null && revision != s.architectureRevision(), ReviewStepView.of(s.last()), s.steps(), s.comments());
        }
    }

    public record CommentView(String id, String architecture, String objectId, String author, String at, String text, String replyTo) {
        static CommentView of(Comment c) {
            return new CommentView(c.id(), c.architecture(), c.objectId(), c.author(), c.at() == null ? null : c.at().toString(), c.text(), c.replyTo());
        }
    }

    public record Edge<T>(T node, String cursor) {
    }

    public record Connection<T>(long totalCount, List<Edge<T>> edges, List<T> nodes, PageInfo pageInfo) {
    }

    @SchemaMapping(typeName = "Architecture")
    public ReviewStateView review(ArchitectureView architecture, DataFetchingEnvironment env) {
        return ReviewStateView.of(reviews.state(callers.of(env), architecture.id()));
    }

    @SchemaMapping(typeName = "Architecture")
    public Connection<ReviewStepView> reviewSteps(ArchitectureView architecture, @Argument int first, @Argument String after, DataFetchingEnvironment env) {
        checkPage(first);
        Page<Step> page = reviews.steps(callers.of(env), architecture.id(), first, number(after, STEP, "review steps"));
        List<Edge<ReviewStepView>> edges = new ArrayList<>();
        for (Step s : page.items()) {
            edges.add(new Edge<>(ReviewStepView.of(s), cursor(STEP, s.number())));
        }
        return connection(page, edges);
    }

    @SchemaMapping(typeName = "Architecture")
    public Connection<CommentView> comments(ArchitectureView architecture, @Argument String objectId, @Argument int first, @Argument String after,
            DataFetchingEnvironment env) {
        return comments(architecture.id(), objectId, first, after, env);
    }

    @SchemaMapping(typeName = "ModelObject", field = "comments")
    public Connection<CommentView> objectComments(ModelObjectView object, @Argument int first, @Argument String after, DataFetchingEnvironment env) {
        // an architecture's root is commented on as the architecture itself
        String objectId = "Architecture".equals(object.type()) ? object.architecture() : object.id();
        try {
            return comments(object.architecture(), objectId, first, after, env);
        } catch (NotFoundException e) {
            // an object of the registry, or of an architecture deleted since it was read: nobody commented on it
            return new Connection<>(0, List.of(), List.of(), new PageInfo(false, null));
        }
    }

    private Connection<CommentView> comments(String architecture, String objectId, int first, String after, DataFetchingEnvironment env) {
        checkPage(first);
        Page<Comment> page = reviews.comments(callers.of(env), architecture, objectId, first, number(after, COMMENT, "comments"));
        List<Edge<CommentView>> edges = new ArrayList<>();
        for (Comment c : page.items()) {
            edges.add(new Edge<>(CommentView.of(c), cursor(COMMENT, Long.parseLong(c.id().substring(1)))));
        }
        return connection(page, edges);
    }

    @MutationMapping
    public CommentView addComment(@Argument String architecture, @Argument String objectId, @Argument String text, @Argument String replyTo,
            DataFetchingEnvironment env) {
        return CommentView.of(reviews.comment(callers.of(env), architecture, objectId, text, replyTo));
    }

    @MutationMapping
    public ReviewStepView submitForReview(@Argument String architecture, @Argument long expectedRevision, @Argument String note, DataFetchingEnvironment env) {
        return ReviewStepView.of(reviews.submit(callers.of(env), architecture, expectedRevision, note));
    }

    @MutationMapping
    public ReviewStepView approveArchitecture(@Argument String architecture, @Argument long revision, @Argument String note, DataFetchingEnvironment env) {
        return ReviewStepView.of(reviews.approve(callers.of(env), architecture, revision, note));
    }

    @MutationMapping
    public ReviewStepView returnArchitecture(@Argument String architecture, @Argument long revision, @Argument String reason, DataFetchingEnvironment env) {
        return ReviewStepView.of(reviews.returnForChanges(callers.of(env), architecture, revision, reason));
    }

    private static <S, T> Connection<T> connection(Page<S> page, List<Edge<T>> edges) {
        String endCursor = edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor();
        return new Connection<>(page.totalCount(), edges, edges.stream().map(Edge::node).toList(), new PageInfo(page.nextAfter() != null, endCursor));
    }

    private void checkPage(int first) {
        if (first < 1 || first > limits.maxPageSize()) {
            throw new IllegalArgumentException("first must be 1 to " + limits.maxPageSize() + ", not " + first);
        }
    }

    static String cursor(String prefix, long number) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((prefix + number).getBytes(StandardCharsets.UTF_8));
    }

    /** The step's or comment's number a cursor names; null for none. */
    static Long number(String cursor, String prefix, String what) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (text.startsWith(prefix)) {
                return Long.parseLong(text.substring(prefix.length()));
            }
        } catch (RuntimeException e) {
            // falls through to the message below
        }
        throw new IllegalArgumentException("'" + cursor + "' is not a cursor of " + what + "; pass a pageInfo.endCursor or an edge's cursor.");
    }
}
