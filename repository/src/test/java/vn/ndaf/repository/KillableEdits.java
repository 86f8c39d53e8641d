package vn.ndaf.repository;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;

import vn.ndaf.metamodel.Models;
import vn.ndaf.repository.store.Neo4jStore;
import vn.ndaf.repository.store.StoreSettings;

/**
 * Run in a separate process by {@link KillDuringEditsIT}: opens the store in the given folder and applies
 * single-object edits to an architecture one after the other, without end, printing {@code ack <n>} as
 * each returns, until it is killed. Arguments: folder, architecture id.
 */
public final class KillableEdits {

    /** Elements the edits rename, and elements (all in folder f0) the edits delete. */
    static final int EDITED = 12;
    static final int DELETABLE = 60;

    private KillableEdits() {
    }

    /** The architecture the edits start from. */
    static EObject initial(String uid) {
        EObject a = Models.architecture(uid, "Sửa liên tục");
        Models.set(a, "bodyCode", "79");
        for (int i = 0; i < EDITED; i++) {
            Models.element(a, "ApplicationComponent", "e" + i, "Thành phần " + i);
        }
        ModelEditor.addFolder(a, null, "f0", "Xóa dần");
        for (int i = 0; i < DELETABLE; i++) {
            Models.element(a, "DataObject", "d" + i, "Dữ liệu " + i);
            ModelEditor.file(a, "f0", "d" + i);
        }
        return a;
    }

    /** Edit {@code n} (from 0): every fourth deletes the next deletable element, the others set two attributes of one element at once. */
    static boolean isDelete(int n) {
        return n % 4 == 3;
    }

    static String target(int n) {
        return isDelete(n) ? "d" + n / 4 : "e" + n % EDITED;
    }

    static String value(int n) {
        return "Sửa lần " + n;
    }

    /** What edit {@code n} does to a model, for the test's expected copy. */
    static void apply(EObject model, int n) {
        if (isDelete(n)) {
            ModelEditor.deleteCascade(model, List.of(target(n)));
        } else {
            ModelEditor.set(model, target(n), "name", value(n));
            ModelEditor.set(model, target(n), "documentation", value(n));
        }
    }

    public static void main(String[] args) {
        String uid = args[1];
        try (Neo4jStore store = Neo4jStore.open(StoreSettings.embedded(Path.of(args[0])), "kill test")) {
            ObjectEdits edits = new ObjectEdits(store.driver());
            ObjectQueries queries = new ObjectQueries(store.driver());
            System.out.println("started");
            System.out.flush();
            for (int n = 0; n < 4 * DELETABLE; n++) {
                long version = queries.find(uid, target(n)).orElseThrow().version();
                if (isDelete(n)) {
                    edits.deleteConcept(uid, target(n), version, WriteRequest.by("kill test", "edit " + n));
                } else {
                    edits.setAttributes(uid, target(n), version, Map.of("name", value(n), "documentation", value(n)), WriteRequest.by("kill test", "edit " + n));
                }
                System.out.println("ack " + n);
                System.out.flush();
            }
            System.out.println("finished");
        }
    }
}
