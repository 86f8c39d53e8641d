package vn.ndaf.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EStructuralFeature.Setting;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Session;

import vn.ndaf.metamodel.ModelDifferences;
import vn.ndaf.metamodel.Models;
import vn.ndaf.metamodel.NdafMetamodel;
import vn.ndaf.repository.ChangeEntry.Operation;

/** Edits that used to lose or wedge stored data: retypes, root edits, adds from one base. */
class EditIntegrityIT {

    private final ArchitectureRepository repository = new ArchitectureRepository(TestStore.get().driver());
    private final ObjectEdits edits = new ObjectEdits(TestStore.get().driver());
    private final ObjectQueries queries = new ObjectQueries(TestStore.get().driver());

    private static org.neo4j.driver.Value value(String cypher, Map<String, Object> params) {
        try (Session session = TestStore.get().driver().session()) {
            return session.executeRead(tx -> tx.run(cypher, params).single().get(0));
        }
    }

    private static EObject byId(EObject architecture, String list, String id) {
        return Models.<EObject>list(architecture, list).stream().filter(e -> Models.id(e).equals(id)).findFirst().orElseThrow();
    }

    /** The class change Archi CSV imports make: a new object of the new class takes the old one's values, place and referrers. */
    @SuppressWarnings("unchecked")
    private static EObject retype(EObject architecture, EObject old, String newClass) {
        EObject replacement = NdafMetamodel.get().create(newClass);
        for (EStructuralFeature f : old.eClass().getEAllStructuralFeatures()) {
            if (replacement.eClass().getEAllStructuralFeatures().contains(f) && old.eIsSet(f) && !f.isDerived()) {
                if (f.isMany()) {
                    ((List<Object>) replacement.eGet(f)).addAll(List.copyOf((List<Object>) old.eGet(f)));
                } else {
                    replacement.eSet(f, old.eGet(f));
                }
            }
        }
        Collection<Setting> usages = EcoreUtil.UsageCrossReferencer.find(old, architecture);
        for (Setting s : usages) {
            EStructuralFeature f = s.getEStructuralFeature();
            if (f.isMany()) {
                List<Object> list = (List<Object>) s.getEObject().eGet(f);
                list.set(list.indexOf(old), replacement);
            } else {
                s.getEObject().eSet(f, replacement);
            }
        }
        EcoreUtil.replace(old, replacement);
        return replacement;
    }

    /** A portal serving a service, shown on a view and filed in a folder. */
    private static EObject viewAndFolder(String id) {
        EObject a = Models.architecture(id, "Retype " + id);
        EObject portal = Models.element(a, "ApplicationComponent", "portal", "Cổng dịch vụ công");
        EObject service = Models.element(a, "ApplicationService", "service", "Nộp hồ sơ");
        EObject serving = Models.relationship(a, "AssociationRelationship", "r1", portal, service);
        EObject view = NdafMetamodel.get().create("ArchimateView");
        Models.set(view, "id", "v1");
        Models.set(view, "name", "Tổng quan");
        EObject n1 = NdafMetamodel.get().create("ElementNode");
        Models.set(n1, "id", "n1");
        Models.set(n1, "element", portal);
        EObject n2 = NdafMetamodel.get().create("ElementNode");
        Models.set(n2, "id", "n2");
        Models.set(n2, "element", service);
        Models.list(view, "children").addAll(List.of(n1, n2));
        EObject c1 = NdafMetamodel.get().create("Connection");
        Models.set(c1, "id", "c1");
        Models.set(c1, "source", n1);
        Models.set(c1, "target", n2);
        Models.set(c1, "relationship", serving);
        Models.list(view, "connections").add(c1);
        Models.list(a, "views").add(view);
        EObject folder = NdafMetamodel.get().create("Folder");
        Models.set(folder, "id", "f1");
        Models.set(folder, "name", "Ứng dụng");
        Models.list(folder, "members").addAll(List.of(portal, serving));
        Models.list(a, "folders").add(folder);
        return a;
    }

