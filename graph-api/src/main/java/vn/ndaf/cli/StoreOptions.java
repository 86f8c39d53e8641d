package vn.ndaf.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

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
}
