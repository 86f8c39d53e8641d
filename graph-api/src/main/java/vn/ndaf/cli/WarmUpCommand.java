package vn.ndaf.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import vn.ndaf.api.bootstrap.ReferenceUids;
import vn.ndaf.interop.ExportOptions;
import vn.ndaf.interop.Format;
import vn.ndaf.interop.ImportOptions;
import vn.ndaf.interop.ModelImporter;
import vn.ndaf.repository.ProgressListener;
import vn.ndaf.repository.store.Neo4jStore;
import vn.ndaf.repository.store.StoreSettings;
import vn.ndaf.service.Caller;
import vn.ndaf.service.Services;
import vn.ndaf.service.TransferService;

/**
 * {@code ndaf warm-up --data SCRATCH}: does once, on a scratch store of its own, what the common commands
 * do (open a store and store the reference data, list, export in every format, import an exchange file and
 * an Archi model, start the server and answer a GraphQL request), so that the JVM can record the classes
 * they load in a class-data archive ({@code ./ndaf} runs it once per build with
 * {@code -XX:ArchiveClassesAtExit}; docs/adr/0009-fast-commands.md). Hidden from the help: it is a step of
 * the build, not a command for users. It never touches the user's store: it ignores NDAF_NEO4J_URI and
 * refuses a folder that already holds anything.
 */
@Command(name = "warm-up", hidden = true, description = "Run the common commands once on a scratch store (prepares the class-data archive).")
public class WarmUpCommand implements Callable<Integer> {

    @Option(names = "--data", required = true, paramLabel = "DIR", description = "An empty or missing scratch folder; deleted contents are not kept.")
    Path data;

    @Override
    public Integer call() throws Exception {
        if (Files.isDirectory(data)) {
            try (var entries = Files.list(data)) {
                if (entries.findAny().isPresent()) {
                    throw new CommandException("warm-up needs an empty scratch folder; " + data + " holds files");
                }
            }
        }
        PrintWriter quiet = new PrintWriter(Writer.nullWriter());
        try (Neo4jStore store = Neo4jStore.open(StoreSettings.embedded(data), "ndaf warm-up")) {
            ReferenceDataStep.ensure(store, quiet);
            Services services = Services.on(store);
            Caller caller = Caller.local("ndaf warm-up");
            TransferService transfer = services.transfer();
            services.architectures().list(caller, null);
            String national = ReferenceUids.STANDARD.national();
            for (Format format : Format.values()) {
                transfer.export(caller, national, format, ExportOptions.defaults());
            }
            for (Format format : new Format[] { Format.EXCHANGE, Format.ARCHIMATE }) {
                byte[] file = transfer.export(caller, national, format, ExportOptions.defaults()).content();
                var imported = transfer.store(caller, ModelImporter.read(file, ImportOptions.named("warm-up" + format.extension()).withBody("01")), "warm-up",
                        ProgressListener.NONE, false);
                services.architectures().load(caller, imported.id());
            }
            ReferenceDataStep.ensure(store, quiet);
        }
        serveOnce(quiet);
        return 0;
    }

    /** Starts the server on a free port, asks it one GraphQL question, and stops it. */
    private void serveOnce(PrintWriter quiet) throws InterruptedException, IOException {
        Thread server = new Thread(() -> new picocli.CommandLine(new NdafMain()).setOut(quiet).setErr(quiet).execute("serve", "--data", data.toString(),
                "--port", "0"), "ndaf warm-up server");
        server.setDaemon(true);
        server.start();
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (ServeCommand.runningBase() == null && server.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        String base = ServeCommand.runningBase();
        if (base == null) {
            throw new CommandException("the server did not start during the warm-up");
        }
        HttpClient http = HttpClient.newHttpClient();
        http.send(HttpRequest.newBuilder(URI.create(base + "/graphql")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ architectures { id name } }\"}")).build(), HttpResponse.BodyHandlers.discarding());
        ServeCommand.stopRunning();
        server.join(Duration.ofMinutes(1).toMillis());
    }
}
