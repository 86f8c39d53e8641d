package vn.ndaf.repository.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * A Neo4j server in a separate JVM, with authentication on, reached only by its Bolt URI: it stands in for
 * an external Neo4j server, which this machine cannot run in a container. The test JVM starts it with
 * {@link #start}; the child serves until its standard input closes.
 */
public final class StandaloneNeo4jServer implements AutoCloseable {

    /** The user the server knows; its password is the one given to {@link #start}. */
    public static final String USER = "neo4j";

    private final Process process;
    private final String boltUri;

    private StandaloneNeo4jServer(Process process, String boltUri) {
        this.process = process;
        this.boltUri = boltUri;
    }

    /** Starts a server on the data in {@code folder} whose user {@value #USER} has {@code password}; returns once it serves Bolt. */
    public static StandaloneNeo4jServer start(Path folder, String password) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process;
        try {
            process = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"), StandaloneNeo4jServer.class.getName(),
                    folder.toAbsolutePath().toString(), password).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> said = new ArrayList<>();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            String line;
            while ((line = out.readLine()) != null) {
                said.add(line);
                if (line.startsWith("serving ")) {
                    String uri = line.substring("serving ".length());
                    // keep draining the child's output so it never blocks on a full pipe
                    Thread drain = new Thread(() -> out.lines().forEach(l -> { }), "neo4j-server-output");
                    drain.setDaemon(true);
                    drain.start();
                    return new StandaloneNeo4jServer(process, uri);
                }
            }
        } catch (IOException e) {
            process.destroyForcibly();
            throw new UncheckedIOException(e);
        }
        process.destroyForcibly();
        throw new IllegalStateException("The Neo4j server process ended without serving; it said:\n" + String.join("\n", said));
    }

    public String boltUri() {
        return boltUri;
    }

    /** Whether the server runs in a process of its own (not in this JVM). */
    public long pid() {
        return process.pid();
    }

    @Override
    public void close() {
        try {
            process.getOutputStream().close();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        } catch (IOException e) {
            process.destroyForcibly();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The child: arguments folder and password. Starts Neo4j with authentication on a free loopback port,
     * gives user neo4j the password, prints {@code serving <bolt uri>}, and stops when standard input ends.
     */
    public static void main(String[] args) throws IOException {
        DatabaseManagementService service = new DatabaseManagementServiceBuilder(Path.of(args[0]).resolve("neo4j"))
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", 0))
                .setConfig(GraphDatabaseSettings.pagecache_memory, 64L * 1024 * 1024)
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(2))
                .build();
        try {
            // the embedded API runs as the server itself: the one way to set the first password without the default one
            service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME)
                    .executeTransactionally("ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", args[1]));
            var db = (GraphDatabaseAPI) service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
            var address = db.getDependencyResolver().resolveDependency(ConnectorPortRegister.class).getLocalAddress(ConnectorType.BOLT);
            System.out.println("serving bolt://" + address);
            System.out.flush();
            while (System.in.read() >= 0) {
                // serve until the parent closes our input (or is gone)
            }
        } finally {
            service.shutdown();
        }
    }
}
