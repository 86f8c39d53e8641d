package vn.ndaf.repository.store;

import java.nio.file.Path;

/**
 * A second, independent Neo4j instance reached only by its Bolt URI: it stands in for an external Neo4j
 * server, which this machine cannot run in a container.
 */
public final class StandaloneNeo4jServer implements AutoCloseable {

    private final EmbeddedNeo4j neo4j;

    private StandaloneNeo4jServer(EmbeddedNeo4j neo4j) {
        this.neo4j = neo4j;
    }

    public static StandaloneNeo4jServer start(Path folder) {
        return new StandaloneNeo4jServer(EmbeddedNeo4j.start(folder, 64L * 1024 * 1024));
    }

    public String boltUri() {
        return neo4j.boltUri();
    }

    @Override
    public void close() {
        neo4j.close();
    }
}
