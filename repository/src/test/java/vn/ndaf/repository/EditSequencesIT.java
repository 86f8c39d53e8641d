package vn.ndaf.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;

import vn.ndaf.metamodel.ModelDifferences;
import vn.ndaf.metamodel.Models;
import vn.ndaf.repository.ModelEditor.Ref;

/**
 * Model-based: random sequences of every edit the repository offers (whole-model saves of a loaded base,
 * single-object edits, creation) on an architecture that uses another architecture's elements, applied to
 * the store and to an independent EMF copy kept by the test. After every step the stored architecture
 * equals the copy, its history replays to it, and each past revision loads as the copy was then. See
 * docs/graph-model.md ("What the model-based tests check") for the invariants and how to rerun a seed.
 */
@AddLifecycleHook(MbtSettings.class)
class EditSequencesIT {

    private static final ArchitectureRepository REPOSITORY = new ArchitectureRepository(TestStore.get().driver());
    private static final ObjectEdits EDITS = new ObjectEdits(TestStore.get().driver());
    private static final ObjectQueries QUERIES = new ObjectQueries(TestStore.get().driver());

    /**
     * Kinds of step left out, comma-separated ({@code -Dndaf.mbt.skip=RETYPE_ELEMENT}): to look past a known
     * failure for the next one. Never set in the build.
     */
    static final List<String> SKIPPED = List.of(System.getProperty("ndaf.mbt.skip", "").split(","));

    /** Every kind of step; each says through which repository operation it goes. */
    enum Kind {
        // whole-model saves of the architecture under test (ArchitectureRepository.save from a loaded base)
        ADD_ELEMENT, UPDATE_ELEMENT, RETYPE_ELEMENT, REORDER, DELETE_ELEMENT, ADD_RELATIONSHIP, ADD_CROSS_ARCHITECTURE_RELATIONSHIP,
        RECONNECT_RELATIONSHIP, RETYPE_RELATIONSHIP, DELETE_RELATIONSHIP, ADD_VIEW, RENAME_VIEW, DELETE_VIEW, ADD_NODE, MOVE_NODE, RESIZE_NODE,
        DELETE_NODE, ADD_CONNECTION, DELETE_CONNECTION, ADD_FOLDER, FILE_INTO_FOLDER, TAKE_OUT_OF_FOLDER, EDIT_ROOT,
        // single-object edits (ObjectEdits)
        SET_ATTRIBUTES, SET_ROOT_ATTRIBUTES, SET_ATTRIBUTES_STALE, DELETE_CONCEPT,
        // a national attribute with an invariant (security level 0..5), valid or not, by save or by ObjectEdits
        SET_SECURITY_LEVEL,
        // the other architecture, whose elements the first one uses
        FOREIGN_ADD_ELEMENT, FOREIGN_DELETE_BY_SAVE, FOREIGN_DELETE_CONCEPT,
        // two writers from one base, one after the other
        STALE_SAVE_SAME_OBJECT, STALE_SAVE_OTHER_OBJECT, TWO_ADDS_FROM_ONE_BASE, STALE_SAVE_AFTER_A_DELETE, STALE_DELETE_AFTER_A_NEW_RELATIONSHIP
    }

    /** One abstract step: its kind and three numbers that pick targets and values among what exists when it runs. */
    record Step(Kind kind, int a, int b, int c) {
        @Override
        public String toString() {
            return kind + "(" + a + "," + b + "," + c + ")";
        }
    }

    @Provide
    Arbitrary<List<Step>> sequences() {
        Arbitrary<Integer> n = Arbitraries.integers().between(0, 999);
        return Combinators.combine(Arbitraries.of(Kind.class), n, n, n).as(Step::new).list().ofMinSize(1).ofMaxSize(8);
    }

    @Property(tries = 150)
    void everyEditSequence_KeepsStoreHistoryAndPastRevisionsEqualToTheModel(@ForAll("sequences") List<Step> steps) {
        new Run().execute(steps);
    }

    /** A stored architecture, the test's own copy of what it must be, and that copy after each revision. */
    static final class Tracked {
        final String uid;
        EObject expected;
        final List<EObject> revisions = new ArrayList<>();

        Tracked(String uid, EObject expected) {
            this.uid = uid;
            this.expected = expected;
            revisions.add(null);
            revisions.add(EcoreUtil.copy(expected));
        }

        long revision() {
            return revisions.size() - 1;
        }

        void acknowledged(long storedRevision, String what) {
            assertThat(storedRevision).as("revision of " + what).isEqualTo(revisions.size());
            revisions.add(EcoreUtil.copy(expected));
        }
    }

    /** One sequence against fresh architectures. */
    static final class Run {
        private final List<String> log = new ArrayList<>();
        private Tracked a;
        private Tracked b;
        private int counter;

