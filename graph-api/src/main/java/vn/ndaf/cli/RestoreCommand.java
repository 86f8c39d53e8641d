package vn.ndaf.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import vn.ndaf.repository.StoreBackup;
import vn.ndaf.repository.store.DataFolderInUseException;
import vn.ndaf.repository.store.Neo4jStore;
import vn.ndaf.service.Caller;
import vn.ndaf.service.Services;

/**
 * {@code ndaf restore FILE --data DIR}: restores a backup into an empty store (docs/operations.md). The file is read
 * through before anything is written; a store that holds anything is refused; a restore that fails leaves the store
 * empty.
 */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = { "Restore a backup made by 'ndaf backup' into an empty store (a new data folder); refused for a store that holds",
                "anything. A damaged or truncated file is refused before anything is written." })
public class RestoreCommand implements Callable<Integer> {

    @Mixin
    StoreOptions store;

    @Parameters(index = "0", paramLabel = "FILE", description = "The backup file.")
    Path file;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Neo4jStore opened;
        try {
            opened = store.open("ndaf restore");
        } catch (DataFolderInUseException refused) {
            throw new CommandException(refused.getMessage() + " A backup is restored only into a stopped, empty store: give a new folder with --data.", refused);
        }
        try (opened) {
            StoreBackup.Summary restored = Services.on(opened).backups().restore(Caller.localUser(), file);
            out.println("Restored " + restored.nodes() + " nodes and " + restored.relationships() + " relationships (backup of " + restored.at() + ", ndaf "
                    + restored.writtenBy() + ") into " + (opened.settings().isExternal() ? opened.settings().uri() : opened.settings().dataDir()));
        }
        out.flush();
        return 0;
    }
}
