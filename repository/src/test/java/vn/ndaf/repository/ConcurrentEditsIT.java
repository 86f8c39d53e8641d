package vn.ndaf.repository;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;

import vn.ndaf.metamodel.Models;
import vn.ndaf.repository.ModelEditor.Ref;

/**
 * Model-based, concurrent: two or eight writers (threads) edit the same architectures at once, each
 * through saves of what it loaded and through single-object edits, on shared elements and on the elements
 * another architecture uses. Afterwards every acknowledged write is in the store, in exactly one revision,
 * and every refused one is nowhere; replaying the acknowledged writes in revision order on the test's own
 * copy gives the stored architecture and each of its past revisions. The seed fixes the writers' edits,
 * not the interleaving the threads happen to take.
 */
@AddLifecycleHook(MbtSettings.class)
class ConcurrentEditsIT {

    private static final ArchitectureRepository REPOSITORY = new ArchitectureRepository(TestStore.get().driver());
    private static final ObjectEdits EDITS = new ObjectEdits(TestStore.get().driver());
    private static final ObjectQueries QUERIES = new ObjectQueries(TestStore.get().driver());

    private static final List<String> SHARED = List.of("s0", "s1", "s2", "s3");
    private static final List<String> FOREIGN = List.of("b0", "b1", "b2");
    private static final List<String> FOREIGN_TYPES = List.of("SharedPlatform", "Database", "ApplicationService");

    /** What a writer does, and through which operation. */
    enum Op {
        ADD_ELEMENT, RENAME_SHARED, DOCUMENT_SHARED, DELETE_SHARED, DELETE_SHARED_CONCEPT, RELATE_SHARED, USE_FOREIGN, DELETE_FOREIGN_CONCEPT,
        DELETE_FOREIGN_BY_SAVE
    }

    record WriterOp(Op op, int a, int b) {
        @Override
        public String toString() {
            return op + "(" + a + "," + b + ")";
        }
    }

    enum Outcome {
        ACKNOWLEDGED, REFUSED, NOT_APPLICABLE
    }

    /** One op as it ran: who, what, against which architecture, and how it ended. */
    record Done(String tag, WriterOp op, boolean foreign, Outcome outcome, String detail) {
    }

    private static Arbitrary<List<List<WriterOp>>> writers(int writers, int maxOps) {
        Arbitrary<Integer> n = Arbitraries.integers().between(0, 99);
        Arbitrary<WriterOp> op = Combinators.combine(Arbitraries.of(Op.class), n, n).as(WriterOp::new);
        return op.list().ofMinSize(1).ofMaxSize(maxOps).list().ofSize(writers);
    }

    @Provide
    Arbitrary<List<List<WriterOp>>> twoWriters() {
        return writers(2, 4);
    }

    @Provide
    Arbitrary<List<List<WriterOp>>> eightWriters() {
        return writers(8, 3);
    }

    @Property(tries = 16)
    void twoWriters_EveryAcknowledgedWriteIsStoredAndEveryRefusedOneIsAbsent(@ForAll("twoWriters") List<List<WriterOp>> writers) throws Exception {
        new Race(writers).run();
    }

    @Property(tries = 5)
    void eightWriters_EveryAcknowledgedWriteIsStoredAndEveryRefusedOneIsAbsent(@ForAll("eightWriters") List<List<WriterOp>> writers) throws Exception {
        new Race(writers).run();
    }

    static final class Race {
        private final List<List<WriterOp>> writers;
        private String a;
        private String b;
        private EObject initialA;
        private EObject initialB;

        Race(List<List<WriterOp>> writers) {
            this.writers = writers;
        }

        void run() throws Exception {
            EObject national = Models.architecture("national", "Quốc gia (đồng thời)");
            for (int i = 0; i < FOREIGN.size(); i++) {
                Models.element(national, FOREIGN_TYPES.get(i), FOREIGN.get(i), "Nền tảng " + i);
            }
            initialB = EcoreUtil.copy(national);
            b = REPOSITORY.create(national, WriteRequest.by("setup", "national")).uid();
            a = ArchitectureRepository.newArchitectureId();
            EObject province = Models.architecture(a, "Tỉnh (đồng thời)");
            for (int i = 0; i < SHARED.size(); i++) {
                Models.element(province, ModelEditor.ELEMENT_TYPES.get(i * 2), SHARED.get(i), "Dùng chung " + i);
            }
            initialA = EcoreUtil.copy(province);
            REPOSITORY.createAs(a, province, WriteRequest.by("setup", "province"));

            List<Done> done = Collections.synchronizedList(new ArrayList<>());
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(writers.size());
            List<Future<?>> futures = new ArrayList<>();
            for (int w = 0; w < writers.size(); w++) {
                int writer = w;
                futures.add(pool.submit(() -> {
                    start.await();
                    for (int k = 0; k < writers.get(writer).size(); k++) {
                        done.add(execute("w" + writer + "k" + k, writers.get(writer).get(k)));
                    }
                    return null;
                }));
            }
            start.countDown();
            pool.shutdown();
            assertThat(pool.awaitTermination(5, TimeUnit.MINUTES)).as("writers finished").isTrue();
            for (Future<?> f : futures) {
                f.get();
            }
            String report = "writers " + writers + "\noutcomes:\n  " + String.join("\n  ", done.stream().map(Done::toString).toList());
            try {
                check(done);
            } catch (AssertionError e) {
                throw new AssertionError(report + "\n" + e.getMessage(), e);
            }
        }

