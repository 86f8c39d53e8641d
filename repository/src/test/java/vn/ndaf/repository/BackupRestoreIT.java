package vn.ndaf.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;

import vn.ndaf.metamodel.ModelDifferences;
import vn.ndaf.metamodel.Models;
import vn.ndaf.repository.store.Neo4jStore;
import vn.ndaf.repository.store.StoreSettings;

/**
 * A backup taken while writers save, restored into a new store, equals the source architecture by architecture at
 * the revisions it holds; a backup of a quiet store restores to the same graph, node for node.
 */
class BackupRestoreIT {

    private static Path folder;
    private static Neo4jStore source;
    private static ArchitectureRepository repository;
    private static final List<String> uids = new ArrayList<>();
    private static String deleted;

    @BeforeAll
    static void fillSource() {
        folder = TestStore.tempDir("ndaf-backup-it-");
        source = Neo4jStore.open(StoreSettings.embedded(folder.resolve("source")), "backup test source");
        repository = new ArchitectureRepository(source.driver());
        for (int i = 0; i < 4; i++) {
            String uid = repository.create(TestModels.tiny(), WriteRequest.by("setup", "made " + i)).uid();
            for (int round = 0; round < 3; round++) {
                LoadedModel loaded = repository.load(uid);
                Models.set(e1(loaded.root()), "name", "Kiến trúc " + i + " vòng " + round);
                Models.element(loaded.root(), "Goal", "g" + round, "Mục tiêu " + round);
                repository.save(loaded, loaded.root(), WriteRequest.by("editor-" + i, "round " + round));
            }
            uids.add(uid);
        }
        deleted = repository.create(TestModels.tiny(), WriteRequest.by("setup", "to be deleted")).uid();
        repository.deleteArchitecture(deleted, null, WriteRequest.by("remover", "gone"));
        AccountStore accounts = new AccountStore(source.driver());
        accounts.create(new AccountStore.Account("an", List.of("ARCHITECT"), List.of(), false, "{bcrypt}$2a$10$abc", Instant.parse("2026-01-02T03:04:05.123456789Z")));
        accounts.audit(new AccountStore.AuditEvent(Instant.now(), "an", "sign-in", null, "ok", "127.0.0.1"));
        new StoreMarks(source.driver()).write("test-mark", Map.of("fingerprint", "abc"));
        new FindingStore(source.driver()).replace(uids.get(0),
                List.of(Map.of("rule", "R1", "severity", "warning", "body", "B", "id", "e1", "name", "n", "message", "Thiếu mô tả")),
                Map.of("errors", 0L, "warnings", 1L, "ratio", 0.25));
        try (Session s = source.driver().session()) {
            s.executeWrite(tx -> tx.run("CREATE (:BackupTypes {d: date('2026-03-04'), t: localtime('10:11:12.5'), ldt: localdatetime('2026-03-04T10:11:12'), "
                    + "zdt: datetime('2026-03-04T10:11:12.000000001[Asia/Ho_Chi_Minh]'), dur: duration('P1Y2M3DT4H5M6.7S'), f: 1.0, big: 9007199254740993, "
                    + "list: [1.5, 2.0], strings: ['a', 'b`c'], none: [], yes: true, p: point({x: 1.5, y: 2.5})})").consume());
        }
    }

    @AfterAll
    static void closeSource() {
        if (source != null) {
            source.close();
        }
        TestStore.deleteRecursively(folder);
    }

    private static EObject e1(EObject architecture) {
        return Models.<EObject>list(architecture, "elements").stream().filter(e -> Models.id(e).equals("e1")).findFirst().orElseThrow();
    }

    @Test
    void aBackupTakenWhileWritersSave_RestoresToEveryArchitectureAtOneRevisionOfEach_WithEveryWriteAcknowledgedBeforeIt() throws Exception {
        Map<String, Long> acknowledged = new ConcurrentHashMap<>();
        Map<String, java.util.concurrent.atomic.AtomicInteger> counts = new ConcurrentHashMap<>();
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService writers = Executors.newFixedThreadPool(3);
        List<Future<Integer>> done = new ArrayList<>();
        for (String uid : uids.subList(0, 3)) {
            done.add(writers.submit(() -> {
                int saves = 0;
                while (!stop.get()) {
                    LoadedModel loaded = repository.load(uid);
                    Models.set(e1(loaded.root()), "documentation", "lần " + saves);
                    Models.element(loaded.root(), "Goal", "w" + saves, "Ghi " + saves);
                    acknowledged.put(uid, repository.save(loaded, loaded.root(), WriteRequest.by("writer", "save " + saves)).revision());
                    saves++;
                    counts.computeIfAbsent(uid, k -> new java.util.concurrent.atomic.AtomicInteger()).incrementAndGet();
                }
                return saves;
            }));
        }
        awaitSaves(counts, 2, done);
        Map<String, Long> before = new HashMap<>(acknowledged);
        Path file = folder.resolve("live.ndaf-backup");
        StoreBackup.Summary summary;
        // a slow reader of the backup (a download over a slow line): the writers run on meanwhile unless paused
        try (OutputStream out = slow(Files.newOutputStream(file))) {
            summary = new StoreBackup(source.driver()).write(out, "test");
        }
        Map<String, Integer> atBackup = new HashMap<>();
        counts.forEach((uid, n) -> atBackup.put(uid, n.get()));
        awaitSaves(counts, atBackup.values().stream().mapToInt(Integer::intValue).max().orElseThrow() + 2, done);
        stop.set(true);
        writers.shutdown();
        assertThat(writers.awaitTermination(120, TimeUnit.SECONDS)).isTrue();
        for (Future<Integer> f : done) {
            f.get();
        }
        assertThat(before).hasSize(3);

        try (Neo4jStore target = Neo4jStore.open(StoreSettings.embedded(folder.resolve("live-restored")), "backup test target")) {
            StoreBackup.Summary restored = new StoreBackup(target.driver()).restore(file);
            assertThat(restored.nodes()).isEqualTo(summary.nodes());
            ArchitectureRepository copy = new ArchitectureRepository(target.driver());
            assertThat(copy.list(null).stream().map(ArchitectureSummary::uid).toList()).containsExactlyInAnyOrderElementsOf(uids);
            for (String uid : uids) {
                List<RevisionInfo> copied = copy.revisions(uid);
                List<RevisionInfo> all = repository.revisions(uid);
                long at = copied.stream().mapToLong(RevisionInfo::number).max().orElseThrow();
                if (before.containsKey(uid)) {
                    assertThat(at).as("revision restored of " + uid).isGreaterThanOrEqualTo(before.get(uid));
                }
                assertThat(copied).as("history of " + uid).containsExactlyInAnyOrderElementsOf(all.stream().filter(r -> r.number() <= at).toList());
                assertThat(ModelDifferences.between(repository.loadAtRevision(uid, at).root(), copy.load(uid).root())).as(uid + " at " + at).isEmpty();
                for (long r = 1; r <= at; r++) {
                    assertThat(copy.changesIn(uid, r)).as("changes of " + uid + " in " + r).isEqualTo(repository.changesIn(uid, r));
                }
            }
            assertThat(copy.isDeleted(deleted)).isTrue();
        }
    }

