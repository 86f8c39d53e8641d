package vn.ndaf.interop.csv;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import vn.ndaf.interop.ImportException;
import vn.ndaf.interop.io.Inputs;
import vn.ndaf.interop.io.SafeZip;

/**
 * The files of one Archi CSV import: elements, relations and properties, any of which may be missing.
 * Given one file, its siblings are found as Archi finds them: the name without extension ends with
 * elements, relations or properties, and the last occurrence of that word in the path is replaced by the
 * other two. A directory or a ZIP archive holding the files works too.
 */
public record CsvFileSet(Map<String, byte[]> contents, Map<String, String> names) {

    public static final List<String> KINDS = List.of("elements", "relations", "properties");

    public byte[] content(String kind) {
        return contents.get(kind);
    }

    public String name(String kind) {
        return names.getOrDefault(kind, kind + ".csv");
    }

    public boolean isEmpty() {
        return contents.isEmpty();
    }

    /** The kind (elements, relations, properties) a file name stands for, or null. */
    public static String kindOfName(String fileName) {
        String name = fileName;
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(slash + 1);
        int dot = name.lastIndexOf('.');
        String base = (dot < 0 ? name : name.substring(0, dot)).toLowerCase(Locale.ROOT);
        for (String kind : KINDS) {
            if (base.endsWith(kind)) {
                return kind;
            }
        }
        return null;
    }

    /** One file and the siblings that exist next to it; a directory: the CSV files in it. */
    public static CsvFileSet fromPath(Path path, long maxBytes) {
        if (Files.isDirectory(path)) {
            return fromDirectory(path, maxBytes);
        }
        String file = path.getFileName().toString();
        String kind = kindOfName(file);
        if (kind == null) {
            throw new ImportException(file, "is not named like an Archi CSV file (the name must end with elements, relations or properties)");
        }
        Map<String, byte[]> contents = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        String full = path.toString();
        int at = full.toLowerCase(Locale.ROOT).lastIndexOf(kind);
        for (String k : KINDS) {
            Path sibling = Path.of(full.substring(0, at) + k + full.substring(at + kind.length()));
            if (Files.isRegularFile(sibling)) {
                contents.put(k, Inputs.readFile(sibling, maxBytes));
                names.put(k, sibling.getFileName().toString());
            }
        }
        return new CsvFileSet(contents, names);
    }

    private static CsvFileSet fromDirectory(Path dir, long maxBytes) {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> list = Files.list(dir)) {
            list.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")).sorted().forEach(files::add);
        } catch (IOException e) {
            throw new ImportException(dir.toString(), "cannot be listed: " + e.getMessage(), e);
        }
        Map<String, byte[]> contents = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (Path f : files) {
            String kind = kindOfName(f.getFileName().toString());
            if (kind == null) {
                continue;
            }
            if (contents.containsKey(kind)) {
                throw new ImportException(dir.toString(), "holds more than one " + kind + " file (" + names.get(kind) + ", " + f.getFileName()
                        + "); give the file to import instead of the folder");
            }
            contents.put(kind, Inputs.readFile(f, maxBytes));
            names.put(kind, f.getFileName().toString());
        }
        if (contents.isEmpty()) {
            throw new ImportException(dir.toString(), "holds no Archi CSV file (*elements.csv, *relations.csv, *properties.csv)");
        }
        return new CsvFileSet(contents, names);
    }

    /** The CSV files in a ZIP archive. */
    public static CsvFileSet fromZip(byte[] zip, String part, long maxBytes) {
        Map<String, byte[]> contents = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (Map.Entry<String, byte[]> e : SafeZip.entries(zip, maxBytes, part).entrySet()) {
            String kind = e.getKey().toLowerCase(Locale.ROOT).endsWith(".csv") ? kindOfName(e.getKey()) : null;
            if (kind == null) {
                continue;
            }
            if (contents.containsKey(kind)) {
                throw new ImportException(part, "holds more than one " + kind + " file (" + names.get(kind) + ", " + e.getKey() + ")");
            }
            contents.put(kind, e.getValue());
            names.put(kind, part + "!" + e.getKey());
        }
        if (contents.isEmpty()) {
            throw new ImportException(part, "is a ZIP archive with neither model.xml nor Archi CSV files");
        }
        return new CsvFileSet(contents, names);
    }

    /** A single CSV file given as content: its kind is read from its header. */
    public static CsvFileSet fromSingle(byte[] content, String name) {
        String kind = kindOfName(name);
        if (kind == null) {
            kind = kindOfHeader(content);
        }
        if (kind == null) {
            throw new ImportException(name, "is not an Archi CSV file: its first line is not the header of an elements, relations or properties file");
        }
        Map<String, byte[]> contents = new LinkedHashMap<>();
        contents.put(kind, content);
        return new CsvFileSet(contents, Map.of(kind, name));
    }

    /** The kind of CSV file a header line announces, or null. */
    public static String kindOfHeader(byte[] content) {
        String text = new String(content, 0, Math.min(content.length, 4096), StandardCharsets.UTF_8);
        for (String line : text.split("\r\n|\n|\r")) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            String header = l.replace("\uFEFF", "").replace("\"", "").replace(" ", "").toLowerCase(Locale.ROOT);
            String cells = header.replace(';', ',').replace('\t', ',');
            if (cells.startsWith("id,type,name,documentation,source,target")) {
                return "relations";
            }
            if (cells.startsWith("id,type,name,documentation")) {
                return "elements";
            }
            if (cells.equals("id,key,value")) {
                return "properties";
            }
            return null;
        }
        return null;
    }
}
