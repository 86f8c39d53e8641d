package vn.ndaf.api.graphql;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import org.dataloader.DataLoader;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

import graphql.GraphQLContext;
import graphql.schema.DataFetchingEnvironment;
import reactor.core.publisher.Mono;
import vn.ndaf.api.graphql.ArchitectureController.AttributeView;
import vn.ndaf.api.graphql.ArchitectureController.ModelObjectView;
import vn.ndaf.api.graphql.ArchitectureController.PageInfo;
import vn.ndaf.api.graphql.FrameworkViews.ArchitectureRow;
import vn.ndaf.api.graphql.FrameworkViews.BodyView;
import vn.ndaf.framework.ReferenceData;
import vn.ndaf.framework.registry.Body;
import vn.ndaf.framework.registry.Registry;
import vn.ndaf.framework.template.Template;
import vn.ndaf.metamodel.Models;
import vn.ndaf.metamodel.NdafMetamodel;
import vn.ndaf.repository.ArchitectureSummary;
import vn.ndaf.repository.ChangeEntry;
import vn.ndaf.repository.LoadedModel;
import vn.ndaf.repository.ObjectRecord;
import vn.ndaf.repository.TraversalQueries.Direction;
import vn.ndaf.repository.TraversalQueries.Related;
import vn.ndaf.repository.TraversalQueries.RelatedPage;
import vn.ndaf.repository.TraversalQueries.Usages;
import vn.ndaf.service.Caller;
import vn.ndaf.service.TraversalService;
import vn.ndaf.service.TraversalService.Neighbourhood;
import vn.ndaf.service.TraversalService.Owners;
import vn.ndaf.service.TraversalService.State;

/**
 * Traversal of the graph (relationships with their ends, neighbourhoods, usage across architectures, any object
 * by its store-wide id), the list of architectures as a connection, past states and comparisons. The to-many and
 * cross-object fields of objects go through data loaders: a request asking them of many objects reads each kind
 * once per level, whatever the page size.
 */
@Controller
public class TraversalController {

    static final String RELATIONSHIPS = "ndaf.relationships";
    static final String ENDS = "ndaf.ends";
    static final String OWNERS = "ndaf.owners";
    /** Per request: body codes of architectures learnt on the way (with relationships' ends), and the registry read. */
    private static final String KNOWN_CODES = "ndaf.traversal.codes";
    private static final String KNOWN_REGISTRY = "ndaf.traversal.registry";

    private final TraversalService traversal;
    private final ReferenceData data;
    private final RequestCallers callers;

    /** One relationships page asked for one object. */
    record RelationshipsKey(String uid, Direction direction, List<String> types, int first, String after) {
    }

    /** A relationship whose ends are asked for. */
    record EndsKey(String uid, String type) {
    }

    public TraversalController(TraversalService traversal, ReferenceData data, RequestCallers callers, BatchLoaderRegistry loaders) {
        this.traversal = traversal;
        this.data = data;
        this.callers = callers;
        loaders.forTypePair(RelationshipsKey.class, RelatedPage.class).withName(RELATIONSHIPS).registerMappedBatchLoader((keys, env) -> Mono.fromSupplier(() -> {
            Map<RelationshipsKey, RelatedPage> pages = new HashMap<>();
            TraversalService.group(keys, k -> new RelationshipsKey(null, k.direction(), k.types(), k.first(), k.after())).forEach((group, members) -> {
                Map<String, RelatedPage> read = traversal.relationships(caller(env.getContext()), members.stream().map(RelationshipsKey::uid).toList(), group.direction(),
                        group.types(), group.first(), group.after());
                members.forEach(k -> pages.put(k, read.get(k.uid())));
            });
            return pages;
        }));
        loaders.forTypePair(EndsKey.class, Related.class).withName(ENDS).registerMappedBatchLoader((keys, env) -> Mono.fromSupplier(() -> {
            Map<String, String> byUid = new LinkedHashMap<>();
            keys.forEach(k -> byUid.put(k.uid(), k.type()));
            Map<String, Related> read = traversal.ends(caller(env.getContext()), byUid);
            Map<EndsKey, Related> ends = new HashMap<>();
            keys.forEach(k -> {
                if (read.containsKey(k.uid())) {
                    ends.put(k, read.get(k.uid()));
                }
            });
            remember(env.getContext(), read.values());
            return ends;
        }));
        loaders.forTypePair(String.class, BodyView.class).withName(OWNERS).registerMappedBatchLoader((keys, env) -> Mono.fromSupplier(() -> {
            Owners owners = traversal.owners(caller(env.getContext()), keys);
            if (env.getContext() instanceof GraphQLContext context) {
                context.put(KNOWN_REGISTRY, owners.registry());
                known(context).putAll(owners.codes());
            }
            Map<String, BodyView> bodies = new HashMap<>();
            for (String arch : keys) {
                owners.of(arch).ifPresent(b -> bodies.put(arch, view(b)));
            }
            return bodies;
        }));
    }

