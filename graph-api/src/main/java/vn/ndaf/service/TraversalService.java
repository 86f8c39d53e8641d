package vn.ndaf.service;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import vn.ndaf.api.bootstrap.StoredRegistry;
import vn.ndaf.framework.registry.Body;
import vn.ndaf.framework.registry.Registry;
import vn.ndaf.metamodel.NdafMetamodel;
import vn.ndaf.repository.ArchitectureRepository;
import vn.ndaf.repository.ArchitectureSummary;
import vn.ndaf.repository.ChangeEntry;
import vn.ndaf.repository.LoadedModel;
import vn.ndaf.repository.NotFoundException;
import vn.ndaf.repository.ObjectQueries;
import vn.ndaf.repository.ObjectRecord;
import vn.ndaf.repository.TraversalQueries;
import vn.ndaf.repository.TraversalQueries.BodyCodes;
import vn.ndaf.repository.TraversalQueries.Direction;
import vn.ndaf.repository.TraversalQueries.Related;
import vn.ndaf.repository.TraversalQueries.RelatedPage;
import vn.ndaf.repository.TraversalQueries.Usages;
import vn.ndaf.repository.mapping.GraphUris;
import vn.ndaf.repository.store.Neo4jStore;

/**
 * Following the graph: any object by its store-wide id, an object's relationships and their ends (across
 * architectures), its neighbourhood, who uses it elsewhere, the bodies that own objects, an architecture as it
 * was, and what changed between two states. Every read is for many objects at once, so that a request asking
 * the same of many objects costs one read.
 */
public class TraversalService {

    /** The deepest neighbourhood asked for. */
    public static final int MAX_DEPTH = 3;
    /** At most this many objects in one neighbourhood; the answer says when more were left out. */
    public static final int MAX_NEIGHBOURHOOD = 500;

    private final TraversalQueries queries;
    private final ObjectQueries objects;
    private final ArchitectureRepository architectures;
    private final StoredRegistry registry;
    private final Guard guard;

    public TraversalService(Neo4jStore store, ObjectQueries objects, ArchitectureRepository architectures, StoredRegistry registry, Guard guard) {
        this.guard = guard;
        this.queries = new TraversalQueries(store.driver());
        this.objects = objects;
        this.architectures = architectures;
        this.registry = registry;
    }

    /**
     * The object with this store-wide id: an architecture's id (its root), {@code <architecture>/<object id>}, or
     * {@code <architecture>:<object id>} (e.g. {@code national/p-NDXP}, {@code national:p-NDXP}); empty when there is none.
     */
    public Optional<ObjectRecord> object(Caller caller, String id) {
        return guard.read(caller, Action.READ, Target.STORE, () -> objectUnguarded(caller, id));
    }

    private Optional<ObjectRecord> objectUnguarded(Caller caller, String id) {
        String uid = id == null ? "" : id.strip();
        if (uid.isEmpty()) {
            return Optional.empty();
        }
        int slash = uid.indexOf('/');
        if (slash < 0) {
            int colon = uid.indexOf(':');
            if (colon > 0) {
                Optional<ObjectRecord> found = objects.find(uid.substring(0, colon), uid.substring(colon + 1));
                if (found.isPresent()) {
                    return found;
                }
            }
            return objects.find(uid, uid);
        }
        return objects.find(uid.substring(0, slash), uid.substring(slash + 1));
    }

    /**
     * The relationships of each object (store-wide uids) in a direction, of some relationship classes (all when
     * empty), a page of {@code first} after {@code after} for each. Refuses unknown classes and bad page sizes.
     */
    public Map<String, RelatedPage> relationships(Caller caller, Collection<String> uids, Direction direction, List<String> types, int first,
            String after) {
        return guard.read(caller, Action.READ, Target.STORE, () -> relationshipsUnguarded(caller, uids, direction, types, first, after));
    }

    private Map<String, RelatedPage> relationshipsUnguarded(Caller caller, Collection<String> uids, Direction direction, List<String> types, int first,
            String after) {
        checkPage(first);
        return queries.relationshipsOf(uids, direction == null ? Direction.BOTH : direction, relationshipTypes(types), first, after);
    }

    /** The ends of relationships (uid to class), across architectures; a relationship not stored is missing. */
    public Map<String, Related> ends(Caller caller, Map<String, String> relationships) {
        return guard.read(caller, Action.READ, Target.STORE, () -> endsUnguarded(caller, relationships));
    }

    private Map<String, Related> endsUnguarded(Caller caller, Map<String, String> relationships) {
        return queries.endsOf(relationships);
    }

