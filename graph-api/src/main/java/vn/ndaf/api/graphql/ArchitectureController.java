package vn.ndaf.api.graphql;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import graphql.schema.DataFetchingEnvironment;
import vn.ndaf.metamodel.NdafMetamodel;
import vn.ndaf.repository.ChangeEntry;
import vn.ndaf.repository.ObjectPage;
import vn.ndaf.repository.ObjectRecord;
import vn.ndaf.repository.RevisionInfo;
import vn.ndaf.service.ArchitectureService;

/** Architectures and their objects: reading, paging, history, and single-object edits. */
@Controller
public class ArchitectureController {

    private final ArchitectureService architectures;
    private final RequestCallers callers;

    public ArchitectureController(ArchitectureService architectures, RequestCallers callers) {
        this.architectures = architectures;
        this.callers = callers;
    }

    public record ArchitectureView(String id, String bodyCode, String state, String name, String documentation, long revision, long elementCount,
            long relationshipCount, long viewCount) {
    }

    public record ModelObjectView(String id, String architecture, String type, String archimateType, String name, String documentation, long version, long revision,
            List<AttributeView> attributes, List<PropertyView> properties) {
        static ModelObjectView of(ObjectRecord r) {
            List<AttributeView> attributes = new ArrayList<>();
            r.attributes().forEach((k, v) -> attributes.add(new AttributeView(k, text(v))));
            var eClass = NdafMetamodel.get().findEClass(r.type());
            return new ModelObjectView(r.id(), r.architecture(), r.type(), eClass == null ? null : NdafMetamodel.get().archimateType(eClass), r.name(), r.documentation(),
                    r.version(), r.revision(), attributes, r.properties().stream().map(p -> new PropertyView(p.key(), p.value())).toList());
        }
    }

    public record AttributeView(String name, String value) {
    }

    public record PropertyView(String key, String value) {
    }

    public record AttributeInput(String name, String value) {
    }

    public record ObjectConnection(long totalCount, List<ModelObjectView> nodes, PageInfo pageInfo) {
        static ObjectConnection of(ObjectPage page) {
            return new ObjectConnection(page.totalCount(), page.items().stream().map(ModelObjectView::of).toList(),
                    new PageInfo(page.nextAfter() != null, page.nextAfter()));
        }
    }

    public record PageInfo(boolean hasNextPage, String endCursor) {
    }

    public record RevisionView(long number, String author, String at, String message, String kind, long created, long updated, long deleted) {
        static RevisionView of(RevisionInfo r) {
            return new RevisionView(r.number(), r.author(), r.at().toString(), r.message(), r.kind(), r.created(), r.updated(), r.deleted());
        }
    }

    public record ChangeView(long revision, String at, String author, String id, String type, String name, String operation, List<String> changedKeys,
            List<AttributeView> oldValues, List<AttributeView> newValues) {
        static ChangeView of(ChangeEntry c) {
            return new ChangeView(c.revision(), c.at() == null ? null : c.at().toString(), c.author(), c.id(), c.type(), c.name(), c.operation().name(),
                    c.changedKeys(), values(c.oldValues()), values(c.newValues()));
        }

        private static List<AttributeView> values(Map<String, Object> values) {
            List<AttributeView> list = new ArrayList<>();
            new LinkedHashMap<>(values).forEach((k, v) -> list.add(new AttributeView(k, text(v))));
            return list;
        }
    }