        void execute(List<Step> steps) {
            try {
                setUp();
                check(a, 0);
                check(b, 0);
                for (Step step : steps) {
                    long revisionsBefore = a.revision() + b.revision();
                    boolean national = step.kind().name().startsWith("FOREIGN_");
                    String done = apply(step);
                    log.add(step + " -> " + done);
                    if (done != null) {
                        // the architecture the step wrote or tried to write; the other one too if its revision moved
                        check(national ? b : a, step.c());
                        if (a.revision() + b.revision() != revisionsBefore && !national) {
                            check(b, step.c());
                        }
                    }
                }
                for (Tracked t : List.of(a, b)) {
                    check(t, 0);
                    for (int k = 1; k <= t.revision(); k++) {
                        same(t.revisions.get(k), REPOSITORY.loadAtRevision(t.uid, k).root(), "loadAtRevision(" + t.uid + ", " + k + ")");
                    }
                }
            } catch (Throwable e) {
                throw new AssertionError("after the steps\n  " + String.join("\n  ", log) + "\n" + e.getMessage(), e);
            }
        }

        private String next(String prefix) {
            return prefix + "-" + (++counter);
        }

        private void setUp() {
            EObject national = Models.architecture("national", "Kiến trúc quốc gia (thử)");
            Models.set(national, "bodyCode", "BKHCN");
            Models.element(national, "SharedPlatform", "b0", "Nền tảng tích hợp, chia sẻ dữ liệu quốc gia");
            Models.element(national, "Database", "b1", "Cơ sở dữ liệu quốc gia về dân cư");
            EObject nationalCopy = EcoreUtil.copy(national);
            String bUid = REPOSITORY.create(national, WriteRequest.by("mbt", "create national")).uid();
            b = new Tracked(bUid, nationalCopy);

            String aUid = ArchitectureRepository.newArchitectureId();
            EObject province = Models.architecture(aUid, "Kiến trúc tỉnh (thử)");
            Models.set(province, "bodyCode", "01");
            for (int i = 0; i < 4; i++) {
                ModelEditor.addElement(province, ModelEditor.ELEMENT_TYPES.get(i * 3), "e" + i, "Phần tử " + i);
            }
            ModelEditor.addRelationship(province, "r0", Ref.local("e0"), Ref.local("e1"));
            ModelEditor.addRelationship(province, "x0", Ref.foreign(bUid, "b0", "SharedPlatform"), Ref.local("e3"));
            ModelEditor.addView(province, "v0", "Tổng quan");
            ModelEditor.addNode(province, "v0", "n0", Ref.local("e0"), 10, 10);
            ModelEditor.addNode(province, "v0", "n1", Ref.local("e1"), 200, 10);
            ModelEditor.addConnection(province, "v0", "c0", "n0", "n1", "r0");
            ModelEditor.addFolder(province, null, "f0", "Ứng dụng");
            ModelEditor.file(province, "f0", "e2");
            EObject provinceCopy = EcoreUtil.copy(province);
            assertThat(REPOSITORY.createAs(aUid, province, WriteRequest.by("mbt", "create province")).revision()).isEqualTo(1);
            a = new Tracked(aUid, provinceCopy);
            log.add("created " + aUid + " using " + bUid);
        }

        private static <T> T pick(List<T> list, int i) {
            return list.isEmpty() ? null : list.get(i % list.size());
        }

        private List<String> elements() {
            return ModelEditor.ids(a.expected, "Element");
        }

