package vn.ndaf.interop.csv;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.eclipse.emf.ecore.EObject;

import vn.ndaf.interop.io.Pairs.Pair;
import vn.ndaf.interop.model.ArchiMateProjection;
import vn.ndaf.interop.model.ArchimateTypes;
import vn.ndaf.interop.model.Folders;
import vn.ndaf.metamodel.Models;

/**
 * Writes Archi's CSV files exactly as Archi exports them: UTF-8, every field quoted, CRLF between records
 * and none after the last, tabs turned into spaces; the model row first, elements and relations sorted by
 * type and name within Archi's folder order, properties in folder order with Archi's special rows
 * (Influence_Strength, Access_Type, Directed, Junction_Type).
 */
public final class CsvExporter {

    private static final List<String> ELEMENT_KINDS = List.of("strategy", "business", "application", "technology", "motivation",
            "implementation_migration", "other");
    private static final List<String> ACCESS_TYPES = List.of("write", "read", "access", "readwrite");
    private static final List<String> ACCESS_NAMES = List.of("Write", "Read", "Access", "ReadWrite");

    private CsvExporter() {
    }

    /** The three files by name ({@code prefix} + elements.csv, relations.csv, properties.csv). */
    public static Map<String, byte[]> files(EObject architecture, String prefix) {
        return files(architecture, prefix, false);
    }

    /**
     * The three files by name; {@code excelSafe} applies Archi's "Excel compatible" option to every cell
     * but the header (Archi's CSVExporter): a value starting with a blank or {@code 0} is written as the
     * formula {@code ="value"} so that the spreadsheet keeps it as text, and a value starting with
     * {@code = + - @} gets a leading blank so that the spreadsheet does not run it as a formula.
     */
    public static Map<String, byte[]> files(EObject architecture, String prefix, boolean excelSafe) {
        ArchiMateProjection projection = new ArchiMateProjection(architecture);
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(prefix + "elements.csv", bytes(elements(architecture, projection), excelSafe));
        files.put(prefix + "relations.csv", bytes(relations(architecture, projection), excelSafe));
        files.put(prefix + "properties.csv", bytes(properties(architecture), excelSafe));
        return files;
    }

    /** The three files in one ZIP archive. */
    public static void writeZip(EObject architecture, OutputStream out) {
        writeZip(architecture, out, false);
    }