    static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof List<?> list) {
            return String.join(",", list.stream().map(String::valueOf).toList());
        }
        return value.toString();
    }

    @QueryMapping
    public ArchitectureView architecture(@Argument String id, DataFetchingEnvironment env) {
        var caller = callers.of(env);
        return architectures.summary(caller, id).map(summary -> new ArchitectureView(id, summary.bodyCode(), summary.state(), summary.name(),
                architectures.objectByUid(caller, id).map(ObjectRecord::documentation).orElse(null), summary.revision(), summary.elements(), summary.relationships(),
                summary.views())).orElse(null);
    }

    @QueryMapping
    public List<ModelObjectView> search(@Argument String text, @Argument String architecture, @Argument String body, @Argument int first,
            DataFetchingEnvironment env) {
        return architectures.search(callers.of(env), text, architecture, body, first).stream().map(ModelObjectView::of).toList();
    }

    @SchemaMapping(typeName = "Architecture")
    public ObjectConnection elements(ArchitectureView architecture, @Argument String type, @Argument String nameContains, @Argument int first,
            @Argument String after, DataFetchingEnvironment env) {
        return ObjectConnection.of(architectures.page(callers.of(env), architecture.id(), label(type, "Element"), nameContains, first, after));
    }

    @SchemaMapping(typeName = "Architecture")
    public ObjectConnection relationships(ArchitectureView architecture, @Argument String type, @Argument int first, @Argument String after,
            DataFetchingEnvironment env) {
        return ObjectConnection.of(architectures.page(callers.of(env), architecture.id(), label(type, "Relationship"), null, first, after));
    }

    @SchemaMapping(typeName = "Architecture")
    public ObjectConnection views(ArchitectureView architecture, @Argument int first, @Argument String after, DataFetchingEnvironment env) {
        return ObjectConnection.of(architectures.page(callers.of(env), architecture.id(), "View", null, first, after));
    }

    @SchemaMapping(typeName = "Architecture")
    public ModelObjectView object(ArchitectureView architecture, @Argument String id, DataFetchingEnvironment env) {
        return architectures.object(callers.of(env), architecture.id(), id).map(ModelObjectView::of).orElse(null);
    }

    @SchemaMapping(typeName = "Architecture")
    public List<RevisionView> history(ArchitectureView architecture, @Argument int first, DataFetchingEnvironment env) {
        return architectures.revisions(callers.of(env), architecture.id()).stream().limit(Math.max(0, first)).map(RevisionView::of).toList();
    }

    @SchemaMapping(typeName = "Architecture")
    public List<ChangeView> changes(ArchitectureView architecture, @Argument String since, @Argument int first,
            DataFetchingEnvironment env) {
        if (first < 0) {
            throw new IllegalArgumentException("first must be 0 or more, not " + first);
        }
        return architectures.changesSince(callers.of(env), architecture.id(), instant(since)).stream().limit(first).map(ChangeView::of).toList();
    }

    static Instant instant(String since) {
        try {
            return Instant.parse(since);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("since must be an ISO-8601 instant such as 2026-01-31T00:00:00Z, not '" + since + "'");
        }
    }

    @MutationMapping
    public ModelObjectView setAttributes(@Argument String architecture, @Argument String id, @Argument long expectedVersion,
            @Argument List<AttributeInput> values, @Argument String message, DataFetchingEnvironment env) {
        Map<String, String> map = new LinkedHashMap<>();
        values.forEach(v -> map.put(v.name(), v.value()));
        ObjectRecord record = architectures.setAttributes(callers.of(env), architecture, id, expectedVersion, map, message);
        return ModelObjectView.of(record);
    }

    @MutationMapping
    public boolean deleteConcept(@Argument String architecture, @Argument String id, @Argument long expectedVersion, @Argument String message,
            DataFetchingEnvironment env) {
        architectures.deleteConcept(callers.of(env), architecture, id, expectedVersion, message);
        return true;
    }

    /** The node label to page by: the requested type (checked against the metamodel) or the default. */
    private static String label(String type, String fallback) {
        if (type == null || type.isBlank()) {
            return fallback;
        }
        var eClass = NdafMetamodel.get().findEClass(type);
        if (eClass == null || !NdafMetamodel.get().isA(eClass, fallback)) {
            throw new IllegalArgumentException("'" + type + "' is not a kind of " + fallback + " in the metamodel");
        }
        return type;
    }
}