        /** Runs one step; returns what it did, or null when nothing in the model fits it. */
        private String apply(Step s) {
            if (SKIPPED.contains(s.kind().name())) {
                return null;
            }
            EObject m = a.expected;
            switch (s.kind()) {
                case ADD_ELEMENT: {
                    String id = next("e");
                    String type = pick(ModelEditor.ELEMENT_TYPES, s.a());
                    return save(a, "add " + type + " " + id, r -> ModelEditor.addElement(r, type, id, "Phần tử mới " + id));
                }
                case UPDATE_ELEMENT: {
                    String id = pick(elements(), s.a());
                    if (id == null) {
                        return null;
                    }
                    String value = next("giá trị ");
                    switch (s.b() % 4) {
                        case 0:
                            return save(a, "rename " + id, r -> ModelEditor.set(r, id, "name", value));
                        case 1:
                            return save(a, "document " + id, r -> ModelEditor.set(r, id, "documentation", value));
                        case 2: {
                            String layer = otherLayer(m, id, s.c());
                            return save(a, "layer " + layer + " on " + id, r -> ModelEditor.set(r, id, "nationalLayer", layer));
                        }
                        default:
                            return save(a, "property on " + id, r -> ModelEditor.addProperty(r, id, "owner", value));
                    }
                }
                case RETYPE_ELEMENT: {
                    String id = pick(elements(), s.a());
                    if (id == null) {
                        return null;
                    }
                    String current = ModelEditor.classOf(m, id).getName();
                    List<String> others = ModelEditor.ELEMENT_TYPES.stream().filter(t -> !t.equals(current)).toList();
                    String type = pick(others, s.b());
                    return save(a, "retype " + id + " " + current + " -> " + type, r -> ModelEditor.retype(r, id, type));
                }
                case REORDER: {
                    List<String> list = switch (s.c() % 3) {
                        case 0 -> ModelEditor.ids(m, "Element");
                        case 1 -> ModelEditor.ids(m, "Relationship");
                        default -> ModelEditor.ids(m, "View");
                    };
                    if (list.size() < 2) {
                        return null;
                    }
                    String id = pick(list, s.a());
                    int from = list.indexOf(id);
                    int to = s.b() % list.size() == from ? (from + 1) % list.size() : s.b() % list.size();
                    return save(a, "move " + id + " from " + from + " to " + to, r -> ModelEditor.reorder(r, id, to));
                }
                case DELETE_ELEMENT: {
                    String id = pick(elements(), s.a());
                    if (id == null) {
                        return null;
                    }
                    return save(a, "delete " + id + " with what shows or connects it", r -> ModelEditor.deleteCascade(r, List.of(id)));
                }
                case ADD_RELATIONSHIP: {
                    String source = pick(elements(), s.a());
                    List<String> relationships = ModelEditor.ids(m, "Relationship");
                    String target = s.c() % 4 == 0 && !relationships.isEmpty() ? pick(relationships, s.b()) : pick(elements(), s.b());
                    if (source == null || target == null) {
                        return null;
                    }
                    String id = next("r");
                    return save(a, "relate " + source + " -> " + target + " as " + id,
                            r -> ModelEditor.addRelationship(r, id, Ref.local(source), Ref.local(target)));
                }
                case ADD_CROSS_ARCHITECTURE_RELATIONSHIP: {
                    String foreign = pick(ModelEditor.ids(b.expected, "Element"), s.a());
                    String target = pick(elements(), s.b());
                    if (foreign == null || target == null) {
                        return null;
                    }
                    String type = ModelEditor.classOf(b.expected, foreign).getName();
                    String id = next("x");
                    return save(a, "relate " + b.uid + "/" + foreign + " -> " + target + " as " + id,
                            r -> ModelEditor.addRelationship(r, id, Ref.foreign(b.uid, foreign, type), Ref.local(target)));
                }
                case RECONNECT_RELATIONSHIP: {
                    List<String> shown = shownRelationships(m);
                    List<String> free = ModelEditor.ids(m, "Relationship").stream().filter(r -> !shown.contains(r)).toList();
                    String id = pick(free, s.a());
                    if (id == null) {
                        return null;
                    }
                    boolean source = s.c() % 2 == 0;
                    EObject current = (EObject) Models.get(ModelEditor.require(m, id), source ? "source" : "target");
                    String end = pick(elements().stream().filter(e -> current.eIsProxy() || !e.equals(Models.id(current))).toList(), s.b());
                    if (end == null) {
                        return null;
                    }
                    return save(a, "reconnect " + (source ? "source" : "target") + " of " + id + " to " + end,
                            r -> ModelEditor.reconnect(r, id, source, Ref.local(end)));
                }
                case RETYPE_RELATIONSHIP: {
                    String id = pick(ModelEditor.ids(m, "Relationship"), s.a());
                    if (id == null) {
                        return null;
                    }
                    String current = ModelEditor.classOf(m, id).getName();
                    String type = current.equals("AssociationRelationship") ? "InfluenceRelationship" : "AssociationRelationship";
                    return save(a, "retype " + id + " " + current + " -> " + type, r -> ModelEditor.retype(r, id, type));
                }
                case DELETE_RELATIONSHIP: {
                    String id = pick(ModelEditor.ids(m, "Relationship"), s.a());
                    if (id == null) {
                        return null;
                    }
                    return save(a, "delete " + id + " with its connections", r -> ModelEditor.deleteCascade(r, List.of(id)));
                }
                case ADD_VIEW: {
                    String id = next("v");
                    return save(a, "add view " + id, r -> ModelEditor.addView(r, id, "Góc nhìn " + id));
                }
                case RENAME_VIEW: {
                    String id = pick(ModelEditor.ids(m, "View"), s.a());
                    if (id == null) {
                        return null;
                    }
                    String name = next("Góc nhìn ");
                    return save(a, "rename view " + id, r -> ModelEditor.set(r, id, "name", name));
                }
                case DELETE_VIEW: {
                    String id = pick(ModelEditor.ids(m, "View"), s.a());
                    if (id == null) {
                        return null;
                    }
                    return save(a, "delete view " + id, r -> ModelEditor.deleteCascade(r, List.of(id)));
                }
                case ADD_NODE: {
                    List<String> views = ModelEditor.ids(m, "View");
                    List<String> nodes = ModelEditor.ids(m, "ElementNode");
                    String parent = s.b() % 3 == 0 && !nodes.isEmpty() ? pick(nodes, s.b()) : pick(views, s.b());
                    if (parent == null) {
                        return null;
                    }
                    Ref element;
                    if (s.c() % 4 == 0) {
                        String foreign = pick(ModelEditor.ids(b.expected, "Element"), s.a());
                        element = foreign == null ? null : Ref.foreign(b.uid, foreign, ModelEditor.classOf(b.expected, foreign).getName());
                    } else {
                        String local = pick(elements(), s.a());
                        element = local == null ? null : Ref.local(local);
                    }
                    if (element == null) {
                        return null;
                    }
                    String id = next("n");
                    return save(a, "show " + (element.isForeign() ? element.foreignArch() + "/" : "") + element.id() + " as " + id + " in " + parent,
                            r -> ModelEditor.addNode(r, parent, id, element, s.a() % 500, s.c() % 400));
                }
                case MOVE_NODE: {
                    String id = pick(ModelEditor.ids(m, "ElementNode"), s.a());
                    if (id == null) {
                        return null;
                    }
                    EObject node = ModelEditor.require(m, id);
                    List<String> places = new ArrayList<>();
                    EObject view = viewOf(node);
                    boolean connected = hasConnections(node);
                    for (String candidate : ModelEditor.ids(m, "View")) {
                        if (!connected || candidate.equals(Models.id(view))) {
                            places.add(candidate);
                        }
                    }
                    for (String candidate : ModelEditor.ids(m, "ElementNode")) {
                        EObject other = ModelEditor.require(m, candidate);
                        if (other != node && !EcoreUtil.isAncestor(node, other) && (!connected || viewOf(other) == view)) {
                            places.add(candidate);
                        }
                    }
                    places.remove(Models.id(node.eContainer()));
                    String parent = pick(places, s.b());
                    if (parent == null) {
                        return null;
                    }
                    return save(a, "move node " + id + " into " + parent, r -> ModelEditor.moveNode(r, id, parent));
                }
                case RESIZE_NODE: {
                    String id = pick(ModelEditor.ids(m, "ElementNode"), s.a());
                    if (id == null) {
                        return null;
                    }
                    return save(a, "resize " + id, r -> ModelEditor.setBounds(r, id, s.b() % 600, s.c() % 600, 80 + s.a() % 100, 40 + s.b() % 60));
                }
                case DELETE_NODE: {
                    String id = pick(ModelEditor.ids(m, "ElementNode"), s.a());
                    if (id == null) {
                        return null;
                    }
                    return save(a, "delete node " + id + " with its connections", r -> ModelEditor.deleteCascade(r, List.of(id)));
                }
                case ADD_CONNECTION:
                    return addConnection(s);
                case DELETE_CONNECTION: {
                    String id = pick(ModelEditor.ids(m, "Connection"), s.a());
                    if (id == null) {
                        return null;
                    }
                    return save(a, "delete connection " + id, r -> ModelEditor.deleteCascade(r, List.of(id)));
                }
                case ADD_FOLDER: {
                    List<String> folders = ModelEditor.ids(m, "Folder");
                    String parent = s.b() % 2 == 0 ? null : pick(folders, s.b());
                    String id = next("f");
                    return save(a, "add folder " + id + " in " + (parent == null ? "the architecture" : parent),
                            r -> ModelEditor.addFolder(r, parent, id, "Thư mục " + id));
                }
                case FILE_INTO_FOLDER: {
                    List<String> members = switch (s.c() % 3) {
                        case 0 -> ModelEditor.ids(m, "Element");
                        case 1 -> ModelEditor.ids(m, "Relationship");
                        default -> ModelEditor.ids(m, "View");
                    };
                    String member = pick(members, s.a());
                    if (member == null) {
                        return null;
                    }
                    String current = ModelEditor.folderOf(m, member);
                    List<String> folders = ModelEditor.ids(m, "Folder").stream().filter(f -> !f.equals(current)).toList();
                    String folder = pick(folders, s.b());
                    if (folder == null) {
                        return null;
                    }
                    return save(a, "file " + member + " into " + folder + (current == null ? "" : " out of " + current),
                            r -> ModelEditor.file(r, folder, member));
                }
                case TAKE_OUT_OF_FOLDER: {
                    List<String> filed = new ArrayList<>();
                    for (String f : ModelEditor.ids(m, "Folder")) {
                        Models.<EObject>list(ModelEditor.require(m, f), "members").forEach(o -> filed.add(Models.id(o)));
                    }
                    String member = pick(filed, s.a());
                    if (member == null) {
                        return null;
                    }
                    return save(a, "take " + member + " out of its folder", r -> ModelEditor.unfile(r, member));
                }
                case EDIT_ROOT: {
                    String value = next("Kiến trúc tỉnh ");
                    String feature = List.of("name", "purpose", "documentation").get(s.b() % 3);
                    return save(a, "set the architecture's " + feature, r -> ModelEditor.set(r, Models.id(r), feature, value));
                }
                case SET_ATTRIBUTES:
                    return setAttributes(s);
                case SET_SECURITY_LEVEL:
                    return setSecurityLevel(s);
                case SET_ROOT_ATTRIBUTES: {
                    String feature = s.b() % 2 == 0 ? "name" : "purpose";
                    String value = next("Tên kiến trúc ");
                    return objectEdit(a, "setAttributes on the root: " + feature, a.uid, Map.of(feature, value),
                            r -> ModelEditor.set(r, a.uid, feature, value));
                }
                case SET_ATTRIBUTES_STALE: {
                    String id = pick(elements(), s.a());
                    if (id == null) {
                        return null;
                    }
                    long version = QUERIES.find(a.uid, id).orElseThrow().version();
                    long stale = version > 1 && s.b() % 2 == 0 ? version - 1 : version + 1 + s.b() % 3;
                    long before = a.revision();
                    assertThatThrownBy(() -> EDITS.setAttributes(a.uid, id, stale, Map.of("name", "never stored"), WriteRequest.by("mbt", "stale")))
                            .isInstanceOf(ConflictException.class);
                    assertThat(a.revision()).isEqualTo(before);
                    return "setAttributes on " + id + " at version " + stale + " (stored: " + version + ") refused";
                }
                case DELETE_CONCEPT: {
                    List<String> concepts = s.b() % 2 == 0 ? elements() : ModelEditor.ids(m, "Relationship");
                    String id = pick(concepts, s.a());
                    if (id == null) {
                        return null;
                    }
                    long version = QUERIES.find(a.uid, id).orElseThrow().version();
                    List<String> referrers = ModelEditor.referrers(m, id);
                    if (!referrers.isEmpty()) {
                        assertThatThrownBy(() -> EDITS.deleteConcept(a.uid, id, version, WriteRequest.by("mbt", "delete " + id)))
                                .isInstanceOf(ReferencedElementException.class);
                        return "deleteConcept " + id + " refused: referred to by " + referrers;
                    }
                    EDITS.deleteConcept(a.uid, id, version, WriteRequest.by("mbt", "delete " + id));
                    ModelEditor.deleteCascade(a.expected, List.of(id));
                    a.acknowledged(REPOSITORY.load(a.uid).revision(), "deleteConcept " + id);
                    return "deleteConcept " + id;
                }
                case FOREIGN_ADD_ELEMENT: {
                    String id = next("b");
                    String type = pick(ModelEditor.ELEMENT_TYPES, s.a());
                    return save(b, "add " + type + " " + id + " to " + b.uid, r -> ModelEditor.addElement(r, type, id, "Nền tảng " + id));
                }
                case FOREIGN_DELETE_BY_SAVE: {
                    String id = pick(ModelEditor.ids(b.expected, "Element"), s.a());
                    if (id == null) {
                        return null;
                    }
                    if (ModelEditor.refersTo(a.expected, b.uid, id)) {
                        LoadedModel base = REPOSITORY.load(b.uid);
                        ModelEditor.deleteCascade(base.root(), List.of(id));
                        assertThatThrownBy(() -> REPOSITORY.save(base, base.root(), WriteRequest.by("mbt", "delete used " + id)))
                                .isInstanceOf(ReferencedElementException.class).hasMessageContaining(a.uid + "/");
                        return "delete " + b.uid + "/" + id + " by save refused: " + a.uid + " uses it";
                    }
                    return save(b, "delete " + b.uid + "/" + id, r -> ModelEditor.deleteCascade(r, List.of(id)));
                }
                case FOREIGN_DELETE_CONCEPT: {
                    String id = pick(ModelEditor.ids(b.expected, "Element"), s.a());
                    if (id == null) {
                        return null;
                    }
                    long version = QUERIES.find(b.uid, id).orElseThrow().version();
                    if (ModelEditor.refersTo(a.expected, b.uid, id)) {
                        assertThatThrownBy(() -> EDITS.deleteConcept(b.uid, id, version, WriteRequest.by("mbt", "delete used " + id)))
                                .isInstanceOf(ReferencedElementException.class).hasMessageContaining(a.uid + "/");
                        return "deleteConcept " + b.uid + "/" + id + " refused: " + a.uid + " uses it";
                    }
                    EDITS.deleteConcept(b.uid, id, version, WriteRequest.by("mbt", "delete " + id));
                    ModelEditor.deleteCascade(b.expected, List.of(id));
                    b.acknowledged(REPOSITORY.load(b.uid).revision(), "deleteConcept " + id);
                    return "deleteConcept " + b.uid + "/" + id;
                }
                case STALE_SAVE_SAME_OBJECT: {
                    String id = pick(elements(), s.a());
                    if (id == null) {
                        return null;
                    }
                    LoadedModel first = REPOSITORY.load(a.uid);
                    LoadedModel second = REPOSITORY.load(a.uid);
                    String name = next("tên của người thứ nhất ");
                    saveFrom(a, first, "first writer renames " + id, r -> ModelEditor.set(r, id, "name", name));
                    ModelEditor.set(second.root(), id, "name", "never stored");
                    assertThatThrownBy(() -> REPOSITORY.save(second, second.root(), WriteRequest.by("mbt", "second writer")))
                            .isInstanceOf(ConflictException.class);
                    return "two renames of " + id + " from one base: the second refused";
                }
                case STALE_SAVE_OTHER_OBJECT: {
                    List<String> elements = elements();
                    if (elements.size() < 2) {
                        return null;
                    }
                    String one = pick(elements, s.a());
                    String other = pick(elements.stream().filter(e -> !e.equals(one)).toList(), s.b());
                    LoadedModel first = REPOSITORY.load(a.uid);
                    LoadedModel second = REPOSITORY.load(a.uid);
                    String v1 = next("tài liệu ");
                    String v2 = next("tài liệu ");
                    saveFrom(a, first, "first writer documents " + one, r -> ModelEditor.set(r, one, "documentation", v1));
                    saveFrom(a, second, "second writer documents " + other, r -> ModelEditor.set(r, other, "documentation", v2));
                    return "edits of " + one + " and " + other + " from one base: both stored";
                }
                case TWO_ADDS_FROM_ONE_BASE: {
                    LoadedModel first = REPOSITORY.load(a.uid);
                    LoadedModel second = REPOSITORY.load(a.uid);
                    String x = next("e");
                    String y = next("e");
                    String type = pick(ModelEditor.ELEMENT_TYPES, s.a());
                    saveFrom(a, first, "first writer adds " + x, r -> ModelEditor.addElement(r, type, x, "Thêm " + x));
                    ModelEditor.addElement(second.root(), type, y, "Thêm " + y);
                    try {
                        SaveResult saved = REPOSITORY.save(second, second.root(), WriteRequest.by("mbt", "second writer adds " + y));
                        // what is stored keeps its place, and the later addition comes after it (docs/graph-model.md, Positions)
                        ModelEditor.addElement(a.expected, type, y, "Thêm " + y);
                        a.acknowledged(saved.revision(), "second writer adds " + y);
                        return "two adds from one base: both stored";
                    } catch (ConflictException refused) {
                        return "two adds from one base: the second refused";
                    }
                }
                case STALE_SAVE_AFTER_A_DELETE: {
                    List<String> elements = elements();
                    if (elements.size() < 2) {
                        return null;
                    }
                    String gone = pick(elements, s.a());
                    String other = pick(elements.stream().filter(e -> !e.equals(gone)).toList(), s.b());
                    LoadedModel first = REPOSITORY.load(a.uid);
                    LoadedModel second = REPOSITORY.load(a.uid);
                    saveFrom(a, first, "first writer deletes " + gone, r -> ModelEditor.deleteCascade(r, List.of(gone)));
                    if (ModelEditor.find(a.expected, other) == null) {
                        return "first writer deleted " + gone + " and with it " + other;
                    }
                    String name = next("tên ");
                    ModelEditor.set(second.root(), other, "name", name);
                    try {
                        SaveResult saved = REPOSITORY.save(second, second.root(), WriteRequest.by("mbt", "second writer renames " + other));
                        ModelEditor.set(a.expected, other, "name", name);
                        a.acknowledged(saved.revision(), "second writer renames " + other);
                        return "rename of " + other + " from a base that still had " + gone + ": stored";
                    } catch (ConflictException refused) {
                        return "rename of " + other + " from a base that still had " + gone + ": refused";
                    }
                }
                case STALE_DELETE_AFTER_A_NEW_RELATIONSHIP: {
                    List<String> elements = elements();
                    if (elements.size() < 2) {
                        return null;
                    }
                    String doomed = pick(elements, s.a());
                    String other = pick(elements.stream().filter(e -> !e.equals(doomed)).toList(), s.b());
                    LoadedModel first = REPOSITORY.load(a.uid);
                    LoadedModel second = REPOSITORY.load(a.uid);
                    String id = next("r");
                    saveFrom(a, first, "first writer relates " + doomed + " -> " + other, r -> ModelEditor.addRelationship(r, id, Ref.local(doomed), Ref.local(other)));
                    ModelEditor.deleteCascade(second.root(), List.of(doomed));
                    try {
                        SaveResult saved = REPOSITORY.save(second, second.root(), WriteRequest.by("mbt", "second writer deletes " + doomed));
                        // stored: then the relationship it never saw goes with it, and the history says so (checked next)
                        ModelEditor.deleteCascade(a.expected, List.of(doomed));
                        a.acknowledged(saved.revision(), "second writer deletes " + doomed);
                        return "delete of " + doomed + " from a base without " + id + ": stored";
                    } catch (ConflictException refused) {
                        return "delete of " + doomed + " from a base without " + id + ": refused";
                    }
                }
                default:
                    throw new IllegalStateException(s.kind().toString());
            }
        }

