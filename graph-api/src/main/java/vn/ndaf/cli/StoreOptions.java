package vn.ndaf.cli;

import java.io.PrintWriter;
import java.nio.file.Path;

import picocli.CommandLine.Option;

import vn.ndaf.repository.ArchitectureRepository;
import vn.ndaf.repository.store.Neo4jStore;
import vn.ndaf.repository.store.StoreSettings;

/** The store options every command that touches the store shares. */
public class StoreOptions {

    @Option(names = "--data", paramLabel = "DIR", description = "The embedded store's folder (default: ./ndaf-data). Ignored when NDAF_NEO4J_URI is set.")
    Path data;

    StoreSettings settings() {
        return StoreSettings.resolve(data, System.getenv());
    }

    Neo4jStore open(String purpose) {
        return Neo4jStore.open(settings(), purpose);
    }

    /**
     * Opens the store for a command and brings its reference data (body registry, national architecture) up
     * to date first, reporting changes on {@code err}: every store a command works on has them.
     */
    Neo4jStore openForCommand(String purpose, PrintWriter err) {
        Neo4jStore store = open(purpose);
        try {
            ReferenceDataStep.ensure(store, err);
            return store;
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }
}
