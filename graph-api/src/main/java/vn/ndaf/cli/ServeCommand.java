package vn.ndaf.cli;

import java.io.PrintWriter;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import vn.ndaf.api.NdafApplication;
import vn.ndaf.api.NdafVersion;
import vn.ndaf.api.bootstrap.StartupReferenceData;
import vn.ndaf.api.demo.DemoData;
import vn.ndaf.repository.store.Neo4jStore;
import vn.ndaf.repository.store.StartupTiming;

/** {@code ndaf serve}: the server, until Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Start the ndaf server: GraphQL API, GraphiQL, health, viewer.")
public class ServeCommand implements Callable<Integer> {

    private static volatile boolean servedUntilShutdown;
    /** The server this process runs, once it is ready (tests stop it through {@link #stopRunning()}). */
    private static volatile ConfigurableApplicationContext running;
    private static volatile String runningBase;
    private static volatile String runningToken;

    @Mixin
    StoreOptions store;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080", description = "HTTP port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1", description = "Address to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 for every interface).")
    String host;

    @Option(names = "--demo", description = "On first start, load the national demo data.")
    boolean demo;

    @Option(names = "--no-token-url", description = "Do not print the viewer's URL with admin's sign-in token (/?token=…).")
    boolean noTokenUrl;

    @Option(names = "--graphiql", description = "Serve GraphiQL at /graphiql and answer introspection (both off by default).")
    boolean graphiql;

    @Option(names = "--tls-keystore", paramLabel = "FILE", description = "Serve HTTPS with this PKCS#12 keystore (password in NDAF_TLS_KEYSTORE_PASSWORD); "
            + "session cookies are then marked Secure. Otherwise put a TLS reverse proxy in front (docs/security.md).")
    java.nio.file.Path tlsKeystore;

    @Spec
    CommandSpec spec;

    /** Whether the process served until it was asked to stop (then the JVM ends on its own). */
    static boolean servedUntilShutdown() {
        return servedUntilShutdown;
    }

    /** The base URL of the server this process runs, once it is ready; null before. */
    static String runningBase() {
        return runningBase;
    }

    /** The sign-in token for admin of the server this process runs; null before it is ready. */
    static String runningToken() {
        return runningToken;
    }

    /** Stops the server this process runs, if any; returns whether there was one. */
    static boolean stopRunning() {
        ConfigurableApplicationContext context = running;
        running = null;
        runningBase = null;
        runningToken = null;
        servedUntilShutdown = false;
        if (context == null) {
            return false;
        }
        context.close();
        return true;
    }

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        // opened before Spring so that a refused data folder is one clear message, not a context failure
        Neo4jStore opened = store.open("starting ndaf serve");
        CountDownLatch closed = new CountDownLatch(1);
        SpringApplication app = new SpringApplication(NdafApplication.class);
        Map<String, Object> properties = new HashMap<>();
        properties.put("server.port", port);
        properties.put("server.address", host);
        // requests are answered "starting" (503) until the reference data and the demo data are stored
        properties.put(StartupReferenceData.HOLD_PROPERTY, true);
        // a generated administrator password is printed below, once, not logged
        properties.put("ndaf.security.log-generated-password", false);
        if (graphiql) {
            properties.put("ndaf.graphiql.enabled", true);
            properties.put("ndaf.graphql.introspection.enabled", true);
        }
        if (tlsKeystore != null) {
            if (!java.nio.file.Files.isReadable(tlsKeystore)) {
                opened.close();
                throw new CommandException("The TLS keystore " + tlsKeystore.toAbsolutePath() + " cannot be read; nothing was started.");
            }
            properties.put("server.ssl.enabled", true);
            properties.put("server.ssl.key-store", tlsKeystore.toAbsolutePath().toString());
            properties.put("server.ssl.key-store-type", "PKCS12");
            properties.put("server.ssl.key-store-password", System.getenv().getOrDefault("NDAF_TLS_KEYSTORE_PASSWORD", ""));
            properties.put("server.servlet.session.cookie.secure", true);
        }
        app.setDefaultProperties(properties);
        app.addInitializers(context -> context.getBeanFactory().registerSingleton("neo4jStore", opened));
        app.addListeners(event -> {
            if (event instanceof ContextClosedEvent) {
                opened.close();
                closed.countDown();
            }
        });
        ConfigurableApplicationContext context;
        try {
            context = app.run();
        } catch (RuntimeException e) {
            opened.close();
            throw new CommandException("The server could not start: " + rootMessage(e), e);
        }
        String actualPort = context.getEnvironment().getProperty("local.server.port", Integer.toString(port));
        String base = (tlsKeystore != null ? "https" : "http") + "://" + (host.equals("0.0.0.0") ? "localhost" : host) + ":" + actualPort;
        // commands refused the folder go through this server from now on (waiting while it answers "starting")
        opened.describeOwner("serving " + base + " (ndaf serve)");
        StartupReferenceData.report(context, out);
        if (demo) {
            context.getBean(StartupReferenceData.class).starting("loading the demo data");
            DemoData.loadIfEmpty(context, out);
        }
        StartupReferenceData.ready(context);
        StartupTiming.mark("server ready");
        // before the server is published, so that stopRunning() (which clears it) always comes after
        servedUntilShutdown = true;
        running = context;
        runningBase = base;
        String token = context.getBean(vn.ndaf.security.SignInToken.class).value();
        runningToken = token;
        out.println("ndaf " + NdafVersion.get() + " is running");
        context.getBean(vn.ndaf.security.AdministratorBootstrap.class).takeGeneratedPassword().ifPresent(password -> {
            out.println("  created the administrator account 'admin' with the password " + password);
            out.println("  (shown once; set NDAF_ADMIN_PASSWORD before the first start to choose it)");
        });
        out.println("  viewer    " + base + "/" + (noTokenUrl ? "" : "?token=" + token));
        out.println("  GraphQL   " + base + "/graphql");
        if (graphiql) {
            out.println("  GraphiQL  " + base + "/graphiql");
        }
        out.println("  health    " + base + "/actuator/health");
        out.println("  data      " + opened.settings().describe() + (opened.isEmbedded() ? " (embedded Neo4j, Bolt " + opened.boltUri() + ")" : ""));
        out.println("Press Ctrl-C to stop.");
        out.flush();
        closed.await();
        return 0;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.toString() : root.getMessage();
    }
}