        private String addConnection(Step s) {
            EObject m = a.expected;
            String view = pick(ModelEditor.ids(m, "View"), s.a());
            if (view == null) {
                return null;
            }
            List<String> nodes = new ArrayList<>();
            ModelEditor.require(m, view).eAllContents().forEachRemaining(o -> {
                if (Models.isA(o, "ElementNode")) {
                    nodes.add(Models.id(o));
                }
            });
            if (nodes.size() < 2) {
                return null;
            }
            String source = pick(nodes, s.b());
            String target = pick(nodes.stream().filter(n -> !n.equals(source)).toList(), s.c());
            Ref from = shown(m, source);
            Ref to = shown(m, target);
            if (from.isForeign() && to.isForeign()) {
                return null;
            }
            String existing = null;
            for (String r : ModelEditor.ids(m, "Relationship")) {
                EObject rel = ModelEditor.require(m, r);
                if (matches((EObject) Models.get(rel, "source"), from) && matches((EObject) Models.get(rel, "target"), to)) {
                    existing = r;
                    break;
                }
            }
            String relationship = existing == null ? next("r") : existing;
            boolean create = existing == null;
            String id = next("c");
            return save(a, "connect " + source + " -> " + target + " in " + view + " as " + id + (create ? " drawing new " : " showing ") + relationship, r -> {
                if (create) {
                    ModelEditor.addRelationship(r, relationship, from, to);
                }
                ModelEditor.addConnection(r, view, id, source, target, relationship);
            });
        }

