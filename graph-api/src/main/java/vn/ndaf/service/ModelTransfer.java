package vn.ndaf.service;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

import vn.ndaf.interop.ExportOptions;
import vn.ndaf.interop.Format;
import vn.ndaf.interop.ImportOptions;
import vn.ndaf.interop.ImportResult;
import vn.ndaf.interop.ImportWarning;
import vn.ndaf.interop.ModelExporter;
import vn.ndaf.interop.csv.CsvFileSet;
import vn.ndaf.interop.csv.CsvImporter;
import vn.ndaf.interop.model.FederatedCopies;
import vn.ndaf.metamodel.Models;
import vn.ndaf.repository.ArchitectureRepository;
import vn.ndaf.repository.ChangeEntry;
import vn.ndaf.repository.ConflictException;
import vn.ndaf.repository.NotFoundException;
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

    /**
     * What an import stored (or, on a dry run, would change); {@code warnings} as lines (file, line, message),
     * {@code warningDetails} with their kinds, {@code changes} what an import into a stored architecture changed.
     */
    public record Imported(String id, long revision, Format format, int elements, int relationships, int views, List<String> warnings,
            List<ImportWarning> warningDetails, List<ChangeEntry> changes, boolean dryRun) {

        public Imported {
            warningDetails = warningDetails == null ? List.of() : List.copyOf(warningDetails);
            changes = changes == null ? List.of() : List.copyOf(changes);
        }

        public Imported(String id, long revision, Format format, int elements, int relationships, int views, List<String> warnings) {
            this(id, revision, format, elements, relationships, views, warnings, List.of(), List.of(), false);
        }

        public Imported(String id, long revision, Format format, int elements, int relationships, int views, List<String> warnings,
                List<ImportWarning> warningDetails) {
            this(id, revision, format, elements, relationships, views, warnings, warningDetails, List.of(), false);
        }

        /** The number of warnings of each kind, most frequent first. */
        public java.util.Map<String, Integer> warningCounts() {
            return ImportResult.countByKind(warningDetails);
        }
    }

    /**
     * How an import into a stored architecture goes: only if it is still at {@code expectedRevision} (null: any),
     * only computing what would change ({@code dryRun}), keeping copies of objects no longer stored as local
     * elements ({@code detach}).
     */
    public record Update(Long expectedRevision, boolean dryRun, boolean detach) {
        public static final Update DEFAULT = new Update(null, false, false);
    }

    /** An export: the bytes, whether they are binary (a ZIP), a file name and a media type. */
    public record Exported(byte[] content, boolean binary, String fileName, String mediaType) {
    }

    private final ArchitectureRepository repository;

    ModelTransfer(ArchitectureRepository repository) {
        this.repository = repository;
    }

    /** The refusal of an import into a body the registry does not have. */
    public static IllegalArgumentException unknownBody(Object body) {
        return new vn.ndaf.api.graphql.errors.UnknownNameException("No body has the code '" + body + "' in the registry; every architecture belongs to a registered body"
                + " (01 for Hà Nội, 00004 for Ba Đình ward, BCA, ...). List them with 'ndaf bodies' or the bodies query. Nothing was stored.");
    }

    /** Stores an imported architecture under a new id. */
    public Imported store(ImportResult result, String author, String fileName, ProgressListener progress) {
        return store(result, author, fileName, progress, false);
    }

    /**
     * Stores an imported architecture under a new id; copies of other architectures' objects (property
     * ndaf:ref) become references to them again; one whose object is no longer stored is refused, or with
     * {@code detach} kept as a local element.
     */
    public Imported store(ImportResult result, String author, String fileName, ProgressListener progress, boolean detach) {
        Object body = result.architecture().eGet(result.architecture().eClass().getEStructuralFeature("bodyCode"));
        if (body == null || !repository.isKnownBody(body.toString())) {
            throw unknownBody(body);
        }
        List<String> detached = restoreReferences(result.architecture(), detach, fileName);
        WriteRequest request = new WriteRequest(author, "import " + fileName + " (" + result.format() + ")", "import", progress);
        SaveResult saved = repository.create(result.architecture(), request);
        return withWarnings(imported(saved.uid(), saved.revision(), result), detached);
    }

    /** Applies CSV files to a stored architecture and saves the edit. */
    public Imported importInto(String architectureId, CsvFileSet files, ImportOptions options, String author, ProgressListener progress) {
        return importInto(architectureId, files, options, author, progress, Update.DEFAULT);
    }

    /** Applies CSV files to a stored architecture as Archi does (adds and updates, deletes nothing), as one revision. */
    public Imported importInto(String architectureId, CsvFileSet files, ImportOptions options, String author, ProgressListener progress, Update update) {
        LoadedModel loaded = repository.load(architectureId);
        requireRevision(loaded, update);
        // the rows of an exported file name copies (ref-...) where the architecture refers to other architectures' objects:
        // applied to the architecture with the same copies, they change nothing there, and the copies become references again
        EObject base = EcoreUtil.copy(loaded.root());
        localize(base);
        ImportResult result = CsvImporter.importInto(base, files, options);
        List<String> detached = restoreReferences(result.architecture(), update.detach(), options.fileName());
        return saveOver(loaded, result, detached, options.fileName(), author, progress, update);
    }

    /**
     * Makes a stored architecture what an exchange or Archi file holds, as one revision: objects are matched by
     * id (the file's ids are the stored ids), those the file lacks are deleted. The architecture keeps its id,
     * body and state.
     */
    public Imported replace(String architectureId, ImportResult result, String fileName, String author, ProgressListener progress, Update update) {
        LoadedModel loaded = repository.load(architectureId);
        requireRevision(loaded, update);
        EObject incoming = result.architecture();
        for (String kept : List.of("id", "bodyCode", "state")) {
            var feature = incoming.eClass().getEStructuralFeature(kept);
            if (feature != null) {
                incoming.eSet(feature, loaded.root().eGet(feature));
            }
        }
        List<String> detached = restoreReferences(incoming, update.detach(), fileName);
        if (Models.list(loaded.root(), "folders").isEmpty() && onlyArchiTopLevelFolders(incoming)) {
            Models.list(incoming, "folders").clear();
        }
        return saveOver(loaded, result, detached, fileName, author, progress, update);
    }

    /**
     * Whether the model's folders are only Archi's top-level folder of each kind, without subfolders or details:
     * what the Archi format needs and ndaf adds when it exports an architecture without folders, so they carry
     * nothing to keep (every object is in the folder of its kind).
     */
    private static boolean onlyArchiTopLevelFolders(EObject architecture) {
        for (EObject folder : Models.<EObject>list(architecture, "folders")) {
            String type = Models.string(folder, "type");
            if (type == null || type.equals("user") || !Models.list(folder, "folders").isEmpty() || !Models.list(folder, "properties").isEmpty()
                    || Models.string(folder, "documentation") != null && !Models.string(folder, "documentation").isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private Imported saveOver(LoadedModel loaded, ImportResult result, List<String> detached, String fileName, String author, ProgressListener progress,
            Update update) {
        String id = loaded.uid();
        if (update.dryRun()) {
            List<ChangeEntry> changes = repository.preview(loaded, result.architecture());
            Imported i = imported(id, loaded.revision(), result);
            return new Imported(id, loaded.revision(), i.format(), i.elements(), i.relationships(), i.views(), plus(i.warnings(), detached), i.warningDetails(), changes, true);
        }
        WriteRequest request = new WriteRequest(author, "import " + fileName + " (" + result.format().cliName() + ") into the architecture", "import", progress);
        SaveResult saved = repository.saveExpecting(loaded, result.architecture(), request, update.expectedRevision());
        List<ChangeEntry> changes = saved.revision() > loaded.revision() ? repository.changesIn(id, saved.revision()) : List.of();
        Imported i = imported(id, saved.revision(), result);
        return new Imported(id, saved.revision(), i.format(), i.elements(), i.relationships(), i.views(), plus(i.warnings(), detached), i.warningDetails(), changes, false);
    }

    private static void requireRevision(LoadedModel loaded, Update update) {
        if (update.expectedRevision() != null && update.expectedRevision() != loaded.revision()) {
            throw new ConflictException("Architecture " + loaded.uid() + " is at revision " + loaded.revision() + ", not at revision " + update.expectedRevision()
                    + " as expected" + (loaded.revision() > update.expectedRevision() ? "; revision " + loaded.revision() + " is newer" : "")
                    + ". Nothing was written; export it again and apply your change to it.");
        }
    }

    /** Copies of other architectures' objects back into references (docs/interop.md, "Federated architectures"). */
    private List<String> restoreReferences(EObject architecture, boolean detach, String fileName) {
        Map<EObject, String> copies = FederatedCopies.copies(architecture);
        if (copies.isEmpty()) {
            return List.of();
        }
        return FederatedCopies.restore(architecture, repository.references(new java.util.LinkedHashSet<>(copies.values())), detach, fileName);
    }

    private static List<String> plus(List<String> warnings, List<String> more) {
        if (more.isEmpty()) {
            return warnings;
        }
        List<String> all = new ArrayList<>(warnings);
        all.addAll(more);
        return all;
    }

    private static Imported withWarnings(Imported i, List<String> more) {
        return more.isEmpty() ? i : new Imported(i.id(), i.revision(), i.format(), i.elements(), i.relationships(), i.views(), plus(i.warnings(), more), i.warningDetails(), i.changes(), i.dryRun());
    }

    /**
     * Exports a stored architecture. In exchange, Archi and CSV, objects of other architectures it refers to
     * travel as copies marked ndaf:ref (docs/interop.md, "Federated architectures"); RDF links to them.
     */
    public Exported export(String architectureId, Format format, ExportOptions options) {
        EObject architecture = repository.load(architectureId).root();
        if (format == Format.EXCHANGE || format == Format.ARCHIMATE || format == Format.CSV) {
            localize(architecture);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ModelExporter.write(architecture, format, out, options);
        return new Exported(out.toByteArray(), ModelExporter.isBinary(architecture, format), ModelExporter.fileName(architecture, format),
                ModelExporter.isBinary(architecture, format) ? "application/zip" : format.mediaType());
    }

    /** Replaces references to other architectures' objects by marked copies, loading each owning architecture once. */
    private void localize(EObject architecture) {
        if (FederatedCopies.foreignUids(architecture).isEmpty()) {
            return;
        }
        Map<String, Map<String, EObject>> owners = new HashMap<>();
        FederatedCopies.localize(architecture, new FederatedCopies.Owners() {
            @Override
            public EObject object(String uid) {
                String owner = uid.substring(0, uid.indexOf('/'));
                Map<String, EObject> byId = owners.computeIfAbsent(owner, o -> {
                    Map<String, EObject> objects = new HashMap<>();
                    EObject root;
                    try {
                        root = repository.load(o).root();
                    } catch (NotFoundException e) {
                        return objects;
                    }
                    root.eAllContents().forEachRemaining(x -> {
                        if (x.eClass().getEStructuralFeature("id") != null && Models.id(x) != null) {
                            objects.putIfAbsent(Models.id(x), x);
                        }
                    });
                    return objects;
                });
                return byId.get(uid.substring(uid.indexOf('/') + 1));
            }

            @Override
            public String folderName(String architectureId) {
                return repository.summary(architectureId).map(s -> s.name() == null || s.name().isBlank() ? architectureId
                        : s.name() + (s.bodyCode() == null ? "" : " (" + s.bodyCode() + ")")).orElse(architectureId);
            }
        });
    }

    private static Imported imported(String id, long revision, ImportResult result) {
        EObject a = result.architecture();
        return new Imported(id, revision, result.format(), Models.list(a, "elements").size(), Models.list(a, "relationships").size(),
                Models.list(a, "views").size(), result.warnings().stream().map(Object::toString).toList(), result.warnings());
    }
}
