package vn.ndaf.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import vn.ndaf.service.FrameworkService;
import vn.ndaf.service.TransferService;
import vn.ndaf.framework.registry.Registry;
import vn.ndaf.framework.registry.RegistryLoader;
import vn.ndaf.interop.Format;
import vn.ndaf.interop.FormatDetector;
import vn.ndaf.interop.io.Inputs;
import vn.ndaf.repository.store.StartupTiming;

/**
 * The checks a command makes before it opens the store, so that a mistyped body code or a file ndaf cannot
 * read is refused in well under a second, with the store's folder left untouched (not created, not locked):
 * opening the store is the slow part of every command. The body registry is framework data on the
 * classpath, so it is known without the store (the store holds the same registry, kept up to date at every
 * start).
 */
final class Preflight {

    private static volatile Registry registry;

    private Preflight() {
    }

    /** The body registry of the framework data, read once per process (without the rest of the framework data). */
    static Registry registry() {
        Registry r = registry;
        if (r == null) {
            r = RegistryLoader.load();
            registry = r;
            StartupTiming.mark("body registry read");
        }
        return r;
    }

    /** Refuses a body code the registry does not have, suggesting the codes meant (as new-architecture words it). */
    static void knownBody(String code) {
        FrameworkService.requireBody(registry(), code);
    }

    /** Refuses a body code the registry does not have, in the words of an import; null (no --body) passes. */
    static void importBody(String code) {
        if (code != null && !registry().contains(code.strip())) {
            throw TransferService.unknownBody(code);
        }
    }

    /**
     * Refuses an input an import cannot read: missing, not readable, larger than {@code maxBytes}, or (a file)
     * in no format ndaf reads, as told from its content. Returns the format of a file, null for a folder (CSV
     * files). A body code, when given, must be in the registry.
     */
    static Format importable(Path file, String body, long maxBytes) {
        importBody(body);
        if (!Files.exists(file)) {
            throw new CommandException("The file " + file + " does not exist");
        }
        if (!Files.isReadable(file)) {
            throw new CommandException("Cannot read " + file + ": permission denied");
        }
        if (Files.isDirectory(file)) {
            return null;
        }
        if (!Files.isRegularFile(file)) {
            throw new CommandException("Cannot import " + file + ": it is not a regular file");
        }
        try {
            if (Files.size(file) > maxBytes) {
                throw Inputs.tooLarge(String.valueOf(file.getFileName()), Files.size(file), maxBytes, false);
            }
        } catch (IOException e) {
            throw new CommandException("Cannot read " + file + ": " + e.getMessage(), e);
        }
        Format format = FormatDetector.detect(Inputs.readFile(file, maxBytes), String.valueOf(file.getFileName()));
        StartupTiming.mark("input checked: " + format.cliName());
        return format;
    }
}