    /** The caller of the request, as the fetchers saw it, for the batch loaders (which may run on another thread). */
    private Caller caller(Object context) {
        return callers.of(context instanceof GraphQLContext ctx ? ctx : null);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> known(GraphQLContext context) {
        return (Map<String, String>) context.computeIfAbsent(KNOWN_CODES, k -> new ConcurrentHashMap<String, String>());
    }

    /** Learns the body codes of the ends' architectures, so that their owning bodies need no read of their own. */
    private static void remember(Object context, Iterable<Related> related) {
        if (!(context instanceof GraphQLContext ctx)) {
            return;
        }
        Map<String, String> known = known(ctx);
        for (Related r : related) {
            if (r.source() != null && r.sourceBody() != null) {
                known.put(r.source().architecture(), r.sourceBody());
            }
            if (r.target() != null && r.targetBody() != null) {
                known.put(r.target().architecture(), r.targetBody());
            }
        }
    }

    private BodyView view(Body b) {
        return BodyView.of(b, data.templates().forBody(b).map(Template::name).orElse(null));
    }

    /** The store-wide uid of an object as the API shows it. */
    static String uid(ModelObjectView o) {
        return o.type().equals("Architecture") || o.id().equals(o.architecture()) ? o.architecture() : o.architecture() + "/" + o.id();
    }

    // ---- any object by id

    @QueryMapping
    public ModelObjectView object(@Argument String id, DataFetchingEnvironment env) {
        return traversal.object(callers.of(env), id).map(ModelObjectView::of).orElse(null);
    }

    // ---- the owning body

    @SchemaMapping(typeName = "ModelObject")
    public CompletableFuture<BodyView> owningBody(ModelObjectView object, DataFetchingEnvironment env) {
        GraphQLContext context = env.getGraphQlContext();
        String code = known(context).get(object.architecture());
        if (code != null && context.get(KNOWN_REGISTRY) instanceof Registry registry) {
            return CompletableFuture.completedFuture(registry.find(code).map(this::view).orElse(null));
        }
        DataLoader<String, BodyView> loader = env.getDataLoader(OWNERS);
        return loader.load(object.architecture());
    }

    // ---- a relationship's ends

    @SchemaMapping(typeName = "ModelObject")
    public CompletableFuture<ModelObjectView> source(ModelObjectView object, DataFetchingEnvironment env) {
        return end(object, env, true);
    }

    @SchemaMapping(typeName = "ModelObject")
    public CompletableFuture<ModelObjectView> target(ModelObjectView object, DataFetchingEnvironment env) {
        return end(object, env, false);
    }

    private CompletableFuture<ModelObjectView> end(ModelObjectView object, DataFetchingEnvironment env, boolean source) {
        if (object.archimateType() == null || !NdafMetamodel.get().isA(NdafMetamodel.get().eClass(object.type()), "Relationship")) {
            return CompletableFuture.completedFuture(null);
        }
        DataLoader<EndsKey, Related> loader = env.getDataLoader(ENDS);
        return loader.load(new EndsKey(uid(object), object.type())).thenApply(r -> {
            ObjectRecord end = r == null ? null : source ? r.source() : r.target();
            return end == null ? null : ModelObjectView.of(end);
        });
    }

    // ---- an object's relationships

    public record RelationshipConnection(long totalCount, List<RelationshipEdge> edges, List<ModelObjectView> nodes, PageInfo pageInfo) {
    }

    public record RelationshipEdge(String cursor, ModelObjectView node) {
    }

    @SchemaMapping(typeName = "ModelObject")
    public CompletableFuture<RelationshipConnection> relationships(ModelObjectView object, @Argument Direction direction, @Argument List<String> types,
            @Argument int first, @Argument String after, DataFetchingEnvironment env) {
        if (first < 0 || first > vn.ndaf.repository.ObjectQueries.MAX_PAGE) {
            throw new IllegalArgumentException("first must be between 0 and " + vn.ndaf.repository.ObjectQueries.MAX_PAGE + ", not " + first);
        }
        if (after != null && after.indexOf('/') <= 0) {
            throw new IllegalArgumentException("after must be a cursor this API gave (an edge's cursor or pageInfo.endCursor), not '" + after + "'");
        }
        List<String> classes = types == null || types.isEmpty() ? null : TraversalServiceTypes.check(types);
        DataLoader<RelationshipsKey, RelatedPage> loader = env.getDataLoader(RELATIONSHIPS);
        DataLoader<EndsKey, Related> ends = env.getDataLoader(ENDS);
        GraphQLContext context = env.getGraphQlContext();
        return loader.load(new RelationshipsKey(uid(object), direction == null ? Direction.BOTH : direction, classes, first, after)).thenApply(page -> {
            List<RelationshipEdge> edges = new ArrayList<>();
            List<ModelObjectView> nodes = new ArrayList<>();
            for (Related r : page.items()) {
                ModelObjectView node = ModelObjectView.of(r.relationship());
                ends.prime(new EndsKey(r.relationship().uid(), r.relationship().type()), r);
                edges.add(new RelationshipEdge(r.relationship().uid(), node));
                nodes.add(node);
            }
            remember(context, page.items());
            return new RelationshipConnection(page.totalCount(), edges, nodes, new PageInfo(page.nextAfter() != null, page.nextAfter()));
        });
    }

    /** Relationship classes named by the user, checked before anything is read. */
    static final class TraversalServiceTypes {
        static List<String> check(List<String> types) {
            var relationship = NdafMetamodel.get().eClass("Relationship");
            for (String type : types) {
                EClass eClass = NdafMetamodel.get().findEClass(type == null ? "" : type.strip());
                if (eClass == null || !relationship.isSuperTypeOf(eClass)) {
                    throw new IllegalArgumentException("'" + type + "' is not a kind of relationship (e.g. ServingRelationship, FlowRelationship)");
                }
            }
            return List.copyOf(types.stream().map(String::strip).toList());
        }
    }

    // ---- neighbourhood

    public record NeighbourhoodView(ModelObjectView centre, int depth, List<NeighbourView> objects, List<ModelObjectView> relationships, boolean truncated) {
    }

    public record NeighbourView(int distance, ModelObjectView object) {
    }

    @SchemaMapping(typeName = "ModelObject")
    public NeighbourhoodView neighbourhood(ModelObjectView object, @Argument int depth, @Argument List<String> types, DataFetchingEnvironment env) {
        Neighbourhood n = traversal.neighbourhood(callers.of(env), uid(object), depth, types);
        if (n == null) {
            return null;
        }
        Map<String, String> known = known(env.getGraphQlContext());
        n.objects().forEach(o -> {
            if (o.body() != null) {
                known.put(o.object().architecture(), o.body());
            }
        });
        DataLoader<EndsKey, Related> ends = env.getDataLoader(ENDS);
        n.relationships().forEach(r -> ends.prime(new EndsKey(r.relationship().uid(), r.relationship().type()), r));
        return new NeighbourhoodView(ModelObjectView.of(n.centre()), n.depth(),
                n.objects().stream().map(o -> new NeighbourView(o.distance(), ModelObjectView.of(o.object()))).toList(),
                n.relationships().stream().map(r -> ModelObjectView.of(r.relationship())).toList(), n.truncated());
    }

    // ---- used by

    public record UsageView(long totalCount, List<ArchitectureRow> architectures, List<ReferenceView> references) {
    }

    public record ReferenceView(String architecture, ModelObjectView referrer, ModelObjectView relationship, String via) {
    }

    @SchemaMapping(typeName = "ModelObject")
    public UsageView usedBy(ModelObjectView object, @Argument int first, DataFetchingEnvironment env) {
        Usages u = traversal.usedBy(callers.of(env), uid(object), first);
        return new UsageView(u.totalCount(), u.architectures().stream().map(ArchitectureRow::of).toList(),
                u.usages().stream().map(x -> new ReferenceView(x.architecture(), ModelObjectView.of(x.referrer()),
                        x.relationship() == null ? null : ModelObjectView.of(x.relationship()), x.via())).toList());
    }

    // ---- the architectures as a connection

    public record ArchitectureConnection(long totalCount, List<ArchitectureEdge> edges, List<ArchitectureRow> nodes, PageInfo pageInfo) {
    }

    public record ArchitectureEdge(String cursor, ArchitectureRow node) {
    }

    @QueryMapping
    public ArchitectureConnection architecturesConnection(@Argument String body, @Argument int first, @Argument String after, DataFetchingEnvironment env) {
        if (first < 0 || first > vn.ndaf.repository.ObjectQueries.MAX_PAGE) {
            throw new IllegalArgumentException("first must be between 0 and " + vn.ndaf.repository.ObjectQueries.MAX_PAGE + ", not " + first);
        }
        List<ArchitectureSummary> all = traversal.architectures(callers.of(env), body);
        int start = 0;
        if (after != null) {
            start = -1;
            for (int i = 0; i < all.size(); i++) {
                if (all.get(i).uid().equals(after)) {
                    start = i + 1;
                }
            }
            if (start < 0) {
                throw new IllegalArgumentException("after must be a cursor this API gave (an architecture's id from this list), not '" + after + "'");
            }
        }
        List<ArchitectureSummary> page = all.subList(start, Math.min(all.size(), start + first));
        List<ArchitectureRow> nodes = page.stream().map(ArchitectureRow::of).toList();
        boolean more = start + page.size() < all.size();
        return new ArchitectureConnection(all.size(), nodes.stream().map(n -> new ArchitectureEdge(n.id(), n)).toList(), nodes,
                new PageInfo(more, more && !nodes.isEmpty() ? nodes.get(nodes.size() - 1).id() : null));
    }

    // ---- past states

    public record StateInput(String architecture, Long revision, String asOf) {
    }

    public record ArchitectureStateView(String id, long revision, String name, String bodyCode, long elementCount, long relationshipCount, long viewCount,
            EObject root) {
    }

    public record StateObjectView(String id, String type, String name, String documentation, List<AttributeView> attributes) {
        static StateObjectView of(EObject o) {
            List<AttributeView> attributes = new ArrayList<>();
            for (EAttribute a : o.eClass().getEAllAttributes()) {
                if (Set.of("id", "name", "documentation").contains(a.getName()) || !o.eIsSet(a)) {
                    continue;
                }
                attributes.add(new AttributeView(a.getName(), ArchitectureController.text(o.eGet(a))));
            }
            return new StateObjectView(Models.id(o), o.eClass().getName(), Models.string(o, "name"), string(o, "documentation"), attributes);
        }

        private static String string(EObject o, String feature) {
            return o.eClass().getEStructuralFeature(feature) == null ? null : Models.string(o, feature);
        }
    }

    public record StateObjectConnection(long totalCount, List<StateObjectView> nodes, PageInfo pageInfo) {
    }

    @QueryMapping
    public ArchitectureStateView architectureAt(@Argument String id, @Argument Long revision, @Argument String asOf, DataFetchingEnvironment env) {
        if (!traversal.isStored(callers.of(env), id)) {
            return null;
        }
        LoadedModel model = traversal.load(callers.of(env), new State(id.strip(), revision, asOf));
        EObject root = model.root();
        return new ArchitectureStateView(model.uid(), model.revision(), string(root, "name"), string(root, "bodyCode"), size(root, "elements"),
                size(root, "relationships"), size(root, "views"), root);
    }

    private static String string(EObject o, String feature) {
        return o.eClass().getEStructuralFeature(feature) == null ? null : Models.string(o, feature);
    }

    private static long size(EObject o, String feature) {
        return o.eClass().getEStructuralFeature(feature) == null ? 0 : Models.list(o, feature).size();
    }

    @SchemaMapping(typeName = "PastArchitecture")
    public StateObjectConnection objects(ArchitectureStateView state, @Argument String type, @Argument int first, @Argument String after) {
        if (first < 0 || first > vn.ndaf.repository.ObjectQueries.MAX_PAGE) {
            throw new IllegalArgumentException("first must be between 0 and " + vn.ndaf.repository.ObjectQueries.MAX_PAGE + ", not " + first);
        }
        EClass eClass = null;
        if (type != null && !type.isBlank()) {
            eClass = NdafMetamodel.get().findEClass(type.strip());
            if (eClass == null) {
                throw new IllegalArgumentException("'" + type + "' is not a class of the metamodel (e.g. ApplicationComponent, Database, ServingRelationship)");
            }
        }
        List<EObject> all = new ArrayList<>();
        for (var it = state.root().eAllContents(); it.hasNext();) {
            EObject o = it.next();
            if (o.eClass().getEStructuralFeature("id") != null && Models.id(o) != null && (eClass == null || eClass.isSuperTypeOf(o.eClass()))) {
                all.add(o);
            }
        }
        all.sort(Comparator.comparing(Models::id));
        List<EObject> rest = after == null ? all : all.stream().filter(o -> Models.id(o).compareTo(after) > 0).toList();
        List<EObject> page = rest.subList(0, Math.min(first, rest.size()));
        boolean more = rest.size() > page.size();
        return new StateObjectConnection(all.size(), page.stream().map(StateObjectView::of).toList(),
                new PageInfo(more, more && !page.isEmpty() ? Models.id(page.get(page.size() - 1)) : null));
    }

    @SchemaMapping(typeName = "PastArchitecture")
    public StateObjectView object(ArchitectureStateView state, @Argument String id) {
        if (id != null && id.equals(Models.id(state.root()))) {
            return StateObjectView.of(state.root());
        }
        for (var it = state.root().eAllContents(); it.hasNext();) {
            EObject o = it.next();
            if (o.eClass().getEStructuralFeature("id") != null && id != null && id.equals(Models.id(o))) {
                return StateObjectView.of(o);
            }
        }
        return null;
    }

    // ---- compare

    public record ComparisonView(String from, long fromRevision, String to, long toRevision, List<ComparedObject> created, List<ComparedObject> changed,
            List<ComparedObject> deleted) {
    }

    public record ComparedObject(String id, String type, String name, List<String> changedKeys, List<AttributeView> oldValues, List<AttributeView> newValues) {
        static ComparedObject of(ChangeEntry c) {
            return new ComparedObject(c.id(), c.type(), c.name(), c.changedKeys().stream().sorted().toList(), values(c.oldValues()), values(c.newValues()));
        }

        private static List<AttributeView> values(Map<String, Object> values) {
            List<AttributeView> list = new ArrayList<>();
            new java.util.TreeMap<>(values).forEach((k, v) -> list.add(new AttributeView(k, ArchitectureController.text(v))));
            return list;
        }
    }

    @QueryMapping
    public ComparisonView compare(@Argument StateInput from, @Argument StateInput to, DataFetchingEnvironment env) {
        State a = new State(from.architecture(), from.revision(), from.asOf());
        State b = new State(to.architecture(), to.revision(), to.asOf());
        LoadedModel before = traversal.load(callers.of(env), a);
        LoadedModel after = traversal.load(callers.of(env), b);
        List<ChangeEntry> changes = traversal.compare(callers.of(env), before, after);
        List<ComparedObject> created = new ArrayList<>();
        List<ComparedObject> changed = new ArrayList<>();
        List<ComparedObject> deleted = new ArrayList<>();
        for (ChangeEntry c : changes) {
            (switch (c.operation()) {
            case CREATED -> created;
            case UPDATED -> changed;
            case DELETED -> deleted;
            }).add(ComparedObject.of(c));
        }
        Comparator<ComparedObject> byId = Comparator.comparing(ComparedObject::id, Comparator.nullsFirst(Comparator.naturalOrder()));
        created.sort(byId);
        changed.sort(byId);
        deleted.sort(byId);
        return new ComparisonView(before.uid(), before.revision(), after.uid(), after.revision(), created, changed, deleted);
    }
}
