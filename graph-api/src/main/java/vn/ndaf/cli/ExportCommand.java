package vn.ndaf.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import com.fasterxml.jackson.databind.JsonNode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import vn.ndaf.service.ModelTransfer;
import vn.ndaf.service.Services;
import vn.ndaf.interop.ExportOptions;
import vn.ndaf.interop.Format;
import vn.ndaf.repository.store.DataFolderInUseException;
import vn.ndaf.repository.store.Neo4jStore;

/**
 * {@code ndaf export}: a stored architecture to a file. CSV goes to a folder (Archi's three files) or, when
 * the output ends in .zip, to a ZIP archive. While a server holds the data folder, the export goes through
 * that server's GraphQL API.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export a stored architecture: exchange (Open Group exchange format), archimate (Archi), csv (Archi CSV), turtle or jsonld (RDF).")
public class ExportCommand implements Callable<Integer> {

    @Mixin
    StoreOptions store;

    @Parameters(index = "0", paramLabel = "ARCHITECTURE_ID", description = "The architecture's id (see 'ndaf list').")
    String id;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "exchange, archimate, csv, turtle or jsonld.")
    String format;

    @Option(names = "--output", required = true, paramLabel = "PATH", description = "The file to write; for csv a folder, or a file ending in .zip.")
    Path output;

    @Option(names = "--standard-only", description = "exchange: write the Open Group standard only, without ndaf's extension namespace.")
    boolean standardOnly;

    @Option(names = "--excel-safe", description = "csv: Archi's \"Excel compatible\" option; a cell starting with = + - @ gets a leading blank, "
            + "one starting with a blank or 0 is written as =\"...\", so a spreadsheet runs no formula and keeps the text.")
    boolean excelSafe;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Format f;
        try {
            f = Format.ofName(format);
        } catch (IllegalArgumentException e) {
            throw new CommandException(e.getMessage());
        }
        byte[] content;
        Neo4jStore opened;
        try {
            opened = store.openForCommand("ndaf export", spec.commandLine().getErr());
        } catch (DataFolderInUseException refused) {
            RunningServer server = RunningServer.holding(store.settings().dataDir(), refused);
            spec.commandLine().getErr().println("ndaf export: the data folder is held by the server at " + server.endpoint() + "; exporting through it");
            content = remote(server, f);
            for (Path written : write(f, content)) {
                out.println(written.toAbsolutePath());
            }
            out.flush();
            return 0;
        }
        try (Neo4jStore s = opened) {
            ModelTransfer.Exported exported = Services.on(s).transfer().export(CommandCaller.of(null), id, f,
                    (standardOnly ? ExportOptions.standard() : ExportOptions.defaults()).withExcelSafe(excelSafe));
            content = exported.content();
        }
        for (Path written : write(f, content)) {
            out.println(written.toAbsolutePath());
        }
        out.flush();
        return 0;
    }

    private byte[] remote(RunningServer server, Format f) {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("id", id);
        variables.put("format", f.name());
        variables.put("standardOnly", standardOnly);
        variables.put("excelSafe", excelSafe);
        JsonNode exported = server.call("query($id: ID!, $format: ExportFormat!, $standardOnly: Boolean, $excelSafe: Boolean) { exportArchitecture(id: $id, "
                + "format: $format, standardOnly: $standardOnly, excelSafe: $excelSafe) { content contentEncoding } }", variables, "ndaf export")
                .path("exportArchitecture");
        String content = exported.path("content").asText();
        return "BASE64".equals(exported.path("contentEncoding").asText()) ? Base64.getMimeDecoder().decode(content) : content.getBytes(StandardCharsets.UTF_8);
    }

    /** Writes the export; CSV to a folder unless the output ends in .zip. Returns the files written. */
    private List<Path> write(Format f, byte[] content) {
        List<Path> written = new ArrayList<>();
        try {
            if (f == Format.CSV && !output.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")) {
                Files.createDirectories(output);
                try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
                    ZipEntry entry;
                    while ((entry = zip.getNextEntry()) != null) {
                        Path file = output.resolve(Path.of(entry.getName()).getFileName().toString());
                        Files.write(file, zip.readAllBytes());
                        written.add(file);
                    }
                }
                return written;
            }
            Path parent = output.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.write(output, content);
            written.add(output);
            return written;
        } catch (IOException e) {
            throw new CommandException("Cannot write " + output + ": " + e.getMessage(), e);
        }
    }
}
