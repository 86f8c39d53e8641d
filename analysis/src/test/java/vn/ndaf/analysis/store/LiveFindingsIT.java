package vn.ndaf.analysis.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import vn.ndaf.analysis.Checker;
import vn.ndaf.analysis.Finding;
import vn.ndaf.analysis.Fixtures;
import vn.ndaf.analysis.LiveFindings;
import vn.ndaf.analysis.Profile;
import vn.ndaf.analysis.StoreChecker;
import vn.ndaf.metamodel.Models;
import vn.ndaf.repository.ArchitectureRepository;
import vn.ndaf.repository.FindingStore;
import vn.ndaf.repository.FindingStore.Filter;
import vn.ndaf.repository.LoadedModel;
import vn.ndaf.repository.ObjectEdits;
import vn.ndaf.repository.TestStore;
import vn.ndaf.repository.WriteRequest;

/**
 * Every write brings the stored findings up to date: after any sequence of edits (adding, renaming, showing,
 * hiding, deleting elements and relationships), the findings in the store are those a fresh check of the
 * architecture as stored finds.
 */
class LiveFindingsIT {

    private static final AtomicInteger RUN = new AtomicInteger();
    private static final WriteRequest EDIT = WriteRequest.by("analysis test", "edit");

    enum Edit {
        ADD_ACTOR, ADD_DUPLICATE, ADD_INVALID_RELATIONSHIP, ADD_VALID_RELATIONSHIP, SHOW_ALL, CLEAR_VIEWS, DELETE_FIRST_ELEMENT, RENAME_FIRST,
        SET_ATTRIBUTE_OUTSIDE
    }

    @Provide
    Arbitrary<List<Edit>> edits() {
        return Arbitraries.of(Edit.class).list().ofMinSize(1).ofMaxSize(8);
    }

    @Property(tries = 6)
    void storedFindings_AreThoseOfAFreshCheck_AfterEveryWrite(@ForAll("edits") List<Edit> edits) {
        FindingStore store = new FindingStore(TestStore.get().driver());
        StoreChecker checker = new StoreChecker(Checker.standard(), TestStore.get());
        editAndCompare(edits, store, checker, new LiveFindings(checker, store));
    }

    /** Refreshed off the writes' path (ADR 0024): a read right after each write still sees that write's findings. */
    @Property(tries = 4)
    void findingsRead_AreThoseOfAFreshCheck_WhenRefreshedInTheBackground(@ForAll("edits") List<Edit> edits) {
        FindingStore store = new FindingStore(TestStore.get().driver());
        StoreChecker checker = new StoreChecker(Checker.standard(), TestStore.get());
        try (LiveFindings live = LiveFindings.inBackground(checker, store)) {
            editAndCompare(edits, store, checker, live);
        }
    }

    private void editAndCompare(List<Edit> edits, FindingStore store, StoreChecker checker, LiveFindings live) {
        ArchitectureRepository repository = new ArchitectureRepository(TestStore.get().driver());
        ObjectEdits objectEdits = new ObjectEdits(TestStore.get().driver());
        StoredNation.referenceData(repository);
        repository.addWriteListener(live);
        objectEdits.addWriteListener(live);

        String id = "live-" + RUN.incrementAndGet();
        EObject start = Fixtures.architecture();
        Models.set(start, "id", id);
        repository.createAs(id, start, EDIT);
        assertStoredIsFresh(store, checker, id);

        int counter = 0;
        for (Edit edit : edits) {
            LoadedModel loaded = repository.load(id);
            if (edit == Edit.SET_ATTRIBUTE_OUTSIDE) {
                List<EObject> elements = Models.list(loaded.root(), "elements");
                if (elements.isEmpty()) {
                    continue;
                }
                String target = Models.id(elements.get(0));
                long version = loaded.versions().getOrDefault(id + "/" + target, 1L);
                objectEdits.setAttributes(id, target, version, java.util.Map.of("name", "Edited " + counter++), EDIT);
            } else {
                EObject model = EcoreUtil.copy(loaded.root());
                apply(model, edit, counter++);
                repository.save(loaded, model, EDIT);
            }
            assertStoredIsFresh(store, checker, id);
        }
    }

    private static void apply(EObject a, Edit edit, int n) {
        List<EObject> elements = Models.list(a, "elements");
        switch (edit) {
            case ADD_ACTOR -> Models.element(a, "BusinessActor", "actor" + n, "Actor " + n);
            case ADD_DUPLICATE -> {
                Models.element(a, "BusinessRole", "role" + n + "a", "Same role");
                Models.element(a, "BusinessRole", "role" + n + "b", "Same role");
            }
            case ADD_INVALID_RELATIONSHIP -> {
                EObject o = Models.element(a, "BusinessObject", "object" + n, "Object " + n);
                EObject r = Models.element(a, "BusinessActor", "actor" + n + "x", "Actor " + n);
                Models.relationship(a, "AssignmentRelationship", "bad" + n, o, r);
            }
            case ADD_VALID_RELATIONSHIP -> {
                EObject s = Models.element(a, "BusinessActor", "actor" + n + "s", "Actor " + n);
                EObject t = Models.element(a, "BusinessRole", "role" + n + "t", "Role " + n);
                Models.relationship(a, "AssignmentRelationship", "good" + n, s, t);
            }
            case SHOW_ALL -> {
                Models.list(a, "views").clear();
                Fixtures.showAll(a);
            }
            case CLEAR_VIEWS -> Models.list(a, "views").clear();
            case DELETE_FIRST_ELEMENT -> {
                if (!elements.isEmpty()) {
                    EObject first = elements.get(0);
                    Models.<EObject>list(a, "relationships").removeIf(r -> Models.get(r, "source") == first || Models.get(r, "target") == first);
                    Models.list(a, "views").clear();
                    elements.remove(first);
                }
            }
            case RENAME_FIRST -> {
                if (!elements.isEmpty()) {
                    Models.set(elements.get(0), "name", "Renamed " + n);
                }
            }
            default -> throw new IllegalStateException(edit.name());
        }
    }

    private static void assertStoredIsFresh(FindingStore store, StoreChecker checker, String id) {
        Set<String> stored = store.page(new Filter(List.of(id), null, null, null), 0, 10_000).rows().stream()
                .map(m -> m.get("rule") + " " + m.get("severity") + " " + m.get("id") + " " + m.get("message")).collect(Collectors.toSet());
        Set<String> fresh = checker.check(id, Profile.defaults()).stream().map(LiveFindingsIT::key).collect(Collectors.toSet());
        assertThat(stored).as("stored findings of " + id).isEqualTo(fresh);
    }

    private static String key(Finding f) {
        return f.rule() + " " + f.severity() + " " + f.id() + " " + f.message();
    }
}