        private String setAttributes(Step s) {
            EObject m = a.expected;
            List<String> targets = switch (s.b() % 5) {
                case 0 -> ModelEditor.ids(m, "Element");
                case 1 -> ModelEditor.ids(m, "Relationship");
                case 2 -> ModelEditor.ids(m, "View");
                case 3 -> ModelEditor.ids(m, "ElementNode");
                default -> ModelEditor.ids(m, "Folder");
            };
            String id = pick(targets, s.a());
            if (id == null) {
                return null;
            }
            String feature;
            String value;
            if (s.b() % 5 == 0 && s.c() % 3 == 2) {
                feature = "nationalLayer";
                value = otherLayer(m, id, s.c());
            } else {
                feature = s.c() % 2 == 0 ? "name" : "documentation";
                value = next("giá trị ");
            }
            return objectEdit(a, "setAttributes " + feature + " on " + id, id, Map.of(feature, value), r -> ModelEditor.set(r, id, feature, value));
        }

        private String setSecurityLevel(Step s) {
            String id = pick(ModelEditor.ids(a.expected, "InformationSystem"), s.a());
            if (id == null) {
                return null;
            }
            EObject system = ModelEditor.require(a.expected, id);
            int level = s.c() % 10;
            // an unset level reads as the metamodel's default (0), so setting that is no change and no revision
            if (Integer.valueOf(level).equals(Models.get(system, "securityLevel"))) {
                return null;
            }
            boolean bySave = s.b() % 2 == 0;
            String what = "security level " + level + " on " + id + (bySave ? " by save" : " by setAttributes");
            if (level <= 5) {
                return bySave ? save(a, what, r -> ModelEditor.set(r, id, "securityLevel", level))
                        : objectEdit(a, what, id, Map.of("securityLevel", Integer.toString(level)), r -> ModelEditor.set(r, id, "securityLevel", level));
            }
            if (bySave) {
                LoadedModel base = REPOSITORY.load(a.uid);
                ModelEditor.set(base.root(), id, "securityLevel", level);
                assertThatThrownBy(() -> REPOSITORY.save(base, base.root(), WriteRequest.by("mbt", what))).isInstanceOf(InvalidModelException.class)
                        .hasMessageContaining(id).hasMessageContaining(String.valueOf(level));
            } else {
                long version = QUERIES.find(a.uid, id).orElseThrow().version();
                assertThatThrownBy(() -> EDITS.setAttributes(a.uid, id, version, Map.of("securityLevel", Integer.toString(level)), WriteRequest.by("mbt", what)))
                        .isInstanceOf(InvalidModelException.class).hasMessageContaining(id).hasMessageContaining(String.valueOf(level));
            }
            return what + " refused";
        }