    /** {@code out}, taking a second over its first bytes. */
    private static OutputStream slow(OutputStream out) {
        return new java.io.FilterOutputStream(out) {
            private boolean first = true;

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                if (first) {
                    first = false;
                    try {
                        Thread.sleep(1000);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                out.write(b, off, len);
            }
        };
    }

    /** Waits until every writer has acknowledged at least {@code saves} saves (a writer that failed fails the test). */
    private static void awaitSaves(Map<String, java.util.concurrent.atomic.AtomicInteger> counts, int saves, List<Future<Integer>> writers) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (counts.size() < 3 || counts.values().stream().anyMatch(n -> n.get() < saves)) {
            for (Future<Integer> w : writers) {
                if (w.isDone()) {
                    w.get();
                }
            }
            assertThat(System.nanoTime()).as("writers reach " + saves + " saves each").isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    @Test
    void aBackupOfAQuietStore_RestoresTheSameGraph_NodeForNodeAndEveryPropertyTyped() throws IOException {
        Path file = folder.resolve("quiet.ndaf-backup");
        StoreBackup.Summary summary;
        Map<String, Integer> graph;
        graph = graph(source);
        try (OutputStream out = Files.newOutputStream(file)) {
            summary = new StoreBackup(source.driver()).write(out, "test");
        }
        assertThat(graph.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(summary.nodes() + summary.relationships());
        try (Neo4jStore target = Neo4jStore.open(StoreSettings.embedded(folder.resolve("quiet-restored")), "backup test target")) {
            new StoreBackup(target.driver()).restore(file);
            Map<String, Integer> copy = graph(target);
            assertThat(copy).isEqualTo(graph);
            assertThat(new AccountStore(target.driver()).find("an").orElseThrow().created()).isEqualTo(Instant.parse("2026-01-02T03:04:05.123456789Z"));
            assertThat(new FindingStore(target.driver()).page(FindingStore.Filter.all(), 0, 10).rows()).extracting(r -> r.get("message"))
                    .contains("Thiếu mô tả");

            assertThatThrownBy(() -> new StoreBackup(target.driver()).restore(file)).isInstanceOf(StoreBackup.BackupException.class)
                    .hasMessageContaining("not empty").hasMessageContaining("Nothing was written");
            assertThat(graph(target)).isEqualTo(graph);
        }
    }

    /**
     * Every node and relationship of the store (but its schema bookkeeping) as text, counted: labels and typed
     * properties of a node, type, properties and both ends of a relationship.
     */
    static Map<String, Integer> graph(Neo4jStore store) {
        Map<String, Integer> out = new TreeMap<>();
        try (Session s = store.driver().session()) {
            s.executeRead(tx -> {
                tx.run("MATCH (n) WHERE NOT n:SchemaMigration RETURN labels(n) AS l, properties(n) AS p").forEachRemaining(r -> out.merge(node(r), 1, Integer::sum));
                tx.run("MATCH (a)-[r]->(b) RETURN labels(a) AS al, properties(a) AS ap, type(r) AS t, properties(r) AS p, labels(b) AS bl, properties(b) AS bp")
                        .forEachRemaining(r -> out.merge("rel " + r.get("t").asString() + text(r.get("p")) + " from " + labels(r.get("al")) + text(r.get("ap"))
                                + " to " + labels(r.get("bl")) + text(r.get("bp")), 1, Integer::sum));
                return null;
            });
        }
        return out;
    }

    private static String node(Record r) {
        return "node " + labels(r.get("l")) + text(r.get("p"));
    }

    /** Labels in a fixed order (the store keeps no order of labels). */
    private static String labels(Value v) {
        return new java.util.TreeSet<>(v.asList(Value::asString)).toString();
    }

    private static String text(Value v) {
        if (v.type().name().equals("LIST")) {
            List<String> items = new ArrayList<>();
            v.values().forEach(i -> items.add(text(i)));
            return items.toString();
        }
        if (v.type().name().equals("MAP")) {
            Map<String, String> sorted = new TreeMap<>();
            v.keys().forEach(k -> sorted.put(k, text(v.get(k))));
            return sorted.toString();
        }
        return v.type().name() + ":" + v.asObject();
    }
}