    private String elementId(String uid) {
        return value("MATCH (n:Identified {uid: $uid}) RETURN elementId(n)", Map.of("uid", uid)).asString();
    }

    @Test
    void save_RetypingAnElement_KeepsItsNodeEdgesDiagramLinksFolderAndHistory() throws Exception {
        String uid = repository.create(viewAndFolder("rt1"), WriteRequest.by("alice", "first")).uid();
        // another architecture's relationship ends at the portal: it must survive the retype too
        EObject other = Models.architecture("rt1-other", "Other");
        EObject user = Models.element(other, "ApplicationComponent", "user", "Hệ thống dùng cổng");
        Models.relationship(other, "FlowRelationship", "uses", user, byId(repository.load(uid).root(), "elements", "portal"));
        String otherUid = repository.create(other, WriteRequest.by("bob", "")).uid();
        String nodeBefore = elementId(uid + "/portal");
        EObject original = repository.load(uid).root();
        Instant beforeRetype = Instant.now();
        Thread.sleep(20);

        LoadedModel loaded = repository.load(uid);
        EObject portal = byId(loaded.root(), "elements", "portal");
        EObject database = retype(loaded.root(), portal, "Database");
        Models.set(database, "name", "CSDL hồ sơ");
        repository.save(loaded, loaded.root(), WriteRequest.by("carol", "retype"));

        assertThat(elementId(uid + "/portal")).isEqualTo(nodeBefore);
        assertThat(value("MATCH (n:Identified {uid: $uid}) RETURN labels(n)", Map.of("uid", uid + "/portal")).asList(org.neo4j.driver.Value::asString))
                .contains("Database", "ApplicationComponent", "Concept", "Identified").doesNotContainNull();
        EObject stored = repository.load(uid).root();
        assertThat(ModelDifferences.between(loaded.root(), stored)).isEmpty();
        EObject storedPortal = byId(stored, "elements", "portal");
        assertThat(storedPortal.eClass().getName()).isEqualTo("Database");
        assertThat(Models.get(byId(stored, "relationships", "r1"), "source")).isSameAs(storedPortal);
        EObject view = byId(stored, "views", "v1");
        assertThat(Models.get(Models.<EObject>list(view, "children").get(0), "element")).isSameAs(storedPortal);
        assertThat(Models.<EObject>list(byId(stored, "folders", "f1"), "members")).contains(storedPortal);
        // the other architecture's relationship still ends at the same node
        assertThat(value("MATCH ()-[e:FLOW {uid: $uid}]->(t) RETURN t.uid", Map.of("uid", otherUid + "/uses")).asString())
                .isEqualTo(uid + "/portal");
        // history: one update of the portal, with its old type and name; the past rebuilds exactly
        List<ChangeEntry> changes = repository.changesSince(uid, beforeRetype);
        assertThat(changes).extracting(ChangeEntry::id, ChangeEntry::operation).containsExactly(org.assertj.core.groups.Tuple.tuple("portal", Operation.UPDATED));
        assertThat(changes.get(0).oldValues()).containsEntry("name", "Cổng dịch vụ công");
        assertThat(ModelDifferences.between(original, repository.loadAtRevision(uid, 1).root())).isEmpty();
        assertThat(queries.find(uid, "portal").orElseThrow().version()).isEqualTo(2);
    }

