package vn.ndaf.interop.csv;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.UUID;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

import vn.ndaf.interop.Format;
import vn.ndaf.interop.ImportOptions;
import vn.ndaf.interop.ImportResult;
import vn.ndaf.interop.io.Problems;
import vn.ndaf.interop.model.ModelCompletion;
import vn.ndaf.metamodel.Models;
import vn.ndaf.metamodel.NdafMetamodel;

/**
 * Imports Archi's CSV files, into a new architecture or on top of an existing one (as Archi imports CSV into
 * an open model). The files are read in Archi's order, elements, relations, properties; any error stops the
 * import and leaves the existing architecture untouched (the work is done on a copy).
 */
public final class CsvImporter {

    private CsvImporter() {
    }

    /** A new architecture from the files. Its id is the model row's id when the elements file has one. */
    public static ImportResult read(CsvFileSet files, ImportOptions options) {
        EObject architecture = NdafMetamodel.get().create("Architecture");
        Models.set(architecture, "id", "csv-import-pending");
        Problems problems = new Problems(options.fileName(), options.strict());
        CsvImport csv = new CsvImport(architecture, problems);
        run(csv, files, options);
        String id = csv.modelRowId() != null ? csv.modelRowId() : generatedId(files);
        Models.set(architecture, "id", id);
        ModelCompletion.checkTolerated(architecture, csv.elementsPart() == null ? problems : problems.forPart(csv.elementsPart()), csv::lineOf);
        ModelCompletion.complete(architecture, problems, options, byId(architecture));
        return new ImportResult(architecture, problems.warnings(), Format.CSV);
    }

    /**
     * The existing architecture with the files applied: a changed copy (the argument stays as it was), ready
     * to be saved over the stored one.
     */
    public static ImportResult importInto(EObject existing, CsvFileSet files, ImportOptions options) {
        EObject architecture = EcoreUtil.copy(existing);
        Problems problems = new Problems(options.fileName(), options.strict());
        CsvImport csv = new CsvImport(architecture, problems);
        run(csv, files, options);
        ConnectionRepair.afterEndsChanged(architecture, new HashSet<>(csv.changedRelationships()), problems);
        ModelCompletion.complete(architecture, problems, options, byId(architecture));
        return new ImportResult(architecture, problems.warnings(), Format.CSV);
    }

    private static void run(CsvImport csv, CsvFileSet files, ImportOptions options) {
        if (files.isEmpty()) {
            throw new vn.ndaf.interop.ImportException(options.fileName(), "no Archi CSV file to import");
        }
        for (String kind : CsvFileSet.KINDS) {
            byte[] content = files.content(kind);
            if (content == null) {
                continue;
            }
            String part = files.name(kind);
            var rows = CsvRows.parse(content, part);
            switch (kind) {
            case "elements" -> csv.elements(rows, part);
            case "relations" -> csv.relations(rows, part);
            default -> csv.properties(rows, part);
            }
            options.progress().bytesRead(content.length, content.length);
        }
    }

    private static String generatedId(CsvFileSet files) {
        StringBuilder seed = new StringBuilder();
        for (String kind : CsvFileSet.KINDS) {
            byte[] c = files.content(kind);
            if (c != null) {
                seed.append(kind).append(new String(c, StandardCharsets.UTF_8));
            }
        }
        return "id-" + UUID.nameUUIDFromBytes(seed.toString().getBytes(StandardCharsets.UTF_8)).toString().replace("-", "");
    }

    private static java.util.function.Function<String, EObject> byId(EObject architecture) {
        java.util.Map<String, EObject> ids = new java.util.HashMap<>();
        for (TreeIterator<EObject> it = architecture.eAllContents(); it.hasNext();) {
            EObject o = it.next();
            if (Models.isA(o, "Identified")) {
                ids.putIfAbsent(Models.id(o), o);
            }
        }
        return ids::get;
    }
}
