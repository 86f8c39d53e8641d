package vn.ndaf.api.graphql;

import java.io.ByteArrayOutputStream;
import java.util.List;

import org.eclipse.emf.ecore.EObject;

import vn.ndaf.interop.ExportOptions;
import vn.ndaf.interop.Format;
import vn.ndaf.interop.ImportOptions;
import vn.ndaf.interop.ImportResult;
import vn.ndaf.interop.ModelExporter;
import vn.ndaf.interop.csv.CsvFileSet;
import vn.ndaf.interop.csv.CsvImporter;
import vn.ndaf.metamodel.Models;
import vn.ndaf.repository.ArchitectureRepository;
import vn.ndaf.repository.LoadedModel;
import vn.ndaf.repository.ProgressListener;
import vn.ndaf.repository.SaveResult;
import vn.ndaf.repository.WriteRequest;

/**
 * Imports into and exports from the store, for the GraphQL API and the command line alike: an imported
 * model is stored in one transaction (all of it or nothing), a CSV import into an existing architecture is
 * saved as an edit of it (diffed, recorded in its history).
 */
public final class ModelTransfer {

    /** What an import stored. */
    public record Imported(String id, long revision, Format format, int elements, int relationships, int views, List<String> warnings) {
    }

    /** An export: the bytes, whether they are binary (a ZIP), a file name and a media type. */
    public record Exported(byte[] content, boolean binary, String fileName, String mediaType) {
    }

    private final ArchitectureRepository repository;

    public ModelTransfer(ArchitectureRepository repository) {
        this.repository = repository;
    }

    /** Stores an imported architecture under a new id. */
    public Imported store(ImportResult result, String author, String fileName, ProgressListener progress) {
        Object body = result.architecture().eGet(result.architecture().eClass().getEStructuralFeature("bodyCode"));
        if (body == null || !repository.isKnownBody(body.toString())) {
            throw new vn.ndaf.api.graphql.errors.UnknownNameException("No body has the code '" + body + "' in the registry; every architecture belongs to a registered body"
                    + " (01 for Hà Nội, 00004 for Ba Đình ward, BCA, ...). List them with 'ndaf bodies' or the bodies query. Nothing was stored.");
        }
        WriteRequest request = new WriteRequest(author, "import " + fileName + " (" + result.format() + ")", "import", progress);
        SaveResult saved = repository.create(result.architecture(), request);
        return imported(saved.uid(), saved.revision(), result);
    }

    /** Applies CSV files to a stored architecture and saves the edit. */
    public Imported importInto(String architectureId, CsvFileSet files, ImportOptions options, String author, ProgressListener progress) {
        LoadedModel loaded = repository.load(architectureId);
        ImportResult result = CsvImporter.importInto(loaded.root(), files, options);
        WriteRequest request = new WriteRequest(author, "import " + options.fileName() + " (csv) into the architecture", "import", progress);
        SaveResult saved = repository.save(loaded, result.architecture(), request);
        return imported(architectureId, saved.revision(), result);
    }

    public Exported export(String architectureId, Format format, ExportOptions options) {
        EObject architecture = repository.load(architectureId).root();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ModelExporter.write(architecture, format, out, options);
        return new Exported(out.toByteArray(), ModelExporter.isBinary(architecture, format), ModelExporter.fileName(architecture, format),
                ModelExporter.isBinary(architecture, format) ? "application/zip" : format.mediaType());
    }

    private static Imported imported(String id, long revision, ImportResult result) {
        EObject a = result.architecture();
        return new Imported(id, revision, result.format(), Models.list(a, "elements").size(), Models.list(a, "relationships").size(),
                Models.list(a, "views").size(), result.warnings().stream().map(Object::toString).toList());
    }
}
