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

    @Mixin
    StoreOptions store;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080", description = "HTTP port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1", description = "Address to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 for every interface).")
    String host;

    @Option(names = "--demo", description = "On first start, load the national demo data.")
    boolean demo;

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

    /** Stops the server this process runs, if any; returns whether there was one. */
    static boolean stopRunning() {
        ConfigurableApplicationContext context = running;
        running = null;
        runningBase = null;
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
        String base = "http://" + (host.equals("0.0.0.0") ? "localhost" : host) + ":" + actualPort;
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
        out.println("ndaf " + NdafVersion.get() + " is running");
        out.println("  viewer    " + base + "/");
        out.println("  GraphQL   " + base + "/graphql");
        out.println("  GraphiQL  " + base + "/graphiql");
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
