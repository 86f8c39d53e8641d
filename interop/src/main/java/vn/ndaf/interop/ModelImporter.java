package vn.ndaf.interop;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import vn.ndaf.interop.archi.ArchiReader;
import vn.ndaf.interop.csv.CsvFileSet;
import vn.ndaf.interop.csv.CsvImporter;
import vn.ndaf.interop.exchange.ExchangeReader;
import vn.ndaf.interop.io.Inputs;
import vn.ndaf.interop.io.SafeZip;

/**
 * Imports a model in any format ndaf reads, the format told from the content (see {@link FormatDetector}).
 * The result is an architecture not yet stored; a failure is an {@link ImportException} naming the file,
 * line and reason, and produces nothing.
 */
public final class ModelImporter {

    private ModelImporter() {
    }

    public static ImportResult read(byte[] content, ImportOptions options) {
        if (content.length > options.maxBytes()) {
            throw Inputs.tooLarge(options.fileName(), content.length, options.maxBytes(), false);
        }
        Format format = FormatDetector.detect(content, options.fileName());
        return switch (format) {
        case EXCHANGE -> ExchangeReader.read(content, options);
        case ARCHIMATE -> ArchiReader.read(content, options);
        case CSV -> CsvImporter.read(SafeZip.isZip(content) ? CsvFileSet.fromZip(content, options.fileName(), options.maxBytes())
                : CsvFileSet.fromSingle(content, options.fileName()), options);
        default -> throw new ImportException(options.fileName(), "ndaf does not import " + format);
        };
    }

    public static ImportResult read(InputStream in, ImportOptions options) {
        return read(Inputs.readAll(in, options.maxBytes(), options.fileName()), options);
    }

    /**
     * Imports a file; for a CSV file, its sibling files too (as Archi does); a directory is read as a set of
     * CSV files.
     */
    public static ImportResult read(Path path, ImportOptions options) {
        ImportOptions named = options.fileName().equals("input") ? options.withFileName(String.valueOf(path.getFileName())) : options;
        if (Files.isDirectory(path)) {
            return CsvImporter.read(CsvFileSet.fromPath(path, options.maxBytes()), named);
        }
        byte[] content = Inputs.readFile(path, options.maxBytes());
        named.progress().bytesRead(content.length, content.length);
        if (!SafeZip.isZip(content) && FormatDetector.detect(content, named.fileName()) == Format.CSV
                && CsvFileSet.kindOfName(path.getFileName().toString()) != null) {
            return CsvImporter.read(CsvFileSet.fromPath(path, options.maxBytes()), named);
        }
        return read(content, named);
    }

    /** The CSV files a path stands for (the file and its siblings, a folder, or a ZIP archive). */
    public static CsvFileSet csvFiles(Path path, long maxBytes) {
        if (Files.isDirectory(path)) {
            return CsvFileSet.fromPath(path, maxBytes);
        }
        byte[] content = Inputs.readFile(path, maxBytes);
        if (SafeZip.isZip(content)) {
            return CsvFileSet.fromZip(content, path.getFileName().toString(), maxBytes);
        }
        if (CsvFileSet.kindOfName(path.getFileName().toString()) != null) {
            return CsvFileSet.fromPath(path, maxBytes);
        }
        return CsvFileSet.fromSingle(content, path.getFileName().toString());
    }
}
