package vn.ndaf.repository.store;

import java.nio.file.Path;
import java.time.Duration;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.locker.FileLockException;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * A real Neo4j 5.26 running inside this JVM, its data in a folder, reachable only through Bolt on a free
 * loopback port. ndaf never uses the embedded API for data: every read and write goes through the driver,
 * exactly as with an external server.
 */
final class EmbeddedNeo4j implements AutoCloseable {

    private final DatabaseManagementService service;
    private final String boltUri;

    private EmbeddedNeo4j(DatabaseManagementService service, String boltUri) {
        this.service = service;
        this.boltUri = boltUri;
    }

    static EmbeddedNeo4j start(Path dataDir, long pageCacheBytes) {
        Path home = dataDir.toAbsolutePath().normalize().resolve("neo4j");
        DatabaseManagementService service;
        try {
            service = new DatabaseManagementServiceBuilder(home)
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", 0))
                    .setConfig(GraphDatabaseSettings.pagecache_memory, pageCacheBytes)
                    .setConfig(GraphDatabaseSettings.keep_logical_logs, "2 files")
                    // without these, stopping the Bolt server waits out Netty's default quiet period (~10 s)
                    .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                    .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(2))
                    .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1))
                    // start-up work a command never uses (docs/adr/0009-fast-commands.md): no usage report sent
                    // to Neo4j, no dump of the system's diagnostics into debug.log, no page-cache warm-up profile,
                    // no monitor thread for VM pauses
                    .setConfig(GraphDatabaseSettings.udc_enabled, false)
                    .setConfig(GraphDatabaseInternalSettings.dump_diagnostics, false)
                    .setConfig(GraphDatabaseSettings.pagecache_warmup_enabled, false)
                    .setConfig(GraphDatabaseInternalSettings.vm_pause_monitor_enabled, false)
                    .build();
        } catch (RuntimeException e) {
            if (causedBy(e, FileLockException.class)) {
                throw new DataFolderInUseException("The Neo4j store in " + home + " is locked by another process."
                        + " Stop the process using it, or choose another folder with --data.");
            }
            throw new StoreException("Cannot start the embedded Neo4j in " + home + ": " + rootMessage(e), e);
        }
        GraphDatabaseService db = service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        ConnectorPortRegister ports = ((GraphDatabaseAPI) db).getDependencyResolver().resolveDependency(ConnectorPortRegister.class);
        var address = ports.getLocalAddress(ConnectorType.BOLT);
        return new EmbeddedNeo4j(service, "bolt://" + address);
    }

    String boltUri() {
        return boltUri;
    }

    @Override
    public void close() {
        service.shutdown();
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.toString() : root.getMessage();
    }
}
