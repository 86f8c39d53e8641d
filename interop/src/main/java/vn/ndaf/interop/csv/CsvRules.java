package vn.ndaf.interop.csv;

import org.eclipse.emf.ecore.EObject;

import vn.ndaf.interop.ImportWarning;
import vn.ndaf.interop.io.Problems;
import vn.ndaf.interop.model.ModelCompletion;
import vn.ndaf.metamodel.Models;

/**
 * The relationship check of CSV imports, with Archi's message first and the reason after it. Archi's CSV
 * importer refuses such a relationship; ndaf keeps it with a warning as it does for the other formats (so
 * that a model ndaf holds survives its own CSV export), and refuses it, with Archi's message, in a strict
 * import.
 */
final class CsvRules {

    private CsvRules() {
    }

    static void checkAllowed(EObject relationship, int line, Problems problems) {
        String reason = ModelCompletion.notAllowed(relationship);
        if (reason == null) {
            return;
        }
        if (problems.strict()) {
            throw problems.error(line, "Invalid relationship: " + Models.id(relationship) + " - " + reason);
        }
        problems.tolerate(line, ImportWarning.RELATIONSHIP_INVALID, reason);
    }
}
