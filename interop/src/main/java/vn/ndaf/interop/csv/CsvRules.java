package vn.ndaf.interop.csv;

import org.eclipse.emf.ecore.EObject;

import vn.ndaf.interop.ImportException;
import vn.ndaf.interop.io.Problems;
import vn.ndaf.interop.model.ModelCompletion;
import vn.ndaf.metamodel.Models;

/** The relationship check of CSV imports, with Archi's message first and the reason after it. */
final class CsvRules {

    private CsvRules() {
    }

    static void checkAllowed(EObject relationship, int line, Problems problems) {
        try {
            ModelCompletion.checkAllowed(relationship, line, problems);
        } catch (ImportException e) {
            throw problems.error(line, "Invalid relationship: " + Models.id(relationship) + " - " + e.reason());
        }
    }
}
