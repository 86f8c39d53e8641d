package vn.ndaf.repository;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.neo4j.driver.Driver;
import org.neo4j.driver.TransactionContext;

import vn.ndaf.repository.GraphReads.Snapshot;
import vn.ndaf.repository.GraphWrites.ChangeRecord;
import vn.ndaf.repository.mapping.GraphMapping;
import vn.ndaf.repository.mapping.GraphToModel;
import vn.ndaf.repository.mapping.GraphToModel.ForeignNode;
import vn.ndaf.repository.mapping.ModelToGraph;
import vn.ndaf.repository.mapping.NodeState;

/**
 * Stores and loads whole models (architectures, the body registry) in the graph, with history and
 * optimistic concurrency. Every write is one transaction: all of it is stored, or nothing.
 */
public final class ArchitectureRepository {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ALPHABET = "0123456789abcdefghijkmnpqrstuvwxyz";

    /**
     * The last phase a write reports: the store applies the whole transaction at once, which takes a while
     * for a large import and cannot report its own progress.
     */
    public static final String COMMITTING = "committing";

    private final Driver driver;
    private final List<WriteListener> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();

    public ArchitectureRepository(Driver driver) {
        this.driver = driver;
    }

    /** Tells {@code listener} of every write this repository commits, after the commit (docs/rules.md, live findings). */
    public void addWriteListener(WriteListener listener) {
        listeners.add(listener);
    }

    private SaveResult written(SaveResult result) {
        for (WriteListener l : listeners) {
            l.written(result.uid());
        }
        return result;
    }