    /** The three files in one ZIP archive, Excel-safe on request (see {@link #files(EObject, String, boolean)}). */
    public static void writeZip(EObject architecture, OutputStream out, boolean excelSafe) {
        try {
            ZipOutputStream zip = new ZipOutputStream(out);
            for (Map.Entry<String, byte[]> f : files(architecture, "", excelSafe).entrySet()) {
                zip.putNextEntry(new ZipEntry(f.getKey()));
                zip.write(f.getValue());
                zip.closeEntry();
            }
            zip.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The three files in a folder. */
    public static List<Path> writeFiles(EObject architecture, Path folder, String prefix) {
        List<Path> written = new ArrayList<>();
        try {
            Files.createDirectories(folder);
            for (Map.Entry<String, byte[]> f : files(architecture, prefix).entrySet()) {
                Path file = folder.resolve(f.getKey());
                Files.write(file, f.getValue());
                written.add(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return written;
    }

    private static List<List<String>> elements(EObject architecture, ArchiMateProjection projection) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("ID", "Type", "Name", "Documentation", "Specialization"));
        rows.add(List.of(Models.id(architecture), "ArchimateModel", text(architecture, "name"), text(architecture, "documentation"), ""));
        for (String kind : ELEMENT_KINDS) {
            List<EObject> elements = new ArrayList<>(Models.<EObject>list(architecture, "elements").stream().filter(e -> Folders.kindFor(e).equals(kind)).toList());
            elements.sort(ORDER);
            for (EObject e : elements) {
                rows.add(List.of(Models.id(e), ArchimateTypes.typeOf(e.eClass()), text(e, "name"), text(e, "documentation"), specialization(e, projection)));
            }
        }
        return rows;
    }

    private static List<List<String>> relations(EObject architecture, ArchiMateProjection projection) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("ID", "Type", "Name", "Documentation", "Source", "Target", "Specialization"));
        List<EObject> relationships = new ArrayList<>(Models.list(architecture, "relationships"));
        relationships.sort(ORDER);
        for (EObject r : relationships) {
            rows.add(List.of(Models.id(r), ArchimateTypes.typeOf(r.eClass()), text(r, "name"), text(r, "documentation"), idOf(r, "source"),
                    idOf(r, "target"), specialization(r, projection)));
        }
        return rows;
    }

    private static List<List<String>> properties(EObject architecture) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("ID", "Key", "Value"));
        addProperties(rows, architecture);
        List<EObject> concepts = new ArrayList<>(Models.list(architecture, "elements"));
        concepts.sort(Comparator.comparingInt(e -> ELEMENT_KINDS.indexOf(Folders.kindFor(e))));
        concepts.addAll(Models.list(architecture, "relationships"));
        for (EObject c : concepts) {
            addProperties(rows, c);
            if (Models.isA(c, "InfluenceRelationship") && Models.string(c, "strength") != null) {
                rows.add(List.of(Models.id(c), "Influence_Strength", Models.string(c, "strength")));
            } else if (Models.isA(c, "AccessRelationship")) {
                rows.add(List.of(Models.id(c), "Access_Type", ACCESS_NAMES.get(ACCESS_TYPES.indexOf(Models.string(c, "accessType")))));
            } else if (Models.isA(c, "AssociationRelationship")) {
                rows.add(List.of(Models.id(c), "Directed", String.valueOf(Models.get(c, "directed"))));
            } else if (Models.isA(c, "Junction")) {
                rows.add(List.of(Models.id(c), "Junction_Type", "or".equals(Models.string(c, "type")) ? "Or" : "And"));
            }
        }
        return rows;
    }

    private static void addProperties(List<List<String>> rows, EObject holder) {
        List<Pair> pairs = new ArrayList<>(ArchiMateProjection.userProperties(holder));
        pairs.addAll(ArchiMateProjection.ndafProperties(holder));
        for (Pair p : pairs) {
            rows.add(List.of(Models.id(holder), p.name() == null ? "" : p.name(), p.value() == null ? "" : p.value()));
        }
    }

    /** Archi's order within a folder: class name (case-insensitive), then name (lower case, trimmed). */
    private static final Comparator<EObject> ORDER = Comparator.<EObject, String>comparing(o -> ArchimateTypes.typeOf(o.eClass()).toLowerCase(Locale.ROOT))
            .thenComparing(o -> text(o, "name").toLowerCase(Locale.ROOT).trim());

    private static String specialization(EObject concept, ArchiMateProjection projection) {
        EObject p = projection.primaryProfile(concept);
        return p == null ? "" : Models.string(p, "name");
    }

    private static String idOf(EObject r, String end) {
        EObject o = (EObject) Models.get(r, end);
        return o == null ? "" : Models.id(o);
    }

    private static String text(EObject o, String feature) {
        String s = Models.string(o, feature);
        return s == null ? "" : s;
    }

    private static byte[] bytes(List<List<String>> rows, boolean excelSafe) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < rows.size(); i++) {
            if (i > 0) {
                sb.append("\r\n");
            }
            List<String> row = rows.get(i);
            for (int j = 0; j < row.size(); j++) {
                if (j > 0) {
                    sb.append(',');
                }
                cell(sb, row.get(j).replace('\t', ' ').replace("\"", "\"\""), excelSafe && i > 0);
            }
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** One quoted cell ({@code value} already has its quotes doubled), with Archi's Excel hacks when asked for. */
    private static void cell(StringBuilder sb, String value, boolean excelSafe) {
        if (excelSafe && (value.startsWith(" ") || value.startsWith("0"))) {
            sb.append("\"=\"\"").append(value).append("\"\"\"");
            return;
        }
        sb.append('"');
        if (excelSafe && !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0) {
            sb.append(' ');
        }
        sb.append(value).append('"');
    }
}