        private static String otherLayer(EObject m, String id, int choice) {
            // an unset layer reads as the metamodel's default, so setting that default is no change and no revision
            Object current = Models.string(ModelEditor.require(m, id), "nationalLayer");
            List<String> others = ModelEditor.LAYERS.stream().filter(l -> !l.equals(current)).toList();
            return pick(others, choice);
        }

        /** What diagram node {@code node} shows, as a reference. */
        private static Ref shown(EObject m, String node) {
            EObject element = (EObject) Models.get(ModelEditor.require(m, node), "element");
            if (element.eIsProxy()) {
                var uri = ((InternalEObject) element).eProxyURI();
                return Ref.foreign(uri.trimFragment().lastSegment(), uri.fragment(), element.eClass().getName());
            }
            return Ref.local(Models.id(element));
        }

        private static boolean matches(EObject end, Ref ref) {
            if (end.eIsProxy()) {
                return ref.isForeign() && ((InternalEObject) end).eProxyURI().toString().equals("ndaf:/graph/" + ref.foreignArch() + "#" + ref.id());
            }
            return !ref.isForeign() && Models.id(end).equals(ref.id());
        }

        private static EObject viewOf(EObject node) {
            EObject o = node;
            while (!Models.isA(o, "View")) {
                o = o.eContainer();
            }
            return o;
        }

