package vn.ndaf.repository;

import java.nio.file.Path;

import org.eclipse.emf.ecore.EObject;

import vn.ndaf.metamodel.Models;
import vn.ndaf.repository.store.Neo4jStore;
import vn.ndaf.repository.store.StoreSettings;

/**
 * Run in a separate process by {@link KillDuringImportIT}: opens the store in the given folder and imports
 * a large architecture, printing progress so the test knows when to kill it. Arguments: folder, elements.
 */
public final class KillableImport {

    private KillableImport() {
    }

    public static void main(String[] args) {
        int elements = Integer.parseInt(args[1]);
        EObject a = Models.architecture("big", "Big import");
        Models.set(a, "bodyCode", "79");
        EObject previous = null;
        for (int i = 0; i < elements; i++) {
            EObject e = Models.element(a, "ApplicationComponent", "e" + i, "Component " + i);
            if (previous != null) {
                Models.relationship(a, "FlowRelationship", "f" + i, previous, e);
            }
            previous = e;
        }
        try (Neo4jStore store = Neo4jStore.open(StoreSettings.embedded(Path.of(args[0])), "kill test")) {
            System.out.println("started");
            new ArchitectureRepository(store.driver()).create(a, new WriteRequest("kill test", "", "import", (phase, done, total) -> {
                System.out.println("progress " + phase + " " + done + " " + total);
                System.out.flush();
            }));
            System.out.println("finished");
        }
    }
}