        /** Runs one op; a refusal is any error the repository reports as such, and nothing else. */
        private Done execute(String tag, WriterOp op) {
            boolean foreign = op.op() == Op.DELETE_FOREIGN_CONCEPT || op.op() == Op.DELETE_FOREIGN_BY_SAVE;
            String shared = SHARED.get(op.a() % SHARED.size());
            String other = SHARED.get((op.a() + 1 + op.b() % (SHARED.size() - 1)) % SHARED.size());
            int f = op.b() % FOREIGN.size();
            WriteRequest request = WriteRequest.by(tag, tag);
            try {
                switch (op.op()) {
                    case ADD_ELEMENT -> {
                        LoadedModel base = REPOSITORY.load(a);
                        ModelEditor.addElement(base.root(), type(op), tag, "Thêm " + tag);
                        REPOSITORY.save(base, base.root(), request);
                    }
                    case RENAME_SHARED, DELETE_SHARED, RELATE_SHARED, USE_FOREIGN -> {
                        LoadedModel base = REPOSITORY.load(a);
                        if (ModelEditor.find(base.root(), shared) == null || (op.op() == Op.RELATE_SHARED && ModelEditor.find(base.root(), other) == null)) {
                            return new Done(tag, op, foreign, Outcome.NOT_APPLICABLE, "gone when loaded");
                        }
                        intent(op, tag, shared, other, f).accept(base.root());
                        REPOSITORY.save(base, base.root(), request);
                    }
                    case DOCUMENT_SHARED -> {
                        var now = QUERIES.find(a, shared);
                        if (now.isEmpty()) {
                            return new Done(tag, op, foreign, Outcome.NOT_APPLICABLE, "gone when read");
                        }
                        EDITS.setAttributes(a, shared, now.get().version(), Map.of("documentation", tag), request);
                    }
                    case DELETE_SHARED_CONCEPT -> {
                        var now = QUERIES.find(a, shared);
                        if (now.isEmpty()) {
                            return new Done(tag, op, foreign, Outcome.NOT_APPLICABLE, "gone when read");
                        }
                        EDITS.deleteConcept(a, shared, now.get().version(), request);
                    }
                    case DELETE_FOREIGN_CONCEPT -> {
                        var now = QUERIES.find(b, FOREIGN.get(f));
                        if (now.isEmpty()) {
                            return new Done(tag, op, foreign, Outcome.NOT_APPLICABLE, "gone when read");
                        }
                        EDITS.deleteConcept(b, FOREIGN.get(f), now.get().version(), request);
                    }
                    case DELETE_FOREIGN_BY_SAVE -> {
                        LoadedModel base = REPOSITORY.load(b);
                        if (ModelEditor.find(base.root(), FOREIGN.get(f)) == null) {
                            return new Done(tag, op, foreign, Outcome.NOT_APPLICABLE, "gone when loaded");
                        }
                        ModelEditor.deleteCascade(base.root(), List.of(FOREIGN.get(f)));
                        REPOSITORY.save(base, base.root(), request);
                    }
                }
                return new Done(tag, op, foreign, Outcome.ACKNOWLEDGED, "");
            } catch (RepositoryException refused) {
                return new Done(tag, op, foreign, Outcome.REFUSED, refused.getClass().getSimpleName() + ": " + firstLine(refused.getMessage()));
            }
        }

        private static String firstLine(String message) {
            return message == null ? "" : message.lines().findFirst().orElse("");
        }

        private static String type(WriterOp op) {
            return ModelEditor.ELEMENT_TYPES.get(op.b() % ModelEditor.ELEMENT_TYPES.size());
        }

        /** What an op does to a model, as the writer applied it and as the replay applies it again. */
        private java.util.function.Consumer<EObject> intent(WriterOp op, String tag, String shared, String other, int f) {
            return switch (op.op()) {
                case ADD_ELEMENT -> r -> ModelEditor.addElement(r, type(op), tag, "Thêm " + tag);
                case RENAME_SHARED -> r -> ModelEditor.set(r, shared, "name", tag);
                case DOCUMENT_SHARED -> r -> ModelEditor.set(r, shared, "documentation", tag);
                case DELETE_SHARED, DELETE_SHARED_CONCEPT -> r -> ModelEditor.deleteCascade(r, List.of(shared));
                case RELATE_SHARED -> r -> ModelEditor.addRelationship(r, tag, Ref.local(shared), Ref.local(other));
                case USE_FOREIGN -> r -> ModelEditor.addRelationship(r, tag, Ref.foreign(b, FOREIGN.get(f), FOREIGN_TYPES.get(f)), Ref.local(shared));
                case DELETE_FOREIGN_CONCEPT, DELETE_FOREIGN_BY_SAVE -> r -> ModelEditor.deleteCascade(r, List.of(FOREIGN.get(f)));
            };
        }