        /** Whether a connection is attached to the node or to a node inside it. */
        private static boolean hasConnections(EObject node) {
            List<EObject> inside = new ArrayList<>();
            inside.add(node);
            node.eAllContents().forEachRemaining(inside::add);
            for (TreeIterator<EObject> it = viewOf(node).eAllContents(); it.hasNext();) {
                EObject o = it.next();
                if (Models.isA(o, "Connection") && (inside.contains(Models.get(o, "source")) || inside.contains(Models.get(o, "target")))) {
                    return true;
                }
            }
            return false;
        }

        private static List<String> shownRelationships(EObject m) {
            List<String> shown = new ArrayList<>();
            for (String c : ModelEditor.ids(m, "Connection")) {
                Object r = Models.get(ModelEditor.require(m, c), "relationship");
                if (r != null) {
                    shown.add(Models.id((EObject) r));
                }
            }
            return shown;
        }

        /** Loads {@code t}, edits the loaded model, saves it; applies the same edit to the expected copy. */
        private String save(Tracked t, String what, Consumer<EObject> edit) {
            saveFrom(t, REPOSITORY.load(t.uid), what, edit);
            return what;
        }

        private void saveFrom(Tracked t, LoadedModel base, String what, Consumer<EObject> edit) {
            edit.accept(base.root());
            SaveResult saved = REPOSITORY.save(base, base.root(), WriteRequest.by("mbt", what));
            edit.accept(t.expected);
            t.acknowledged(saved.revision(), what);
        }