    /** Objects by store-wide uid; those not stored are missing. */
    public Map<String, ObjectRecord> objects(Caller caller, Collection<String> uids) {
        return guard.read(caller, Action.READ, Target.STORE, () -> objectsUnguarded(caller, uids));
    }

    private Map<String, ObjectRecord> objectsUnguarded(Caller caller, Collection<String> uids) {
        return queries.objects(uids);
    }

    /** The bodies owning architectures, read with the registry's revision in one statement; absent: none. */
    public Owners owners(Caller caller, Collection<String> architectureUids) {
        return guard.read(caller, Action.READ, Target.STORE, () -> ownersUnguarded(caller, architectureUids));
    }

    private Owners ownersUnguarded(Caller caller, Collection<String> architectureUids) {
        BodyCodes codes = queries.bodyCodes(architectureUids, registry.uid());
        return new Owners(codes.codes(), registry.atRevision(codes.registryRevision()));
    }

    /** The owning body codes of architectures and the registry to read the bodies from. */
    public record Owners(Map<String, String> codes, Registry registry) {

        public Optional<Body> of(String architecture) {
            String code = codes.get(architecture);
            return code == null ? Optional.empty() : registry.find(code);
        }
    }

    /** What other architectures hold that refers to the object {@code uid}: at most {@code first} references, and every architecture. */
    public Usages usedBy(Caller caller, String uid, int first) {
        return guard.read(caller, Action.READ, Target.STORE, () -> usedByUnguarded(caller, uid, first));
    }

    private Usages usedByUnguarded(Caller caller, String uid, int first) {
        checkPage(first);
        return queries.usedBy(uid, first);
    }

    /** An object's neighbourhood: what is reachable from it over relationships of the classes {@code types}. */
    public record Neighbourhood(ObjectRecord centre, int depth, List<Neighbour> objects, List<Related> relationships, boolean truncated) {
    }

    /** An object of a neighbourhood and how many relationships away from the centre it is. */
    public record Neighbour(ObjectRecord object, int distance, String body) {
    }

    /**
     * The objects at most {@code depth} (1 to {@value #MAX_DEPTH}) relationships away from {@code uid}, either
     * direction, over relationships of the classes {@code types} (all when empty), with those relationships; at
     * most {@value #MAX_NEIGHBOURHOOD} objects. One read per step. Empty (null) for an unknown object.
     */
    public Neighbourhood neighbourhood(Caller caller, String uid, int depth, List<String> types) {
        return guard.read(caller, Action.READ, Target.STORE, () -> neighbourhoodUnguarded(caller, uid, depth, types));
    }

    private Neighbourhood neighbourhoodUnguarded(Caller caller, String uid, int depth, List<String> types) {
        if (depth < 1 || depth > MAX_DEPTH) {
            throw new IllegalArgumentException("depth must be between 1 and " + MAX_DEPTH + ", not " + depth);
        }
        List<String> classes = relationshipTypes(types);
        Map<String, Neighbour> seen = new LinkedHashMap<>();
        Map<String, Related> relationships = new LinkedHashMap<>();
        ObjectRecord centre = queries.objects(List.of(uid)).get(uid);
        if (centre == null) {
            return null;
        }
        seen.put(uid, new Neighbour(centre, 0, null));
        Set<String> frontier = new LinkedHashSet<>(List.of(uid));
        boolean truncated = false;
        for (int step = 1; step <= depth && !frontier.isEmpty() && !truncated; step++) {
            Map<String, RelatedPage> pages = queries.relationshipsOf(frontier, Direction.BOTH, classes, ObjectQueries.MAX_PAGE, null);
            Set<String> next = new LinkedHashSet<>();
            for (String from : frontier) {
                RelatedPage page = pages.get(from);
                if (page.totalCount() > page.items().size()) {
                    truncated = true;
                }
                for (Related r : page.items()) {
                    relationships.putIfAbsent(r.relationship().uid(), r);
                    for (int end = 0; end < 2; end++) {
                        ObjectRecord o = end == 0 ? r.source() : r.target();
                        String body = end == 0 ? r.sourceBody() : r.targetBody();
                        if (o == null || seen.containsKey(o.uid())) {
                            continue;
                        }
                        if (seen.size() >= MAX_NEIGHBOURHOOD) {
                            truncated = true;
                            continue;
                        }
                        seen.put(o.uid(), new Neighbour(o, step, body));
                        next.add(o.uid());
                    }
                }
            }
            frontier = next;
        }
        // keep only relationships whose both ends are in the neighbourhood
        List<Related> kept = new ArrayList<>();
        for (Related r : relationships.values()) {
            if (r.source() != null && r.target() != null && seen.containsKey(r.source().uid()) && seen.containsKey(r.target().uid())) {
                kept.add(r);
            }
        }
        return new Neighbourhood(centre, depth, List.copyOf(seen.values()), kept, truncated);
    }