    @Test
    void save_RetypingARelationship_KeepsItsUidHistoryAndWhatShowsIt() {
        String uid = repository.create(viewAndFolder("rt2"), WriteRequest.by("alice", "first")).uid();
        EObject original = repository.load(uid).root();
        LoadedModel loaded = repository.load(uid);
        retype(loaded.root(), byId(loaded.root(), "relationships", "r1"), "ServingRelationship");
        repository.save(loaded, loaded.root(), WriteRequest.by("carol", "retype relationship"));

        EObject stored = repository.load(uid).root();
        assertThat(ModelDifferences.between(loaded.root(), stored)).isEmpty();
        EObject serving = byId(stored, "relationships", "r1");
        assertThat(serving.eClass().getName()).isEqualTo("ServingRelationship");
        EObject connection = Models.<EObject>list(byId(stored, "views", "v1"), "connections").get(0);
        assertThat(Models.get(connection, "relationship")).isSameAs(serving);
        assertThat(Models.<EObject>list(byId(stored, "folders", "f1"), "members")).contains(serving);
        assertThat(queries.find(uid, "r1").orElseThrow().version()).isEqualTo(2);
        assertThat(ModelDifferences.between(original, repository.loadAtRevision(uid, 1).root())).isEmpty();
    }

    @Test
    void setAttributes_OnTheRootByTheArchitecturesId_KeepsRevisionCountsAndCreationTime() {
        String uid = repository.create(TestModels.tiny(), WriteRequest.by("alice", "")).uid();
        ArchitectureSummary before = repository.summary(uid).orElseThrow();
        java.time.ZonedDateTime createdAt = value("MATCH (a:Architecture {uid: $uid}) RETURN a.createdAt", Map.of("uid", uid)).asZonedDateTime();
        long version = queries.find(uid, uid).orElseThrow().version();

        ObjectRecord renamed = edits.setAttributes(uid, uid, version, Map.of("name", "Tên mới", "purpose", "Phục vụ"), WriteRequest.by("bob", ""));

        assertThat(renamed.name()).isEqualTo("Tên mới");
        ArchitectureSummary after = repository.summary(uid).orElseThrow();
        assertThat(after.revision()).isEqualTo(before.revision() + 1);
        assertThat(List.of(after.elements(), after.relationships(), after.views())).isEqualTo(List.of(before.elements(), before.relationships(), before.views()));
        assertThat(value("MATCH (a:Architecture {uid: $uid}) RETURN a.createdAt", Map.of("uid", uid)).asZonedDateTime())
                .isEqualTo(createdAt);
        // the architecture can still be written, by either path, and by the model's own id too
        edits.setAttributes(uid, "m1", renamed.version(), Map.of("purpose", "Phục vụ người dân"), WriteRequest.by("bob", ""));
        LoadedModel loaded = repository.load(uid);
        assertThat(Models.string(loaded.root(), "name")).isEqualTo("Tên mới");
        Models.element(loaded.root(), "Goal", "g1", "Mục tiêu");
        assertThat(repository.save(loaded, loaded.root(), WriteRequest.by("carol", "")).revision()).isEqualTo(before.revision() + 3);
        assertThat(repository.summary(uid).orElseThrow().elements()).isEqualTo(before.elements() + 1);
    }

    @Test
    void save_EditingTheRootsOwnAttributes_KeepsItsCreationTime() {
        String uid = repository.create(TestModels.tiny(), WriteRequest.by("alice", "")).uid();
        java.time.ZonedDateTime createdAt = value("MATCH (a:Architecture {uid: $uid}) RETURN a.createdAt", Map.of("uid", uid)).asZonedDateTime();
        LoadedModel loaded = repository.load(uid);
        Models.set(loaded.root(), "purpose", "Phục vụ người dân");
        repository.save(loaded, loaded.root(), WriteRequest.by("bob", ""));
        assertThat(value("MATCH (a:Architecture {uid: $uid}) RETURN a.createdAt", Map.of("uid", uid)).asZonedDateTime())
                .isEqualTo(createdAt);
    }