        private String objectEdit(Tracked t, String what, String id, Map<String, String> values, Consumer<EObject> edit) {
            long version = QUERIES.find(t.uid, id).orElseThrow().version();
            // both entry points of a single-object edit, in turn
            ObjectRecord record = (++counter) % 2 == 0 ? EDITS.setAttributes(t.uid, id, version, values, WriteRequest.by("mbt", what))
                    : EDITS.edit(t.uid, id, version, values, WriteRequest.by("mbt", what)).object();
            assertThat(record.version()).as("version after " + what).isEqualTo(version + 1);
            edit.accept(t.expected);
            t.acknowledged(REPOSITORY.load(t.uid).revision(), what);
            return what;
        }

        /** The invariants after a step: see the class comment. */
        private void check(Tracked t, int pick) {
            {
                LoadedModel now = REPOSITORY.load(t.uid);
                assertThat(now.revision()).as("revision of " + t.uid).isEqualTo(t.revision());
                same(t.expected, now.root(), "load(" + t.uid + ")");
                long k = 1 + pick % t.revision();
                same(t.revisions.get((int) k), REPOSITORY.loadAtRevision(t.uid, k).root(), "loadAtRevision(" + t.uid + ", " + k + ")");
                assertThat(REPOSITORY.revisions(t.uid)).extracting(RevisionInfo::number).as("revisions of " + t.uid)
                        .isEqualTo(java.util.stream.LongStream.iterate(t.revision(), r -> r >= 1, r -> r - 1).boxed().toList());
                assertThat(replayHistory(t.uid)).as("changesSince(" + t.uid + ", the beginning) replayed").isEqualTo(objects(t.uid, t.expected));
            }
        }
    }

    static void same(EObject expected, EObject actual, String what) {
        assertThat(ModelDifferences.between(expected, actual)).as(what + " against the model (expected != stored)").isEmpty();
    }

    /** Every object of the architecture by uid, with its class and name, from the change history alone. */
    static Map<String, String> replayHistory(String uid) {
        Map<String, String> objects = new TreeMap<>();
        for (ChangeEntry change : REPOSITORY.changesSince(uid, Instant.EPOCH)) {
            switch (change.operation()) {
                case CREATED -> {
                    assertThat(objects).as("history creates " + change.uid() + " twice (revision " + change.revision() + ")").doesNotContainKey(change.uid());
                    objects.put(change.uid(), change.type() + " " + change.newValues().get("name"));
                }
                case UPDATED -> {
                    assertThat(objects).as("history updates " + change.uid() + " before creating it (revision " + change.revision() + ")")
                            .containsKey(change.uid());
                    String name = objects.get(change.uid()).substring(objects.get(change.uid()).indexOf(' ') + 1);
                    if (change.changedKeys().contains("name")) {
                        name = String.valueOf(change.newValues().get("name"));
                    }
                    objects.put(change.uid(), change.type() + " " + name);
                }
                case DELETED -> {
                    assertThat(objects).as("history deletes " + change.uid() + " before creating it (revision " + change.revision() + ")")
                            .containsKey(change.uid());
                    objects.remove(change.uid());
                }
            }
        }
        return objects;
    }

    /** Every identified object of a model by the uid the store gives it (docs/graph-model.md), with its class and name. */
    static Map<String, String> objects(String uid, EObject root) {
        Map<String, String> objects = new TreeMap<>();
        objects.put(uid, root.eClass().getName() + " " + Models.string(root, "name"));
        for (TreeIterator<EObject> it = root.eAllContents(); it.hasNext();) {
            EObject o = it.next();
            if (Models.isA(o, "Identified")) {
                var name = o.eClass().getEStructuralFeature("name");
                objects.put(uid + "/" + Models.id(o), o.eClass().getName() + " " + (name == null ? null : o.eGet(name)));
            }
        }
        return objects;
    }
}
