package vn.ndaf.interop;

import java.io.OutputStream;

import org.eclipse.emf.ecore.EObject;

import vn.ndaf.interop.archi.ArchiWriter;
import vn.ndaf.interop.csv.CsvExporter;
import vn.ndaf.interop.exchange.ExchangeWriter;
import vn.ndaf.interop.model.ForeignReferences;
import vn.ndaf.interop.rdf.RdfExporter;
import vn.ndaf.metamodel.Models;

/** Exports an architecture in any format ndaf writes. */
public final class ModelExporter {

    private ModelExporter() {
    }

    /**
     * Writes the architecture. CSV is written as a ZIP archive of the three files; the Archi format is a ZIP
     * archive when the model has images, plain XML otherwise.
     */
    public static void write(EObject architecture, Format format, OutputStream out, ExportOptions options) {
        if (format == Format.EXCHANGE || format == Format.ARCHIMATE || format == Format.CSV) {
            ForeignReferences.refuse(architecture, format.cliName());
        }
        switch (format) {
        case EXCHANGE -> ExchangeWriter.write(architecture, out, options);
        case ARCHIMATE -> ArchiWriter.write(architecture, out);
        case CSV -> CsvExporter.writeZip(architecture, out, options.excelSafe());
        case TURTLE -> RdfExporter.write(architecture, out, RdfExporter.Syntax.TURTLE);
        case JSONLD -> RdfExporter.write(architecture, out, RdfExporter.Syntax.JSONLD);
        default -> throw new IllegalArgumentException("Unknown format " + format);
        }
    }

    /** Whether the output of {@link #write} is binary (a ZIP archive) for this architecture. */
    public static boolean isBinary(EObject architecture, Format format) {
        return format == Format.CSV || format == Format.ARCHIMATE && !Models.list(architecture, "images").isEmpty();
    }

    /** A file name for the export: the architecture's name made file-safe, with the format's extension. */
    public static String fileName(EObject architecture, Format format) {
        String name = Models.string(architecture, "name");
        if (name == null || name.isBlank()) {
            name = Models.id(architecture);
        }
        String safe = name.trim().replaceAll("[^\\p{L}\\p{N}._-]+", "-").replaceAll("-{2,}", "-");
        if (safe.isEmpty()) {
            safe = "architecture";
        }
        String extension = switch (format) {
        case CSV -> "-csv.zip";
        case EXCHANGE -> ".xml";
        default -> format.extension();
        };
        return safe + extension;
    }
}