    @Test
    void save_TwoAddsFromTheSameBaseOneAfterTheOther_KeepBothObjects() {
        String uid = repository.create(TestModels.tiny(), WriteRequest.by("setup", "")).uid();
        LoadedModel a = repository.load(uid);
        LoadedModel b = repository.load(uid);
        Models.element(a.root(), "Goal", "ga", "only A");
        Models.element(b.root(), "Goal", "gb", "only B");
        repository.save(a, a.root(), WriteRequest.by("a", ""));
        repository.save(b, b.root(), WriteRequest.by("b", ""));

        LoadedModel now = repository.load(uid);
        assertThat(Models.<EObject>list(now.root(), "elements")).extracting(Models::id).contains("ga", "gb").hasSize(4);
        // a further save from the loaded model keeps both too
        Models.set(byId(now.root(), "elements", "e1"), "name", "renamed");
        repository.save(now, now.root(), WriteRequest.by("c", ""));
        assertThat(Models.<EObject>list(repository.load(uid).root(), "elements")).extracting(Models::id).contains("ga", "gb").hasSize(4);
        assertThat(repository.summary(uid).orElseThrow().elements()).isEqualTo(4);
    }

    @Test
    void save_ConcurrentAddsFromOneBase_KeepEveryAcknowledgedObject() throws Exception {
        String uid = repository.create(TestModels.tiny(), WriteRequest.by("setup", "")).uid();
        int writers = 4;
        for (int round = 0; round < 3; round++) {
            List<LoadedModel> bases = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                LoadedModel base = repository.load(uid);
                Models.element(base.root(), "Goal", "g" + round + "-" + w, "writer " + w);
                bases.add(base);
            }
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(writers);
            List<Future<SaveResult>> results = new ArrayList<>();
            for (LoadedModel base : bases) {
                results.add(pool.submit(() -> {
                    start.await();
                    return repository.save(base, base.root(), WriteRequest.by("w", ""));
                }));
            }
            start.countDown();
            pool.shutdown();
            assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
            List<String> acknowledged = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                try {
                    results.get(w).get();
                    acknowledged.add("g" + round + "-" + w);
                } catch (ExecutionException e) {
                    assertThat(e.getCause()).isInstanceOf(ConflictException.class);
                }
            }
            final int r = round;
            List<String> stored = Models.<EObject>list(repository.load(uid).root(), "elements").stream().map(Models::id)
                    .filter(id -> id.startsWith("g" + r + "-")).toList();
            assertThat(stored).containsExactlyInAnyOrderElementsOf(acknowledged);
        }
    }

    @Test
    void save_DeletingTheFirstObject_RecordsOneChangeNotAMoveOfEveryLaterObject() {
        EObject a = Models.architecture("moves", "Moves");
        for (int i = 0; i < 30; i++) {
            Models.element(a, "BusinessActor", "e" + i, "Actor " + i);
        }
        String uid = repository.create(a, WriteRequest.by("setup", "")).uid();
        EObject original = repository.load(uid).root();

        LoadedModel loaded = repository.load(uid);
        Models.list(loaded.root(), "elements").remove(0);
        repository.save(loaded, loaded.root(), WriteRequest.by("x", "delete first"));
        assertThat(changes(uid, 2)).isEqualTo(1);

        loaded = repository.load(uid);
        Models.list(loaded.root(), "elements").add(0, Models.element(NdafMetamodel.get().create("Architecture"), "BusinessActor", "new0", "New"));
        repository.save(loaded, loaded.root(), WriteRequest.by("x", "insert first"));
        assertThat(changes(uid, 3)).isZero();
        EObject afterInsert = repository.load(uid).root();

        loaded = repository.load(uid);
        EObject last = Models.<EObject>list(loaded.root(), "elements").get(29);
        Models.list(loaded.root(), "elements").move(1, last);
        repository.save(loaded, loaded.root(), WriteRequest.by("x", "move last to second"));
        assertThat(changes(uid, 4)).isEqualTo(1);
        assertThat(ModelDifferences.between(loaded.root(), repository.load(uid).root())).isEmpty();

        assertThat(ModelDifferences.between(original, repository.loadAtRevision(uid, 1).root())).isEmpty();
        assertThat(ModelDifferences.between(afterInsert, repository.loadAtRevision(uid, 3).root())).isEmpty();
    }

    @Test
    void setAttributes_OnARootWithImages_RecordsABeforeImageWithoutTheImages() {
        EObject a = TestModels.tiny();
        EObject image = NdafMetamodel.get().create("ImageAsset");
        Models.set(image, "path", "images/logo.png");
        Models.set(image, "data", new byte[200_000]);
        Models.list(a, "images").add(image);
        String uid = repository.create(a, WriteRequest.by("setup", "")).uid();
        EObject original = repository.load(uid).root();
        long version = queries.find(uid, uid).orElseThrow().version();
        edits.setAttributes(uid, uid, version, Map.of("purpose", "Phục vụ"), WriteRequest.by("x", ""));

        long size = value("MATCH (c:Change {arch: $arch, rev: 2}) RETURN sum(size(c.before))", Map.of("arch", uid)).asLong();
        assertThat(size).isLessThan(2_000);
        assertThat(ModelDifferences.between(original, repository.loadAtRevision(uid, 1).root())).isEmpty();
    }

    private long changes(String uid, long rev) {
        return value("MATCH (c:Change {arch: $arch, rev: $rev}) RETURN count(c)", Map.of("arch", uid, "rev", rev)).asLong();
    }

    @Test
    void setAttributes_WithMalformedNationalData_IsRefusedNamingObjectRuleAndValue() {
        EObject a = TestModels.tiny();
        Models.element(a, "InformationSystem", "is1", "Hệ thống một cửa");
        String uid = repository.create(a, WriteRequest.by("setup", "")).uid();
        long version = queries.find(uid, "is1").orElseThrow().version();
        long revision = repository.summary(uid).orElseThrow().revision();

        assertThatThrownBy(() -> edits.setAttributes(uid, "is1", version, Map.of("securityLevel", "9"), WriteRequest.by("x", "")))
                .isInstanceOf(RepositoryException.class).hasMessageContaining("ndaf.system.securityLevel").hasMessageContaining("is1")
                .hasMessageContaining("9").hasMessageContaining("Nothing was written");
        assertThat(queries.find(uid, "is1").orElseThrow().attributes()).doesNotContainEntry("securityLevel", 9L);
        assertThat(repository.summary(uid).orElseThrow().revision()).isEqualTo(revision);
    }

    @Test
    void save_WithANonIsoDate_IsRefusedAndStoresNothing() {
        EObject a = TestModels.tiny();
        EObject task = Models.element(a, "PlanTask", "t1", "Triển khai");
        Models.set(task, "leadBodyCode", "01");
        Models.set(task, "deadline", "2025-08-31");
        String uid = repository.create(a, WriteRequest.by("setup", "")).uid();
        LoadedModel loaded = repository.load(uid);
        Models.set(byId(loaded.root(), "elements", "t1"), "deadline", "31/08/2025");
        assertThatThrownBy(() -> repository.save(loaded, loaded.root(), WriteRequest.by("x", ""))).isInstanceOf(RepositoryException.class)
                .hasMessageContaining("ndaf.date.iso").hasMessageContaining("31/08/2025").hasMessageContaining("t1");
        assertThat(repository.summary(uid).orElseThrow().revision()).isEqualTo(1);

        EObject bad = TestModels.tiny();
        Models.set(Models.element(bad, "InformationSystem", "is9", "Chín"), "securityLevel", 9);
        long before = repository.list(null).size();
        assertThatThrownBy(() -> repository.create(bad, WriteRequest.by("x", ""))).isInstanceOf(RepositoryException.class)
                .hasMessageContaining("ndaf.system.securityLevel").hasMessageContaining("is9");
        assertThat(repository.list(null)).hasSize((int) before);
    }

    @Test
    void create_ACommuneUnderACommune_IsRefusedNamingBothBodies() {
        EObject registry = NdafMetamodel.get().create("BodyRegistry");
        Models.set(registry, "id", "reg");
        EObject province = body(registry, "p01", "01", "province", null);
        EObject commune = body(registry, "c1", "00004", "commune", province);
        body(registry, "c2", "00007", "commune", commune);
        assertThatThrownBy(() -> repository.create(registry, WriteRequest.by("x", ""))).isInstanceOf(RepositoryException.class)
                .hasMessageContaining("ndaf.body.twoTier").hasMessageContaining("c2").hasMessageContaining("00004");
    }

    @Test
    void save_WithWhatArchiTolerates_StoresItAndWarns() {
        EObject a = TestModels.tiny();
        EObject data = Models.element(a, "DataObject", "d1", "Hồ sơ");
        EObject process = Models.element(a, "BusinessProcess", "p1", "Tiếp nhận");
        Models.relationship(a, "TriggeringRelationship", "bad", data, process);
        SaveResult created = repository.create(a, WriteRequest.by("x", ""));
        assertThat(created.warnings()).anySatisfy(w -> assertThat(w).contains("ndaf.relationship.allowed").contains("(id bad)"));
        assertThat(Models.<EObject>list(repository.load(created.uid()).root(), "relationships")).extracting(Models::id).contains("bad");

        LoadedModel loaded = repository.load(created.uid());
        EObject e1 = byId(loaded.root(), "elements", "e1");
        EObject j = Models.element(loaded.root(), "Junction", "j", null);
        Models.relationship(loaded.root(), "TriggeringRelationship", "t1", byId(loaded.root(), "elements", "p1"), j);
        Models.relationship(loaded.root(), "FlowRelationship", "t2", j, byId(loaded.root(), "elements", "p1"));
        Models.set(e1, "name", "renamed");
        SaveResult saved = repository.save(loaded, loaded.root(), WriteRequest.by("x", ""));
        assertThat(saved.warnings()).anySatisfy(w -> assertThat(w).contains("ndaf.junction.sameType"));
        assertThat(Models.<EObject>list(repository.load(created.uid()).root(), "relationships")).extracting(Models::id).contains("t1", "t2");
    }

    @Test
    void setAttributes_ThatBreaksARuleOnANeighbour_IsRefusedNamingTheNeighbour() {
        EObject registry = NdafMetamodel.get().create("BodyRegistry");
        Models.set(registry, "id", "reg2");
        EObject province = body(registry, "p31", "31", "province", null);
        body(registry, "c31", "11311", "commune", province);
        String uid = repository.create(registry, WriteRequest.by("x", "")).uid();
        long version = queries.find(uid, "p31").orElseThrow().version();

        // a province that becomes a central body leaves its communes under a body that is not a province
        assertThatThrownBy(() -> edits.setAttributes(uid, "p31", version, Map.of("tier", "central"), WriteRequest.by("x", "")))
                .isInstanceOf(InvalidModelException.class).hasMessageContaining("ndaf.body.twoTier").hasMessageContaining("c31");
        assertThat(queries.find(uid, "p31").orElseThrow().attributes()).containsEntry("tier", "province");
        // an edit that breaks nothing goes through, and names no problem
        ObjectEdits.EditResult renamed = edits.edit(uid, "p31", version, Map.of("name", "Hải Phòng"), WriteRequest.by("x", ""));
        assertThat(renamed.object().name()).isEqualTo("Hải Phòng");
        assertThat(renamed.warnings()).isEmpty();
    }

    private static EObject body(EObject registry, String id, String code, String tier, EObject parent) {
        EObject body = NdafMetamodel.get().create("Body");
        Models.set(body, "id", id);
        Models.set(body, "code", code);
        Models.set(body, "name", "Body " + code);
        Models.set(body, "tier", tier);
        if (parent != null) {
            Models.set(body, "parent", parent);
        }
        Models.list(registry, "bodies").add(body);
        return body;
    }
}
