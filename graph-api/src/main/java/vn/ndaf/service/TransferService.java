package vn.ndaf.service;

import vn.ndaf.interop.ExportOptions;
import vn.ndaf.interop.Format;
import vn.ndaf.interop.ImportOptions;
import vn.ndaf.interop.ImportResult;
import vn.ndaf.interop.csv.CsvFileSet;
import vn.ndaf.repository.ArchitectureRepository;
import vn.ndaf.repository.ProgressListener;

/**
 * Import and export of whole architectures (files of every format), for GraphQL and the command line alike;
 * the history's author of an import is the caller's name.
 */
public final class TransferService {

    private final ModelTransfer transfer;
    private final Guard guard;

    public TransferService(ArchitectureRepository repository, Guard guard) {
        this.transfer = new ModelTransfer(repository);
        this.guard = guard;
    }

    /** The refusal of an import into a body the registry does not have. */
    public static IllegalArgumentException unknownBody(Object body) {
        return ModelTransfer.unknownBody(body);
    }

    /** Stores an imported architecture under a new id (see {@link ModelTransfer#store(ImportResult, String, String, ProgressListener, boolean)}). */
    public ModelTransfer.Imported store(Caller caller, ImportResult result, String fileName, ProgressListener progress, boolean detach) {
        return guard.write(caller, Action.IMPORT, Target.body(bodyOf(result)), "import " + fileName + " as a new architecture",
                () -> transfer.store(result, caller.name(), fileName, progress, detach));
    }

    /** Replaces a stored architecture's content by an imported model, saved as an edit of it. */
    public ModelTransfer.Imported replace(Caller caller, String architectureId, ImportResult result, String fileName, ProgressListener progress,
            ModelTransfer.Update update) {
        return guard.write(caller, Action.IMPORT, Target.architecture(architectureId), what(fileName, update),
                () -> transfer.replace(architectureId, result, fileName, caller.name(), progress, update));
    }

    /** Imports CSV files into a stored architecture, saved as an edit of it. */
    public ModelTransfer.Imported importInto(Caller caller, String architectureId, CsvFileSet files, ImportOptions options, ProgressListener progress,
            ModelTransfer.Update update) {
        return guard.write(caller, Action.IMPORT, Target.architecture(architectureId), what(options.fileName(), update),
                () -> transfer.importInto(architectureId, files, options, caller.name(), progress, update));
    }

    /** A stored architecture as a file of {@code format}. */
    public ModelTransfer.Exported export(Caller caller, String architectureId, Format format, ExportOptions options) {
        return guard.write(caller, Action.EXPORT, Target.architecture(architectureId), "export as " + format.cliName(),
                () -> transfer.export(architectureId, format, options));
    }

    /** The body the imported architecture names, or null; the import itself refuses a missing or unknown one. */
    private static String bodyOf(ImportResult result) {
        var root = result.architecture();
        var feature = root == null ? null : root.eClass().getEStructuralFeature("bodyCode");
        Object body = feature == null ? null : root.eGet(feature);
        return body == null ? null : body.toString();
    }

    private static String what(String fileName, ModelTransfer.Update update) {
        return (update.dryRun() ? "dry run of the import of " : "import ") + fileName + " into the architecture";
    }
}
