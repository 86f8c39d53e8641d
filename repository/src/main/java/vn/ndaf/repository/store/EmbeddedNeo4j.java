package vn.ndaf.repository.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Set;

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
 * exactly as with an external server. The Bolt port asks for a password: a generated one, kept in the data folder
 * as {@value #PASSWORD_FILE} readable by its owner only (docs/security.md), so that no other user of the machine
 * can reach the data through the port.
 */
final class EmbeddedNeo4j implements AutoCloseable {

    /** The file in the data folder that keeps the Bolt password. */
    static final String PASSWORD_FILE = "bolt-password";
    /** The Neo4j user the driver signs in as. */
    static final String USER = "neo4j";

    private final DatabaseManagementService service;
    private final String boltUri;
    private final String password;

    private EmbeddedNeo4j(DatabaseManagementService service, String boltUri, String password) {
        this.service = service;
        this.boltUri = boltUri;
        this.password = password;
    }

    static EmbeddedNeo4j start(Path dataDir, long pageCacheBytes) {
        Path home = dataDir.toAbsolutePath().normalize().resolve("neo4j");
        DatabaseManagementService service;
        try {
            service = new DatabaseManagementServiceBuilder(home)
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(GraphDatabaseSettings.auth_enabled, true)
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
        String password;
        try {
            password = boltPassword(service, dataDir.toAbsolutePath().normalize().resolve(PASSWORD_FILE));
        } catch (RuntimeException e) {
            service.shutdown();
            throw e;
        }
        return new EmbeddedNeo4j(service, "bolt://" + address, password);
    }

    /**
     * The password of the Bolt port: the one kept in the file, else a new one, set in Neo4j (through the
     * embedded API, which needs none) before it is written to the file with owner-only permissions.
     */
    private static String boltPassword(DatabaseManagementService service, Path file) {
        try {
            if (Files.isRegularFile(file)) {
                ownerOnly(file);
                String kept = Files.readString(file, StandardCharsets.UTF_8).strip();
                if (!kept.isEmpty()) {
                    return kept;
                }
            }
            byte[] secret = new byte[24];
            new SecureRandom().nextBytes(secret);
            String password = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
            service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME)
                    .executeTransactionally("ALTER USER " + USER + " SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
            Path written = file.resolveSibling(PASSWORD_FILE + ".new");
            Files.deleteIfExists(written);
            try {
                Files.createFile(written, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException e) {
                Files.createFile(written);
            } catch (FileAlreadyExistsException e) {
                // deleted above; another process cannot hold the locked folder
            }
            Files.writeString(written, password + "\n", StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
            ownerOnly(written);
            Files.move(written, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            return password;
        } catch (IOException e) {
            throw new StoreException("Cannot keep the embedded Neo4j's Bolt password in " + file + ": " + e.getMessage(), e);
        }
    }

    private static void ownerOnly(Path file) throws IOException {
        try {
            Set<PosixFilePermission> owner = PosixFilePermissions.fromString("rw-------");
            if (!Files.getPosixFilePermissions(file).equals(owner)) {
                Files.setPosixFilePermissions(file, owner);
            }
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the data folder's own permissions protect it
        }
    }

    String boltUri() {
        return boltUri;
    }

    String user() {
        return USER;
    }

    String password() {
        return password;
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