        /**
         * The two models equal, but for the order of the architecture's elements and relationships: where two writers
         * add at the same place at once, their additions are listed by uid (docs/graph-model.md, Positions), and
         * which writer got there first is not what this test is about.
         */
        private static void same(EObject expected, EObject stored, String what) {
            EditSequencesIT.same(byId(expected), byId(stored), what);
        }

        private static EObject byId(EObject model) {
            EObject copy = EcoreUtil.copy(model);
            for (String list : List.of("elements", "relationships")) {
                org.eclipse.emf.common.util.ECollections.sort(Models.<EObject>list(copy, list), java.util.Comparator.comparing(Models::id));
            }
            return copy;
        }

        private void check(List<Done> done) {
            for (Done d : done) {
                assertThat(d.outcome()).as(d.tag() + " ended").isIn(Outcome.values());
            }
            replay(a, initialA, done.stream().filter(d -> !d.foreign()).toList());
            replay(b, initialB, done.stream().filter(Done::foreign).toList());
            // a deletion acknowledged in one architecture never leaves another's acknowledged reference behind
            EObject storedA = REPOSITORY.load(a).root();
            EObject storedB = REPOSITORY.load(b).root();
            for (Done d : done) {
                if (d.op().op() == Op.USE_FOREIGN && d.outcome() == Outcome.ACKNOWLEDGED && ModelEditor.find(storedA, d.tag()) != null) {
                    String used = FOREIGN.get(d.op().b() % FOREIGN.size());
                    assertThat(ModelEditor.find(storedB, used)).as(d.tag() + " uses " + b + "/" + used + ", which is deleted").isNotNull();
                }
            }
        }

        /**
         * Every acknowledged op of architecture {@code uid} is in exactly one revision, no other op in any;
         * replaying them in revision order on the initial copy gives each stored revision and the current model.
         */
        private void replay(String uid, EObject initial, List<Done> ops) {
            Map<String, Done> byTag = new HashMap<>();
            ops.forEach(d -> byTag.put(d.tag(), d));
            List<RevisionInfo> revisions = new ArrayList<>(REPOSITORY.revisions(uid));
            Collections.reverse(revisions);
            long acknowledged = ops.stream().filter(d -> d.outcome() == Outcome.ACKNOWLEDGED).count();
            assertThat(revisions).extracting(RevisionInfo::number).as("revisions of " + uid)
                    .isEqualTo(java.util.stream.LongStream.rangeClosed(1, 1 + acknowledged).boxed().toList());
            List<String> writtenBy = revisions.stream().skip(1).map(RevisionInfo::message).toList();
            assertThat(writtenBy).as("the acknowledged writes, each in one revision of " + uid)
                    .containsExactlyInAnyOrderElementsOf(ops.stream().filter(d -> d.outcome() == Outcome.ACKNOWLEDGED).map(Done::tag).toList());

            EObject expected = EcoreUtil.copy(initial);
            same(expected, REPOSITORY.loadAtRevision(uid, 1).root(), "loadAtRevision(" + uid + ", 1)");
            for (RevisionInfo revision : revisions.subList(1, revisions.size())) {
                Done d = byTag.get(revision.message());
                String shared = SHARED.get(d.op().a() % SHARED.size());
                String other = SHARED.get((d.op().a() + 1 + d.op().b() % (SHARED.size() - 1)) % SHARED.size());
                String used = FOREIGN.get(d.op().b() % FOREIGN.size());
                String target = switch (d.op().op()) {
                    case ADD_ELEMENT -> null;
                    case DELETE_FOREIGN_CONCEPT, DELETE_FOREIGN_BY_SAVE -> used;
                    default -> shared;
                };
                if (target != null) {
                    assertThat(ModelEditor.find(expected, target)).as(d.tag() + " (" + d.op() + ", revision " + revision.number()
                            + ") was acknowledged though an earlier acknowledged write deleted " + target).isNotNull();
                }
                if (d.op().op() == Op.RELATE_SHARED) {
                    assertThat(ModelEditor.find(expected, other)).as(d.tag() + " relates to " + other + ", deleted earlier").isNotNull();
                }
                if (d.op().op() == Op.DELETE_SHARED_CONCEPT) {
                    assertThat(ModelEditor.referrers(expected, shared)).as(d.tag() + " deleted " + shared + " while these referred to it").isEmpty();
                }
                intent(d.op(), d.tag(), shared, other, d.op().b() % FOREIGN.size()).accept(expected);
                same(expected, REPOSITORY.loadAtRevision(uid, revision.number()).root(),
                        "loadAtRevision(" + uid + ", " + revision.number() + ") after " + d.tag());
            }
            same(expected, REPOSITORY.load(uid).root(), "load(" + uid + ")");
            assertThat(EditSequencesIT.replayHistory(uid)).as("changesSince(" + uid + ", the beginning) replayed")
                    .isEqualTo(EditSequencesIT.objects(uid, expected));
        }
    }
}