    /** The stored architectures, optionally of one body, as listed. */
    public List<ArchitectureSummary> architectures(Caller caller, String body) {
        return guard.read(caller, Action.READ, Target.bodyOrStore(body), () -> architecturesUnguarded(caller, body));
    }

    private List<ArchitectureSummary> architecturesUnguarded(Caller caller, String body) {
        return architectures.list(body);
    }

    /** Whether an architecture (or registry) with this id is stored, also as a deleted one whose history stays readable. */
    public boolean isStored(Caller caller, String id) {
        return guard.read(caller, Action.READ, Target.STORE, () -> isStoredUnguarded(caller, id));
    }

    private boolean isStoredUnguarded(Caller caller, String id) {
        return id != null && !id.isBlank() && id.indexOf('/') < 0 && architectures.exists(id.strip());
    }

    /** One state of an architecture to compare: its id and a revision (null: the current one). */
    public record State(String architecture, Long revision, String asOf) {
    }

    /**
     * What changed from state {@code from} to state {@code to}: every object created, updated (with old and new
     * values) or deleted, matched by id (two architectures are compared object by object under the same ids).
     */
    public List<ChangeEntry> compare(Caller caller, LoadedModel from, LoadedModel to) {
        return guard.read(caller, Action.ANALYSE, Target.STORE, () -> compareUnguarded(caller, from, to));
    }

    private List<ChangeEntry> compareUnguarded(Caller caller, LoadedModel from, LoadedModel to) {
        return architectures.preview(from, to.root());
    }

    /** An architecture as it is, as it was after a revision, or as it was at an instant (ISO-8601). */
    public LoadedModel load(Caller caller, State state) {
        return guard.read(caller, Action.READ, state == null || state.architecture() == null ? Target.STORE : Target.architecture(state.architecture().strip()), () -> loadUnguarded(caller, state));
    }

    private LoadedModel loadUnguarded(Caller caller, State state) {
        if (state == null || state.architecture() == null || state.architecture().isBlank()) {
            throw new IllegalArgumentException("name the architecture to compare");
        }
        String id = state.architecture().strip();
        if (!architectures.exists(id)) {
            throw new NotFoundException("No architecture with id " + id + " is stored");
        }
        if (state.revision() != null && state.asOf() != null) {
            throw new IllegalArgumentException("give either revision or asOf, not both");
        }
        if (state.revision() != null) {
            return architectures.loadAtRevision(id, state.revision());
        }
        if (state.asOf() != null) {
            return architectures.loadAsOf(id, instant(state.asOf()));
        }
        return architectures.load(id);
    }

    static Instant instant(String text) {
        try {
            return Instant.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("asOf must be an ISO-8601 instant such as 2026-01-31T00:00:00Z, not '" + text + "'");
        }
    }

    /** The architecture (root uid) an object's store-wide uid belongs to. */
    public static String architectureOf(String uid) {
        return GraphUris.rootUidOfUid(uid);
    }

    private static void checkPage(int first) {
        if (first < 0 || first > ObjectQueries.MAX_PAGE) {
            throw new IllegalArgumentException("first must be between 0 and " + ObjectQueries.MAX_PAGE + ", not " + first);
        }
    }

    /** The concrete relationship classes named (or specialised) by {@code types}; null for all. */
    static List<String> relationshipTypes(List<String> types) {
        if (types == null || types.isEmpty()) {
            return null;
        }
        Set<String> classes = new LinkedHashSet<>();
        var relationship = NdafMetamodel.get().eClass("Relationship");
        for (String type : types) {
            var eClass = NdafMetamodel.get().findEClass(type == null ? "" : type.strip());
            if (eClass == null || !relationship.isSuperTypeOf(eClass)) {
                throw new IllegalArgumentException("'" + type + "' is not a kind of relationship (e.g. ServingRelationship, FlowRelationship)");
            }
            NdafMetamodel.get().eClasses().stream().filter(c -> !c.isAbstract() && (c == eClass || eClass.isSuperTypeOf(c)))
                    .forEach(c -> classes.add(c.getName()));
        }
        return List.copyOf(classes);
    }

    /** Groups keys by what is the same for all of them, for one read per group. */
    public static <K, G> Map<G, List<K>> group(Collection<K> keys, java.util.function.Function<K, G> by) {
        Map<G, List<K>> groups = new HashMap<>();
        keys.forEach(k -> groups.computeIfAbsent(by.apply(k), g -> new ArrayList<>()).add(k));
        return groups;
    }
}
