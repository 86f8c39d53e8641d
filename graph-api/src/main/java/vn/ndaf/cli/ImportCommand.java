package vn.ndaf.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.fasterxml.jackson.databind.JsonNode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import vn.ndaf.service.Caller;
import vn.ndaf.service.ModelTransfer;
import vn.ndaf.service.Services;
import vn.ndaf.service.TransferService;
import vn.ndaf.interop.Format;
import vn.ndaf.interop.FormatDetector;
import vn.ndaf.interop.ImportOptions;
import vn.ndaf.interop.ImportResult;
import vn.ndaf.interop.ImportWarning;
import vn.ndaf.interop.ModelImporter;
import vn.ndaf.interop.csv.CsvFileSet;
import vn.ndaf.interop.io.Inputs;
import vn.ndaf.repository.ChangeEntry;
import vn.ndaf.repository.ProgressListener;
import vn.ndaf.repository.store.DataFolderInUseException;
import vn.ndaf.repository.store.Neo4jStore;

/**
 * {@code ndaf import}: a model file into the store, as a new architecture of a body, or (Archi CSV) into an
 * existing architecture. The format is told from the content. The last line printed is the architecture's
 * id. While a server holds the data folder, the import goes through that server's GraphQL API.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = { "Import a model (exchange format, Archi .archimate, Archi CSV) as a new architecture; the last line printed is its id.",
                "The format is told from the content. For CSV give one of the three files, a folder or a ZIP holding them." })
public class ImportCommand implements Callable<Integer> {

    @Mixin
    StoreOptions store;

    @Parameters(index = "0", paramLabel = "FILE", description = "The file to import (for CSV: any of the three files, a folder, or a ZIP).")
    Path file;

    @Option(names = "--body", paramLabel = "CODE", description = "The body the new architecture belongs to: 01 (Hà Nội), BCA, ... Required unless --into.")
    String body;

    @Option(names = "--name", paramLabel = "NAME", description = "The architecture's name (default: the model's own).")
    String name;

    @Option(names = "--state", paramLabel = "STATE", description = "baseline, transition or target (default: the file's, else baseline).")
    String state;

    @Option(names = "--into", paramLabel = "ARCHITECTURE_ID", description = { "Update this stored architecture instead of creating one, as one revision:",
            "exchange or .archimate: it becomes what the file holds (objects matched by id); CSV: applied as Archi applies it (adds and updates)." })
    String into;

    @Option(names = "--expected-revision", paramLabel = "N", description = "With --into: only if the architecture is still at revision N (else a conflict, nothing written).")
    Long expectedRevision;

    @Option(names = "--dry-run", description = "With --into: print what would change and write nothing.")
    boolean dryRun;

    @Option(names = "--detach", description = "Keep copies of other architectures' objects (property ndaf:ref) that are no longer stored as local elements instead of refusing the file.")
    boolean detach;

    @Option(names = "--author", paramLabel = "NAME", description = "Who imports, for the history (default: the user name).")
    String author;

    @Option(names = "--strict", description = "Refuse what Archi tolerates (relationships ArchiMate 3.2 does not allow, unknown viewpoints, "
            + "properties without definition, empty names, mixed junctions) instead of keeping it with a warning.")
    boolean strict;

    @Option(names = "--max-size", paramLabel = "MB", defaultValue = "256", description = "The largest input accepted, in MB (default: ${DEFAULT-VALUE}).")
    long maxSizeMb;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        checkArguments();
        long size = size(file);
        CliProgress progress = CliProgress.wanted(size) ? new CliProgress(err) : null;
        if (maxSizeMb <= 0) {
            throw new CommandException("--max-size must be a positive number of MB");
        }
        ImportOptions options = ImportOptions.named(file.getFileName().toString()).withMaxBytes(maxSizeMb * 1024 * 1024).withBody(body).withName(name)
                .withState(state == null ? null : state.toLowerCase(Locale.ROOT)).withProgress(progress).withStrict(strict);
        if (size > options.maxBytes()) {
            throw Inputs.tooLarge(options.fileName(), size, options.maxBytes(), false);
        }
        Preflight.importable(file, body, options.maxBytes()); // before the store opens: a wrong body or file is refused at once
        String who = author == null ? System.getProperty("user.name", "ndaf") : author;
        ModelTransfer.Imported imported;
        Neo4jStore opened;
        try {
            opened = store.openForCommand("ndaf import", spec.commandLine().getErr());
        } catch (DataFolderInUseException refused) {
            RunningServer server = RunningServer.holding(store.settings().dataDir(), refused);
            err.println("ndaf import: the data folder is held by the server at " + server.endpoint() + "; importing through it");
            imported = remote(server, who);
            report(out, err, imported);
            return 0;
        }
        try (Neo4jStore s = opened) {
            TransferService transfer = Services.on(s).transfer();
            Caller caller = CommandCaller.of(author);
            ProgressListener listener = progress == null ? ProgressListener.NONE : progress;
            ModelTransfer.Update update = new ModelTransfer.Update(expectedRevision, dryRun, detach);
            if (into != null && isCsv()) {
                imported = transfer.importInto(caller, into, ModelImporter.csvFiles(file, options.maxBytes()), options, listener, update);
            } else if (into != null) {
                ImportResult result = ModelImporter.read(file, options);
                imported = result.format() == Format.CSV ? transfer.importInto(caller, into, ModelImporter.csvFiles(file, options.maxBytes()), options, listener, update)
                        : transfer.replace(caller, into, result, file.getFileName().toString(), listener, update);
            } else {
                ImportResult result = ModelImporter.read(file, options);
                vn.ndaf.api.bootstrap.Restructuring.dissolvedWarnings(result.architecture()).forEach(w -> err.println("warning: " + w));
                imported = transfer.store(caller, result, file.getFileName().toString(), listener, detach);
            }
        }
        report(out, err, imported);
        return 0;
    }

    private void checkArguments() {
        if (!Files.exists(file)) {
            throw new CommandException("The file " + file + " does not exist");
        }
        if (into == null && (body == null || body.isBlank())) {
            throw new CommandException("Say which body the architecture belongs to with --body CODE (or use --into ARCHITECTURE_ID to update a stored one)");
        }
        if (into != null && (body != null || name != null || state != null)) {
            throw new CommandException("--into updates an existing architecture; --body, --name and --state do not go with it");
        }
        if (into == null && (expectedRevision != null || dryRun)) {
            throw new CommandException("--expected-revision and --dry-run go with --into ARCHITECTURE_ID");
        }
        if (body != null && !Preflight.registry().contains(body.strip())) {
            // only an unknown code costs the predecessor data: a retired one is refused naming its successors
            vn.ndaf.api.bootstrap.Restructuring.refuseRetiredBody(body);
        }
    }

    private static long size(Path path) {
        try {
            return Files.isDirectory(path) ? 0 : Files.size(path);
        } catch (IOException e) {
            throw new CommandException("Cannot read " + path + ": " + e.getMessage(), e);
        }
    }

    /** At most this many warnings are printed one by one; the rest are counted. */
    static final int MAX_WARNINGS_PRINTED = 20;

    private static void report(PrintWriter out, PrintWriter err, ModelTransfer.Imported imported) {
        List<String> warnings = imported.warnings();
        for (String warning : warnings.subList(0, Math.min(MAX_WARNINGS_PRINTED, warnings.size()))) {
            err.println("warning: " + warning);
        }
        if (warnings.size() > MAX_WARNINGS_PRINTED) {
            int rest = warnings.size() - MAX_WARNINGS_PRINTED;
            err.println("warning: ... and " + rest + " more warning" + (rest == 1 ? "" : "s") + " (GraphQL's importModel lists them all)");
        }
        err.flush();
        String counts = ImportResult.summary(imported.warningCounts());
        if (imported.dryRun()) {
            for (ChangeEntry change : imported.changes()) {
                out.println(ChangeLines.of(change));
            }
        }
        if (imported.dryRun() || !imported.changes().isEmpty()) {
            out.println(ChangeLines.count(imported.changes(), imported.dryRun()));
        }
        if (imported.dryRun()) {
            out.println("Dry run of " + imported.format().cliName() + ": nothing was written (the architecture stays at revision " + imported.revision() + ")");
            out.println(imported.id());
            out.flush();
            err.flush();
            return;
        }
        out.println("Imported " + imported.format().cliName() + ": " + imported.elements() + " elements, " + imported.relationships() + " relationships, "
                + imported.views() + " views (revision " + imported.revision() + ")" + (counts.isEmpty() ? "" : "; warnings: " + counts));
        out.println(imported.id());
        out.flush();
        err.flush();
    }

    /** The same import through the running server's GraphQL API, the file's content in the request. */
    private ModelTransfer.Imported remote(RunningServer server, String who) {
        byte[] content = payload();
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("content", Base64.getEncoder().encodeToString(content));
        variables.put("fileName", payloadName());
        variables.put("strict", strict);
        JsonNode result;
        variables.put("detach", detach);
        if (into != null) {
            variables.put("id", into);
            variables.put("expectedRevision", expectedRevision);
            variables.put("dryRun", dryRun);
            result = server.call("mutation($id: ID!, $content: String!, $fileName: String, $strict: Boolean, $expectedRevision: Int, $dryRun: Boolean, $detach: Boolean) { "
                    + "importIntoArchitecture(id: $id, content: $content, contentEncoding: BASE64, fileName: $fileName, strict: $strict, expectedRevision: $expectedRevision, "
                    + "dryRun: $dryRun, detach: $detach) { id revision format elementCount relationshipCount viewCount warnings warningDetails { kind part line message } "
                    + "dryRun changes { revision id type name operation changedKeys } } }", variables, who).path("importIntoArchitecture");
        } else {
            variables.put("body", body);
            variables.put("name", name);
            variables.put("state", state == null ? null : state.toUpperCase(Locale.ROOT));
            result = server.call("mutation($content: String!, $fileName: String, $body: String!, $name: String, $state: ArchitectureState, $strict: Boolean, $detach: Boolean) { "
                    + "importModel(content: $content, contentEncoding: BASE64, fileName: $fileName, body: $body, name: $name, state: $state, strict: $strict, detach: $detach) "
                    + "{ id revision format elementCount relationshipCount viewCount warnings warningDetails { kind part line message } } }", variables, who)
                    .path("importModel");
        }
        java.util.List<String> warnings = new java.util.ArrayList<>();
        result.path("warnings").forEach(w -> warnings.add(w.asText()));
        java.util.List<ImportWarning> details = new java.util.ArrayList<>();
        result.path("warningDetails").forEach(w -> details.add(new ImportWarning(w.path("part").asText(), w.path("line").asInt(), w.path("message").asText(),
                w.path("kind").asText())));
        java.util.List<ChangeEntry> changes = new java.util.ArrayList<>();
        result.path("changes").forEach(c -> {
            java.util.List<String> keys = new java.util.ArrayList<>();
            c.path("changedKeys").forEach(k -> keys.add(k.asText()));
            changes.add(new ChangeEntry(c.path("revision").asLong(), null, null, null, c.path("id").asText(null), c.path("type").asText(), c.path("name").asText(null),
                    ChangeEntry.Operation.valueOf(c.path("operation").asText()), keys, Map.of(), Map.of()));
        });
        return new ModelTransfer.Imported(result.path("id").asText(), result.path("revision").asLong(), Format.ofName(result.path("format").asText()),
                result.path("elementCount").asInt(), result.path("relationshipCount").asInt(), result.path("viewCount").asInt(), warnings, details, changes,
                result.path("dryRun").asBoolean(false));
    }

    /** What is sent to the server: the file, or for CSV with siblings or a folder, a ZIP of the CSV files. */
    private byte[] payload() {
        try {
            if (isCsv()) {
                CsvFileSet files = ModelImporter.csvFiles(file, ImportOptions.DEFAULT_MAX_BYTES);
                ByteArrayOutputStream buffer = new ByteArrayOutputStream();
                try (ZipOutputStream zip = new ZipOutputStream(buffer)) {
                    for (String kind : CsvFileSet.KINDS) {
                        if (files.content(kind) != null) {
                            zip.putNextEntry(new ZipEntry(kind + ".csv"));
                            zip.write(files.content(kind));
                            zip.closeEntry();
                        }
                    }
                }
                return buffer.toByteArray();
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new CommandException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Whether the input is Archi CSV: a folder, a CSV file (with its siblings), or content that reads as CSV. */
    private boolean isCsv() {
        if (Files.isDirectory(file) || isCsvWithSiblings()) {
            return true;
        }
        try {
            byte[] content = Files.readAllBytes(file);
            return FormatDetector.detect(content, file.getFileName().toString()) == Format.CSV;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private boolean isCsvWithSiblings() {
        return CsvFileSet.kindOfName(file.getFileName().toString()) != null && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv");
    }

    private String payloadName() {
        return isCsv() ? file.getFileName() + ".zip" : file.getFileName().toString();
    }
}
