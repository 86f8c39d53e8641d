package vn.ndaf.interop;

import java.util.List;

import org.eclipse.emf.ecore.EObject;

/**
 * What an import produced: the architecture (not yet stored), what it could not keep as is, and the format
 * it detected.
 */
public record ImportResult(EObject architecture, List<ImportWarning> warnings, Format format) {

    public ImportResult {
        warnings = List.copyOf(warnings);
    }
}
