package vn.ndaf.api.graphql;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import graphql.schema.DataFetchingEnvironment;
import vn.ndaf.api.graphql.ArchitectureController.ArchitectureView;
import vn.ndaf.api.graphql.ArchitectureController.ChangeView;
import vn.ndaf.api.graphql.ArchitectureController.PageInfo;
import vn.ndaf.api.graphql.limits.QueryLimits;
import vn.ndaf.repository.ChangeEntry;
import vn.ndaf.service.ArchitectureService;

/**
 * The changes of an architecture a page at a time. Changes are ordered by revision, then operation, then object;
 * a cursor names that position, so a page boundary holds while new revisions are written.
 */
@Controller
public class ChangeConnectionController {

    private static final String PREFIX = "change:";

    private final ArchitectureService architectures;
    private final QueryLimits limits;
    private final RequestCallers callers;

    public ChangeConnectionController(ArchitectureService architectures, QueryLimits limits, RequestCallers callers) {
        this.architectures = architectures;
        this.limits = limits;
        this.callers = callers;
    }

    public record ChangeEdge(ChangeView node, String cursor) {
    }

    public record ChangeConnection(long totalCount, List<ChangeEdge> edges, List<ChangeView> nodes, PageInfo pageInfo) {
    }

    @SchemaMapping(typeName = "Architecture")
    public ChangeConnection changesConnection(ArchitectureView architecture, @Argument String since, @Argument int first, @Argument String after,
            DataFetchingEnvironment env) {
        if (first < 1 || first > limits.maxPageSize()) {
            throw new IllegalArgumentException("first must be 1 to " + limits.maxPageSize() + ", not " + first);
        }
        List<ChangeEntry> all = architectures.changesSince(callers.of(env), architecture.id(), ArchitectureController.instant(since));
        int start = 0;
        if (after != null && !after.isBlank()) {
            Position position = position(after);
            while (start < all.size() && !position.before(all.get(start))) {
                start++;
            }
        }
        int end = Math.min(all.size(), start + first);
        List<ChangeEdge> edges = new ArrayList<>(end - start);
        for (ChangeEntry entry : all.subList(start, end)) {
            edges.add(new ChangeEdge(ChangeView.of(entry), cursor(entry)));
        }
        String endCursor = edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor();
        return new ChangeConnection(all.size(), edges, edges.stream().map(ChangeEdge::node).toList(), new PageInfo(end < all.size(), endCursor));
    }

    static String cursor(ChangeEntry e) {
        String text = PREFIX + e.revision() + ":" + e.operation().ordinal() + ":" + e.uid();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** A change's place in the order: revision, operation, object. */
    record Position(long revision, int operation, String uid) {
        /** Whether {@code e} comes after this position. */
        boolean before(ChangeEntry e) {
            int c = Long.compare(revision, e.revision());
            if (c == 0) {
                c = Integer.compare(operation, e.operation().ordinal());
            }
            if (c == 0) {
                c = uid.compareTo(e.uid());
            }
            return c < 0;
        }
    }

    static Position position(String cursor) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (text.startsWith(PREFIX)) {
                String[] parts = text.substring(PREFIX.length()).split(":", 3);
                return new Position(Long.parseLong(parts[0]), Integer.parseInt(parts[1]), parts[2]);
            }
        } catch (RuntimeException e) {
            // falls through to the message below
        }
        throw new IllegalArgumentException("'" + cursor + "' is not a cursor of changes; pass a pageInfo.endCursor or an edge's cursor.");
    }
}
