package vn.ndaf.repository.store;

import java.util.concurrent.TimeUnit;

import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;

import vn.ndaf.repository.migration.SchemaMigrations;

/**
 * The graph store ndaf works on: an embedded Neo4j in a data folder (default) or an external Neo4j server
 * or cluster ({@code NDAF_NEO4J_URI}). Either way the rest of ndaf only sees a Neo4j driver connected over
 * Bolt. Opening the store applies pending schema migrations.
 */
public final class Neo4jStore implements AutoCloseable {

    private final StoreSettings settings;
    private final DataFolderLock lock;
    private final EmbeddedNeo4j embedded;
    private final Driver driver;

    private Neo4jStore(StoreSettings settings, DataFolderLock lock, EmbeddedNeo4j embedded, Driver driver) {
        this.settings = settings;
        this.lock = lock;
        this.embedded = embedded;
        this.driver = driver;
    }

    /**
     * Opens the store described by {@code settings}; {@code purpose} says what this process does with it
     * (shown to a second process refused the same data folder).
     */
    public static Neo4jStore open(StoreSettings settings, String purpose) {
        if (settings.isExternal()) {
            Driver driver = connect(settings.uri(), settings.user() == null ? AuthTokens.none() : AuthTokens.basic(settings.user(), settings.password()));
            StartupTiming.mark("connected to the external Neo4j");
            return migrated(new Neo4jStore(settings, null, null, driver));
        }
        DataFolderLock lock = DataFolderLock.acquire(settings.dataDir(), purpose);
        StartupTiming.mark("data folder locked");
        EmbeddedNeo4j embedded = null;
        try {
            embedded = EmbeddedNeo4j.start(settings.dataDir(), settings.pageCacheBytes());
            StartupTiming.mark("embedded Neo4j started");
            Driver driver = connect(embedded.boltUri(), AuthTokens.basic(embedded.user(), embedded.password()));
            StartupTiming.mark("driver connected");
            return migrated(new Neo4jStore(settings, lock, embedded, driver));
        } catch (RuntimeException e) {
            if (embedded != null) {
                embedded.close();
            }
            lock.close();
            throw e;
        }
    }

    private static Neo4jStore migrated(Neo4jStore store) {
        try {
            new SchemaMigrations(store.driver).apply();
            StartupTiming.mark("schema migrations checked");
            return store;
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    private static Driver connect(String uri, AuthToken auth) {
        Config config = Config.builder()
                .withLogging(Logging.none())
                .withConnectionTimeout(10, TimeUnit.SECONDS)
                .withMaxConnectionPoolSize(50)
                .build();
        Driver driver;
        try {
            driver = GraphDatabase.driver(uri, auth, config);
        } catch (IllegalArgumentException e) {
            throw new StoreException("'" + uri + "' is not a Neo4j URI (expected bolt://host:port or neo4j://host:port): " + e.getMessage(), e);
        }
        try {
            driver.verifyConnectivity();
            return driver;
        } catch (ServiceUnavailableException e) {
            driver.close();
            throw new StoreException("Cannot reach Neo4j at " + uri + ": " + e.getMessage(), e);
        } catch (Neo4jException e) {
            driver.close();
            throw new StoreException("Neo4j at " + uri + " refused the connection: " + e.getMessage(), e);
        }
    }

    /** The driver every repository uses. */
    public Driver driver() {
        return driver;
    }

    /** The Bolt URI the driver talks to (the embedded server's loopback port, or the external URI). */
    public String boltUri() {
        return embedded != null ? embedded.boltUri() : settings.uri();
    }

    public boolean isEmbedded() {
        return embedded != null;
    }

    public StoreSettings settings() {
        return settings;
    }

    /** Updates the description other processes see when refused this data folder (no-op for external stores). */
    public void describeOwner(String purpose) {
        if (lock != null) {
            lock.describeOwner(purpose);
        }
    }

    @Override
    public void close() {
        StartupTiming.mark("closing the store");
        try {
            driver.close();
        } finally {
            try {
                if (embedded != null) {
                    embedded.close();
                }
            } finally {
                if (lock != null) {
                    lock.close();
                }
                StartupTiming.mark("store closed");
            }
        }
    }
}