    /** A new architecture id: short, URL- and file-name-safe, unique in practice (the store enforces it). */
    public static String newArchitectureId() {
        StringBuilder sb = new StringBuilder("a");
        for (int i = 0; i < 11; i++) {
            sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }

    /** Stores a new model under a new id; returns the id and revision 1. */
    public SaveResult create(EObject root, WriteRequest request) {
        return createAs(newArchitectureId(), root, request);
    }

    /**
     * Stores a new model under the given id (e.g. the body registry's fixed id). The id may not contain '/':
     * an object's uid is {@code <model id>/<object id>}, split at the first '/' (docs/graph-model.md).
     */
    public SaveResult createAs(String rootUid, EObject root, WriteRequest request) {
        if (rootUid == null || rootUid.isBlank() || rootUid.indexOf('/') >= 0) {
            throw new RepositoryException("A model id must be non-empty and may not contain '/': '" + rootUid + "'");
        }
        Map<String, NodeState> states = ModelToGraph.toStates(root, rootUid);
        request.progress().progress("mapped", states.size(), states.size());
        List<String> warnings = WriteChecks.check(root, rootUid, null).warnings();
        SaveResult created = Transactions.write(driver, tx -> {
            if (GraphReads.missing(tx, List.of(rootUid)).isEmpty()) {
                throw new RepositoryException("A model with id " + rootUid + " is already stored");
            }
            Snapshot empty = new Snapshot(Map.of(), Map.of(), Set.of());
            Map<String, String> foreignTypes = foreignTypes(tx, rootUid, states, states.keySet());
            long rev = 1;
            ModelDiff diff = ModelDiff.between(Map.of(), states, rootUid);
            GraphWrites.createRevision(tx, rootUid, rev, request, states.size(), 0, 0);
            GraphWrites.apply(tx, rootUid, empty, states, diff, rev, foreignTypes, Positions.assign(states.get(rootUid), Map.of()), request.progress());
            GraphWrites.updateRoot(tx, rootUid, rev, types(states.values()), true);
            request.progress().progress(COMMITTING, 0, 1);
            return new SaveResult(rootUid, rev, states.size(), 0, 0, warnings);
        });
        return written(created);
    }

    private static Map<String, String> types(java.util.Collection<NodeState> states) {
        Map<String, String> types = new HashMap<>();
        states.forEach(s -> types.put(s.uid(), s.type()));
        return types;
    }

    /** Whether the body registry holds a body with this code (01, 00004, BCA, ...). */
    public boolean isKnownBody(String code) {
        return Transactions.read(driver, tx -> tx.run("MATCH (b:Body {code: $code}) RETURN count(b) > 0 AS known", Map.of("code", code)).single()
                .get("known").asBoolean());
    }

    /** Whether a model with that id is stored. */
    public boolean exists(String rootUid) {
        return Transactions.read(driver, tx -> GraphReads.missing(tx, List.of(rootUid)).isEmpty());
    }

    /** The model as it is now. */
    public LoadedModel load(String rootUid) {
        return Transactions.readModel(driver, tx -> {
            Snapshot snapshot = GraphReads.readModel(tx, rootUid);
            if (!snapshot.nodes().containsKey(rootUid)) {
                throw new NotFoundException("No architecture with id " + rootUid + " is stored");
            }
            Long deleted = deletedIn(tx, rootUid);
            if (deleted != null) {
                throw new NotFoundException("Architecture " + rootUid + " was deleted in revision " + deleted + "; its history can still be read, and "
                        + "'ndaf revert " + rootUid + " --to-revision " + (deleted - 1) + "' brings it back");
            }
            long revision = revisionOf(tx, rootUid);
            Map<String, NodeState> states = snapshot.states();
            EObject root = GraphToModel.toModel(rootUid, states, snapshot.foreign());
            return new LoadedModel(rootUid, root, revision, states, snapshot.versions());
        });
    }

    /**
     * The model as it was right after revision {@code revision} was written: the current objects, each
     * changed one as its earliest record after that revision tells (a record may hold only what the change
     * touched, the rest is filled from the later records or the current object: {@link History#stateAt}).
     */
    public LoadedModel loadAtRevision(String rootUid, long revision) {
        return Transactions.readModel(driver, tx -> {
            Snapshot snapshot = GraphReads.readModel(tx, rootUid);
            if (!snapshot.nodes().containsKey(rootUid)) {
                throw new NotFoundException("No architecture with id " + rootUid + " is stored");
            }
            long current = revisionOf(tx, rootUid);
            if (revision < 1 || revision > current) {
                throw new NotFoundException("Architecture " + rootUid + " has revisions 1 to " + current + ", not " + revision);
            }
            Map<String, StoredNode> past = new LinkedHashMap<>();
            snapshot.nodes().forEach((uid, node) -> {
                if (node.createdRev() <= revision) {
                    past.put(uid, node);
                }
            });
            Map<String, List<History.Before>> chains = new LinkedHashMap<>();
            tx.run("MATCH (c:Change {arch: $arch}) WHERE c.rev > $rev RETURN c.node AS node, c.before AS before ORDER BY c.rev",
                    Map.of("arch", rootUid, "rev", revision)).stream().forEach(r -> {
                        String uid = r.get("node").asString();
                        chains.computeIfAbsent(uid, k -> new ArrayList<>()).add(History.fromJson(uid, r.get("before").asString()));
                    });
            chains.forEach((uid, chain) -> {
                StoredNode before = History.stateAt(chain, snapshot.nodes().get(uid));
                if (before.createdRev() <= revision) {
                    past.put(uid, before);
                } else {
                    past.remove(uid);
                }
            });
            StoredNode pastRoot = past.get(rootUid);
            past.put(rootUid, new StoredNode(Placement.withContainment(pastRoot.state(), past.values()), pastRoot.version(), pastRoot.rev(),
                    pastRoot.createdRev(), null));
            Map<String, NodeState> states = new LinkedHashMap<>();
            Map<String, Long> versions = new HashMap<>();
            Set<String> targets = new HashSet<>();
            past.forEach((uid, node) -> {
                states.put(uid, node.state());
                versions.put(uid, node.version());
                node.state().refs().values().forEach(targets::addAll);
            });
            targets.removeAll(states.keySet());
            Map<String, ForeignNode> foreign = GraphReads.lookup(tx, targets);
            targets.removeAll(foreign.keySet());
            if (!targets.isEmpty()) {
                // referred to then, deleted from its own architecture since
                foreign.putAll(GraphReads.lookupDeleted(tx, targets));
            }
            EObject root = GraphToModel.toModel(rootUid, states, foreign);
            return new LoadedModel(rootUid, root, revision, states, versions);
        });
    }

    /** The model as it was at {@code instant}: the last revision written at or before it. */
    public LoadedModel loadAsOf(String rootUid, Instant instant) {
        long revision = Transactions.read(driver, tx -> {
            var rows = tx.run("MATCH (r:Revision {arch: $arch}) WHERE r.at <= $at RETURN max(r.number) AS rev",
                    Map.of("arch", rootUid, "at", ZonedDateTime.ofInstant(instant, ZoneOffset.UTC))).single().get("rev");
            if (rows.isNull()) {
                throw new NotFoundException("Architecture " + rootUid + " did not exist yet at " + instant);
            }
            return rows.asLong();
        });
        return loadAtRevision(rootUid, revision);
    }

    /**
     * Stores an edited model. {@code base} is what the edit started from; every object the edit changed or
     * deleted must still be at the version it had then, and every object it created must still be new,
     * else a {@link ConflictException} names the object and the newer change and nothing is written.
     * Deleting objects that other architectures refer to is refused with the list of referrers.
     */
    public SaveResult save(LoadedModel base, EObject edited, WriteRequest request) {
        String rootUid = base.uid();
        Map<String, NodeState> next = ModelToGraph.toStates(edited, rootUid);
        ModelDiff diff = ModelDiff.between(base.states(), next, rootUid);
        if (diff.isEmpty()) {
            return new SaveResult(rootUid, base.revision(), 0, 0, 0);
        }
        List<String> warnings = WriteChecks.check(edited, rootUid, WriteChecks.touched(diff, next, base.states())).warnings();
        SaveResult saved = Transactions.write(driver, tx -> {
            SaveResult result = write(tx, base, next, diff, request, warnings);
            request.progress().progress(COMMITTING, 0, 1);
            return result;
        });
        return written(saved);
    }

    private SaveResult write(TransactionContext tx, LoadedModel base, Map<String, NodeState> next, ModelDiff diff, WriteRequest request,
            List<String> warnings) {
        String rootUid = base.uid();
        // taking the root's write lock first serialises writers of one architecture; the reads below then see every committed write
        var bumped = tx.run("MATCH (a:Identified {uid: $uid}) SET a.revision = coalesce(a.revision, 0) + 1 RETURN a.revision AS rev",
                Map.of("uid", rootUid)).list();
        if (bumped.isEmpty()) {
            throw new NotFoundException("No architecture with id " + rootUid + " is stored");
        }
        long rev = bumped.get(0).get("rev").asLong();
        Snapshot current = GraphReads.readModel(tx, rootUid);
        checkVersions(tx, rootUid, base, diff, current);
        checkNoUnseenReferrers(tx, rootUid, base, diff, current);
        Set<String> written = new HashSet<>(diff.created());
        written.addAll(diff.updated());
        Map<String, String> foreignTypes = foreignTypes(tx, rootUid, next, written);
        checkNotReferencedFromOutside(tx, rootUid, diff.deleted(), current);

        Map<String, Placement> placements = Positions.assign(next.get(rootUid), current.nodes());
        List<ChangeRecord> changes = new ArrayList<>();
        for (String uid : diff.updated()) {
            List<String> changed = new ArrayList<>(current.nodes().get(uid).state().changedKeys(next.get(uid)));
            if (diff.retyped().contains(uid)) {
                changed.add(0, History.TYPE_KEY);
            }
            changes.add(new ChangeRecord(current.nodes().get(uid), diff.retyped().contains(uid) ? "retyped" : "updated", changed));
        }
        for (String uid : diff.deleted()) {
            changes.add(new ChangeRecord(current.nodes().get(uid), "deleted", List.of()));
        }
        placements.forEach((uid, placement) -> {
            StoredNode node = current.nodes().get(uid);
            if (node != null && !diff.updated().contains(uid) && !diff.created().contains(uid) && !placement.equals(node.placement())) {
                changes.add(new ChangeRecord(node, "moved", List.of()));
            }
        });
        GraphWrites.createRevision(tx, rootUid, rev, request, diff.created().size(), diff.updated().size(), diff.deleted().size());
        GraphWrites.recordChanges(tx, rootUid, rev, changes);
        GraphWrites.apply(tx, rootUid, current, next, diff, rev, foreignTypes, placements, request.progress());
        // the counts are of what is stored after this write, which includes what others added since the base
        Map<String, String> types = new HashMap<>();
        current.nodes().forEach((uid, node) -> types.put(uid, node.state().type()));
        next.forEach((uid, state) -> types.put(uid, state.type()));
        diff.deleted().forEach(types::remove);
        GraphWrites.updateRoot(tx, rootUid, rev, types, false);
        return new SaveResult(rootUid, rev, diff.created().size(), diff.updated().size(), diff.deleted().size(), warnings);
    }

    private static void checkVersions(TransactionContext tx, String rootUid, LoadedModel base, ModelDiff diff, Snapshot current) {
        List<String> touched = new ArrayList<>(diff.updated());
        touched.addAll(diff.deleted());
        for (String uid : touched) {
            StoredNode now = current.nodes().get(uid);
            NodeState was = base.states().get(uid);
            if (now == null) {
                throw new ConflictException(describe(was) + " was deleted by someone else after revision " + base.revision()
                        + ", which your change is based on. Nothing was written; reload and apply your change again.");
            }
            long baseVersion = base.versions().getOrDefault(uid, 0L);
            if (now.version() != baseVersion) {
                throw new ConflictException(describe(now.state()) + " was changed in " + GraphReads.describeRevision(tx, rootUid, now.rev())
                        + ", after revision " + base.revision() + " which your change is based on. Nothing was written; reload and apply your change again.");
            }
        }
        for (String uid : diff.created()) {
            StoredNode now = current.nodes().get(uid);
            if (now != null && !diff.deleted().contains(uid)) {
                throw new ConflictException(describe(now.state()) + " was created by someone else in " + GraphReads.describeRevision(tx, rootUid, now.rev())
                        + ", after revision " + base.revision() + " which your change is based on. Nothing was written; reload and apply your change again.");
            }
        }
    }

    /**
     * A delete takes with it what refers to the deleted objects (a relationship's edge, a diagram node's link):
     * when another writer made an object refer to one of them after the base of this write, that reference is
     * one this writer never saw, and deleting it silently would lose an acknowledged write. Refused as a
     * conflict instead, naming both.
     */
    private static void checkNoUnseenReferrers(TransactionContext tx, String rootUid, LoadedModel base, ModelDiff diff, Snapshot current) {
        if (diff.deleted().isEmpty()) {
            return;
        }
        for (StoredNode node : current.nodes().values()) {
            String uid = node.state().uid();
            if (diff.deleted().contains(uid)) {
                continue;
            }
            NodeState seen = base.states().get(uid);
            for (Map.Entry<String, List<String>> refs : node.state().refs().entrySet()) {
                for (String target : refs.getValue()) {
                    boolean unseen = seen == null || !seen.refs().getOrDefault(refs.getKey(), List.of()).contains(target);
                    if (unseen && diff.deleted().contains(target) && !diff.created().contains(target)) {
                        StoredNode deleted = current.nodes().get(target);
                        throw new ConflictException(describe(node.state()) + " was made to refer to " + (deleted == null ? target : describe(deleted.state()))
                                + " in " + GraphReads.describeRevision(tx, rootUid, node.rev()) + ", after revision " + base.revision()
                                + " which your change is based on, and your change deletes it. Nothing was written; reload and apply your change again.");
                    }
                }
            }
        }
    }

    /**
     * The types of the objects outside the model that {@code states} refer to; fails naming those not stored.
     * The targets of the states {@code written} (those whose references this write creates) are write-locked
     * first, so a concurrent delete of one of them either finishes before (and this write is refused, the
     * target being gone) or waits for this write and then sees the new reference (docs/adr/0012-retype-in-place-and-reference-locks.md).
     */
    static Map<String, String> foreignTypes(TransactionContext tx, String rootUid, Map<String, NodeState> states, Set<String> written) {
        Set<String> targets = new HashSet<>();
        Set<String> locked = new HashSet<>();
        for (NodeState state : states.values()) {
            for (List<String> list : state.refs().values()) {
                for (String target : list) {
                    if (!states.containsKey(target)) {
                        targets.add(target);
                        if (written.contains(state.uid())) {
                            locked.add(target);
                        }
                    }
                }
            }
        }
        GraphWrites.lock(tx, locked);
        Map<String, ForeignNode> found = GraphReads.lookup(tx, targets);
        List<String> missing = targets.stream().filter(t -> !found.containsKey(t)).sorted().toList();
        if (!missing.isEmpty()) {
            throw new RepositoryException("The model refers to objects that are not stored: " + String.join(", ", missing) + ". Nothing was written.");
        }
        Map<String, String> types = new HashMap<>();
        found.forEach((uid, node) -> types.put(uid, node.type()));
        return types;
    }

    private static void checkNotReferencedFromOutside(TransactionContext tx, String rootUid, Set<String> deleted, Snapshot current) {
        if (deleted.isEmpty()) {
            return;
        }
        // locked before the referrers are read: a write adding a reference to one of them either committed before
        // (and is seen below) or waits for this one and then finds its target gone
        GraphWrites.lock(tx, deleted);
        List<String> nodes = deleted.stream().filter(u -> !current.edges().contains(u)).toList();
        List<String> relationships = deleted.stream().filter(u -> GraphMapping.isRelationship(current.nodes().get(u).state().type())).toList();
        List<String> referrers = new ArrayList<>(Referrers.of(tx, nodes, rootUid, List.of()));
        if (!relationships.isEmpty()) {
            referrers.addAll(ObjectEdits.relationshipReferrers(tx, relationships, rootUid));
        }
        if (!referrers.isEmpty()) {
            throw new ReferencedElementException("Cannot delete what other architectures still refer to; remove these references first:\n  "
                    + String.join("\n  ", referrers), referrers);
        }
    }

    private static long revisionOf(TransactionContext tx, String rootUid) {
        return tx.run("MATCH (a:Identified {uid: $uid}) RETURN coalesce(a.revision, 0) AS rev", Map.of("uid", rootUid)).single().get("rev").asLong();
    }

    static String describe(NodeState state) {
        String name = state.name();
        return state.type() + (name == null || name.isBlank() ? "" : " '" + name + "'") + " (id " + state.id() + ")";
    }

    /** The stored architectures, optionally of one body, ordered by body code and name. */
    public List<ArchitectureSummary> list(String bodyCode) {
        return Transactions.read(driver, tx -> tx.run("""
                MATCH (a:Architecture)
                WHERE $body IS NULL OR a.bodyCode = $body
                RETURN a{.*} AS a ORDER BY a.bodyCode, a.name, a.uid""", java.util.Collections.singletonMap("body", bodyCode))
                .list(r -> summary(r.get("a").asMap())));
    }

    /** One stored architecture's summary, if stored. */
    public java.util.Optional<ArchitectureSummary> summary(String uid) {
        return Transactions.read(driver, tx -> tx.run("MATCH (a:Architecture {uid: $uid}) RETURN a{.*} AS a", Map.of("uid", uid))
                .list(r -> summary(r.get("a").asMap())).stream().findFirst());
    }

    static ArchitectureSummary summary(Map<String, Object> a) {
        Object updated = a.get("updatedAt");
        return new ArchitectureSummary((String) a.get("uid"), (String) a.get("bodyCode"), a.get("state") == null ? "baseline" : (String) a.get("state"),
                (String) a.get("name"), GraphReads.asLong(a.get("elementCount")), GraphReads.asLong(a.get("relationshipCount")),
                GraphReads.asLong(a.get("viewCount")), GraphReads.asLong(a.get("revision")), updated instanceof ZonedDateTime z ? z : null);
    }

    /** The history of a model, newest first. */
    public List<RevisionInfo> revisions(String rootUid) {
        return Transactions.read(driver, tx -> tx.run("""
                MATCH (r:Revision {arch: $arch})
                RETURN r ORDER BY r.number DESC""", Map.of("arch", rootUid)).list(rec -> {
            var r = rec.get("r");
            return new RevisionInfo(rootUid, r.get("number").asLong(), r.get("author").asString(), r.get("at").asZonedDateTime(),
                    r.get("message").asString(""), r.get("kind").asString(""), r.get("created").asLong(0), r.get("updated").asLong(0),
                    r.get("deleted").asLong(0));
        }));
    }

    /**
     * What changed in a model after {@code since}: every object created, updated (with old and new values of
     * the changed keys) or deleted, in revision order.
     */
    public List<ChangeEntry> changesSince(String rootUid, Instant since) {
        return Transactions.readModel(driver, tx -> new ChangeHistory(tx, rootUid).since(ZonedDateTime.ofInstant(since, ZoneOffset.UTC)));
    }

    // ---- update in place, delete, revert (docs/graph-model.md, "Deleting and reverting an architecture")

    /** The label a deleted architecture's root carries instead of {@code Architecture}; it keeps the id and the history readable. */
    static final String DELETED_LABEL = "DeletedArchitecture";

    /**
     * Proxies of the stored objects among {@code uids} (store ids {@code <architecture>/<id>}), by uid; an id
     * that names nothing stored, or an object of a deleted architecture, is absent.
     */
    public Map<String, EObject> references(java.util.Collection<String> uids) {
        if (uids.isEmpty()) {
            return Map.of();
        }
        return Transactions.read(driver, tx -> {
            Map<String, EObject> proxies = new LinkedHashMap<>();
            GraphReads.lookup(tx, uids).forEach((uid, node) -> {
                if (!uid.equals(node.rootUid())) {
                    EObject proxy = org.eclipse.emf.ecore.util.EcoreUtil.create(vn.ndaf.metamodel.NdafMetamodel.get().eClass(node.type()));
                    ((org.eclipse.emf.ecore.InternalEObject) proxy).eSetProxyURI(vn.ndaf.repository.mapping.GraphUris.objectUri(node.rootUid(), node.id()));
                    proxies.put(uid, proxy);
                }
            });
            return proxies;
        });
    }

    /**
     * What saving {@code edited} over {@code base} would change, without writing: every object created,
     * updated (with old and new values of the changed keys) or deleted. Revision, date and author are empty.
     */
    public List<ChangeEntry> preview(LoadedModel base, EObject edited) {
        Map<String, NodeState> next = ModelToGraph.toStates(edited, base.uid());
        ModelDiff diff = ModelDiff.between(base.states(), next, base.uid());
        List<ChangeEntry> entries = new ArrayList<>();
        for (String uid : diff.created()) {
            NodeState s = next.get(uid);
            if (!diff.deleted().contains(uid)) {
                entries.add(new ChangeEntry(0, null, null, uid, s.id(), s.type(), s.name(), ChangeEntry.Operation.CREATED, List.of(), Map.of(), s.props()));
            }
        }
        for (String uid : diff.updated()) {
            NodeState was = base.states().get(uid);
            NodeState now = next.get(uid);
            List<String> keys = uid.equals(base.uid()) ? Placement.withoutContainment(was).changedKeys(Placement.withoutContainment(now)) : was.changedKeys(now);
            Map<String, Object> oldValues = new LinkedHashMap<>();
            Map<String, Object> newValues = new LinkedHashMap<>();
            for (String key : keys) {
                oldValues.put(key, was.props().containsKey(key) ? was.props().get(key) : was.refs().get(key));
                newValues.put(key, now.props().containsKey(key) ? now.props().get(key) : now.refs().get(key));
            }
            entries.add(new ChangeEntry(0, null, null, uid, now.id(), now.type(), now.name(), ChangeEntry.Operation.UPDATED, keys, oldValues, newValues));
        }
        for (String uid : diff.deleted()) {
            NodeState s = base.states().get(uid);
            entries.add(new ChangeEntry(0, null, null, uid, s.id(), s.type(), s.name(), ChangeEntry.Operation.DELETED, List.of(), s.props(), Map.of()));
            if (diff.created().contains(uid)) {
                NodeState n = next.get(uid);
                entries.add(new ChangeEntry(0, null, null, uid, n.id(), n.type(), n.name(), ChangeEntry.Operation.CREATED, List.of(), Map.of(), n.props()));
            }
        }
        return entries;
    }

    /**
     * {@link #save} that also requires the architecture to be still at {@code expectedRevision} (null: no such
     * requirement): when it is not, a {@link ConflictException} names the newer revision and nothing is written.
     */
    public SaveResult saveExpecting(LoadedModel base, EObject edited, WriteRequest request, Long expectedRevision) {
        if (expectedRevision == null) {
            return save(base, edited, request);
        }
        String rootUid = base.uid();
        Map<String, NodeState> next = ModelToGraph.toStates(edited, rootUid);
        ModelDiff diff = ModelDiff.between(base.states(), next, rootUid);
        List<String> warnings = WriteChecks.check(edited, rootUid, WriteChecks.touched(diff, next, base.states())).warnings();
        SaveResult saved = Transactions.write(driver, tx -> {
            long now = lockRoot(tx, rootUid);
            requireRevision(tx, rootUid, now, expectedRevision);
            if (diff.isEmpty()) {
                return new SaveResult(rootUid, now, 0, 0, 0);
            }
            SaveResult result = write(tx, base, next, diff, request, warnings);
            request.progress().progress(COMMITTING, 0, 1);
            return result;
        });
        return written(saved);
    }

    /** The changes one revision made (created, updated, deleted objects), in the order of {@link #changesSince}. */
    public List<ChangeEntry> changesIn(String rootUid, long revision) {
        return Transactions.read(driver, tx -> {
            var at = tx.run("MATCH (r:Revision {uid: $uid}) RETURN r.at AS at", Map.of("uid", rootUid + "@" + revision)).list();
            if (at.isEmpty()) {
                throw new NotFoundException("Architecture " + rootUid + " has no revision " + revision);
            }
            ZonedDateTime before = at.get(0).get("at").asZonedDateTime().minusNanos(1);
            return new ChangeHistory(tx, rootUid).since(before).stream().filter(e -> e.revision() == revision).toList();
        });
    }

    /** Whether {@code rootUid} names a deleted architecture (its history is still stored; {@link #revert} brings it back). */
    public boolean isDeleted(String rootUid) {
        return Transactions.read(driver, tx -> tx.run("MATCH (a:" + DELETED_LABEL + " {uid: $uid}) RETURN count(a) > 0 AS deleted", Map.of("uid", rootUid)).single()
                .get("deleted").asBoolean());
    }

    /**
     * Deletes an architecture as one revision of its history (kind {@code delete}): every object goes, each
     * recorded with its before-image as any deletion is, so {@link #loadAtRevision} and the history still work;
     * the root stays as a tombstone (label {@value #DELETED_LABEL}, not listed, its id not reusable). Refused,
     * listing the referrers, while other architectures refer to any of its objects; with
     * {@code expectedRevision} set, refused as a conflict when the architecture has moved on.
     */
    public SaveResult deleteArchitecture(String rootUid, Long expectedRevision, WriteRequest request) {
        LoadedModel base = load(rootUid);
        EObject empty = org.eclipse.emf.ecore.util.EcoreUtil.copy(base.root());
        org.eclipse.emf.ecore.EClass identified = vn.ndaf.metamodel.NdafMetamodel.get().eClass("Identified");
        for (org.eclipse.emf.ecore.EReference list : empty.eClass().getEAllContainments()) {
            // the objects (nodes of their own) go; the root's own values (properties, language variants, ...) stay on the tombstone
            if (list.isMany() && identified.isSuperTypeOf(list.getEReferenceType())) {
                ((List<?>) empty.eGet(list)).clear();
            }
        }
        Map<String, NodeState> next = ModelToGraph.toStates(empty, rootUid);
        ModelDiff diff = ModelDiff.between(base.states(), next, rootUid);
        SaveResult done = Transactions.write(driver, tx -> {
            long now = lockRoot(tx, rootUid);
            if (expectedRevision != null) {
                requireRevision(tx, rootUid, now, expectedRevision);
            }
            Snapshot current = GraphReads.readModel(tx, rootUid);
            List<String> nodes = current.nodes().keySet().stream().filter(u -> !current.edges().contains(u)).toList();
            List<String> relationships = current.nodes().keySet().stream().filter(current.edges()::contains).toList();
            List<String> referrers = new ArrayList<>(Referrers.of(tx, nodes, rootUid, List.of()));
            if (!relationships.isEmpty()) {
                referrers.addAll(ObjectEdits.relationshipReferrers(tx, relationships, rootUid));
            }
            if (!referrers.isEmpty()) {
                throw new ReferencedElementException("Architecture " + rootUid + " was not deleted: other architectures refer to it; remove these references first:\n  "
                        + String.join("\n  ", referrers), referrers);
            }
            SaveResult result = write(tx, base, next, diff, request.withKind("delete"), List.of());
            tx.run("MATCH (a:Architecture {uid: $uid}) REMOVE a:Architecture SET a:" + DELETED_LABEL, Map.of("uid", rootUid));
            return result;
        });
        return written(done);
    }

    /**
     * Makes a new revision (kind {@code revert}) whose model equals the model right after revision
     * {@code toRevision}: objects deleted since come back with their ids and store ids, objects created since
     * go, changed ones get their old values. Brings a deleted architecture back. With {@code expectedRevision}
     * set, refused as a conflict when the architecture has moved on.
     */
    public SaveResult revert(String rootUid, long toRevision, Long expectedRevision, WriteRequest request) {
        LoadedModel base = loadEvenIfDeleted(rootUid);
        LoadedModel past = loadAtRevision(rootUid, toRevision);
        Map<String, NodeState> next = ModelToGraph.toStates(past.root(), rootUid);
        ModelDiff diff = ModelDiff.between(base.states(), next, rootUid);
        SaveResult done = Transactions.write(driver, tx -> {
            long now = lockRoot(tx, rootUid);
            if (expectedRevision != null) {
                requireRevision(tx, rootUid, now, expectedRevision);
            }
            boolean deleted = tx.run("MATCH (a:" + DELETED_LABEL + " {uid: $uid}) RETURN count(a) > 0 AS d", Map.of("uid", rootUid)).single().get("d").asBoolean();
            if (diff.isEmpty() && !deleted) {
                return new SaveResult(rootUid, now, 0, 0, 0);
            }
            if (diff.isEmpty()) {
                GraphWrites.createRevision(tx, rootUid, now + 1, request.withKind("revert"), 0, 0, 0);
                tx.run("MATCH (a:Identified {uid: $uid}) SET a.revision = $rev", Map.of("uid", rootUid, "rev", now + 1));
            }
            SaveResult result = diff.isEmpty() ? new SaveResult(rootUid, now + 1, 0, 0, 0) : write(tx, base, next, diff, request.withKind("revert"), List.of());
            if (deleted) {
                tx.run("MATCH (a:" + DELETED_LABEL + " {uid: $uid}) REMOVE a:" + DELETED_LABEL + " SET a:Architecture", Map.of("uid", rootUid));
            }
            request.progress().progress(COMMITTING, 0, 1);
            return result;
        });
        return written(done);
    }

    /** {@link #load}, also of a deleted architecture (the tombstone: a root without objects). */
    private LoadedModel loadEvenIfDeleted(String rootUid) {
        return Transactions.read(driver, tx -> {
            Snapshot snapshot = GraphReads.readModel(tx, rootUid);
            if (!snapshot.nodes().containsKey(rootUid)) {
                throw new NotFoundException("No architecture with id " + rootUid + " is stored");
            }
            Map<String, NodeState> states = snapshot.states();
            return new LoadedModel(rootUid, GraphToModel.toModel(rootUid, states, snapshot.foreign()), revisionOf(tx, rootUid), states, snapshot.versions());
        });
    }

    /** Takes the root's write lock (serialising the writers of one architecture) and returns its revision. */
    private static long lockRoot(TransactionContext tx, String rootUid) {
        var rows = tx.run("MATCH (a:Identified {uid: $uid}) SET a.revision = coalesce(a.revision, 0) RETURN a.revision AS rev", Map.of("uid", rootUid)).list();
        if (rows.isEmpty()) {
            throw new NotFoundException("No architecture with id " + rootUid + " is stored");
        }
        return rows.get(0).get("rev").asLong();
    }

    private static void requireRevision(TransactionContext tx, String rootUid, long current, long expected) {
        if (current != expected) {
            throw new ConflictException("Architecture " + rootUid + " is at " + GraphReads.describeRevision(tx, rootUid, current) + ", not at revision " + expected
                    + " as expected" + (current > expected ? "; revision " + current + " is newer" : "") + ". Nothing was written; export it again and apply your change to it.");
        }
    }

    /** The revision in which an architecture was deleted (its last: nothing but a revert writes to a tombstone), or null when it is not deleted. */
    private static Long deletedIn(TransactionContext tx, String rootUid) {
        var rows = tx.run("MATCH (a:" + DELETED_LABEL + " {uid: $uid}) RETURN a.revision AS rev", Map.of("uid", rootUid)).list();
        return rows.isEmpty() ? null : rows.get(0).get("rev").asLong();
    }
}
