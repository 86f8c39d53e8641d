package vn.ndaf.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import vn.ndaf.api.web.BackupDownload;
import vn.ndaf.repository.StoreBackup;
import vn.ndaf.repository.store.DataFolderInUseException;
import vn.ndaf.repository.store.Neo4jStore;
import vn.ndaf.service.BackupService;
import vn.ndaf.service.Caller;
import vn.ndaf.service.Services;

/**
 * {@code ndaf backup --output FILE}: a consistent snapshot of the whole store (docs/operations.md). On a stopped
 * store the command opens it itself; while a server holds the data folder it fetches the backup from the server
 * (ADMIN, signed in with NDAF_TOKEN), which pauses its writes while it reads. The file is written beside FILE and
 * put in its place only once it has been read through whole, so FILE is never a broken backup.
 */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = { "Write a backup of the whole store (architectures, history, findings, accounts, audit) to FILE, consistent even",
                "while the server runs and writes. Restore it with 'ndaf restore FILE --data NEW_DIR'." })
public class BackupCommand implements Callable<Integer> {

    @Mixin
    StoreOptions store;

    @Option(names = "--output", required = true, paramLabel = "FILE", description = "The backup file to write (gzip-compressed JSON lines).")
    Path output;

    @Spec
    CommandSpec spec;

    /** The stopped store, opened; or null when a server holds it, the backup then fetched from the server into {@code partial}. */
    private Neo4jStore openUnlessServed(Path partial, PrintWriter err) {
        try {
            return store.open("ndaf backup");
        } catch (DataFolderInUseException refused) {
            RunningServer server = RunningServer.holding(store.settings().dataDir(), refused);
            err.println("ndaf backup: the data folder is held by the server at " + server.endpoint() + "; fetching the backup from it");
            err.flush();
            server.download(BackupDownload.PATH, partial);
            return null;
        }
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path target = output.toAbsolutePath().normalize();
        if (Files.isDirectory(target)) {
            throw new CommandException(output + " is a folder; give the backup file's name, e.g. --output ndaf-backup.gz");
        }
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        try {
            Files.createDirectories(target.getParent());
            Files.deleteIfExists(partial);
            Neo4jStore opened = openUnlessServed(partial, err);
            if (opened != null) {
                try (Neo4jStore local = opened; OutputStream file = Files.newOutputStream(partial)) {
                    Services.on(local).backups().backup(Caller.localUser(), file);
                }
            }
            StoreBackup.Summary summary = BackupService.files().check(Caller.localUser(), partial);
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            out.println("Backed up " + summary.nodes() + " nodes and " + summary.relationships() + " relationships to " + output + " (" + Files.size(target)
                    + " bytes, at " + summary.at() + ")");
            out.flush();
            return 0;
        } catch (IOException e) {
            throw new CommandException("The backup could not be written to " + output + ": " + e.getMessage(), e);
        } catch (UncheckedIOException e) {
            throw new CommandException("The backup could not be written to " + output + ": " + e.getCause().getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException e) {
                err.println("ndaf backup: could not remove " + partial + ": " + e.getMessage());
            }
        }
    }
}
