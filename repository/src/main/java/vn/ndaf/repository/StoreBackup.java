package vn.ndaf.repository;

import java.io.BufferedReader;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipException;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Value;
import org.neo4j.driver.Values;
import org.neo4j.driver.types.IsoDuration;
import org.neo4j.driver.types.Point;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A backup of the whole store as one file, and its restore into an empty store (docs/adr/0025-backup-and-restore.md,
 * docs/operations.md). The file is gzip-compressed JSON lines: a header (format, version of the format, the ndaf that
 * wrote it, when, the schema migrations of the store, the counts), one line per node (its number in the file, labels,
 * properties), one line per relationship (type, the numbers of its end nodes, properties), and a closing line
 * repeating the counts, so that a truncated file is told from a whole one. Property values keep their Neo4j types:
 * strings, booleans, integers and lists are plain JSON; every other type is an object {@code {"$": TYPE, "v": TEXT}}.
 * <p>
 * Everything is read in one read transaction while this process's writes are paused ({@link Transactions#readPaused}):
 * the snapshot holds every write acknowledged before it began and none that began after.
 */
public final class StoreBackup {

    /** What the file says it is. */
    public static final String FORMAT = "ndaf-backup";
    public static final int FORMAT_VERSION = 1;
    /** The store's own bookkeeping, made by every store as it opens: recorded in the header, not copied. */
    private static final String MIGRATION_LABEL = "SchemaMigration";
    private static final int BATCH = 2_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Driver driver;

    public StoreBackup(Driver driver) {
        this.driver = driver;
    }

    /** What a backup holds, or a restore wrote. */
    public record Summary(long nodes, long relationships, String writtenBy, String at, List<Long> schema) {
    }

    /** A file that is no backup this ndaf can restore, or a target it refuses; nothing was written. */
    public static final class BackupException extends RepositoryException {
        private static final long serialVersionUID = 1L;

        public BackupException(String message) {
            super(message);
        }

        public BackupException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * Writes the backup of the whole store to {@code out} (gzip-compressed; {@code out} is finished, not closed).
     *
     * @param writtenBy the ndaf version that writes it, recorded in the header
     */
    public Summary write(OutputStream out, String writtenBy) {
        return Transactions.readPaused(driver, tx -> {
            long nodes = tx.run("MATCH (n) WHERE NOT n:" + MIGRATION_LABEL + " RETURN count(n) AS n").single().get("n").asLong();
            long relationships = tx.run("MATCH ()-[r]->() RETURN count(r) AS n").single().get("n").asLong();
            List<Long> schema = tx.run("MATCH (m:" + MIGRATION_LABEL + ") RETURN m.version AS v ORDER BY v").list(r -> r.get("v").asLong());
            String at = Instant.now().toString();
            try {
                GZIPOutputStream gzip = new GZIPOutputStream(nonClosing(out), 1 << 16);
                JsonGenerator json = new JsonFactory(JSON).createGenerator(gzip, JsonEncoding.UTF8);
                json.setRootValueSeparator(null);
                json.writeStartObject();
                json.writeStringField("format", FORMAT);
                json.writeNumberField("formatVersion", FORMAT_VERSION);
                json.writeStringField("writtenBy", writtenBy);
                json.writeStringField("at", at);
                json.writeArrayFieldStart("schema");
                for (long v : schema) {
                    json.writeNumber(v);
                }
                json.writeEndArray();
                json.writeNumberField("nodes", nodes);
                json.writeNumberField("relationships", relationships);
                json.writeEndObject();
                newline(json);
                Map<String, Long> numbers = new HashMap<>();
                long n = 0;
                Result nodeRows = tx.run("MATCH (n) WHERE NOT n:" + MIGRATION_LABEL + " RETURN elementId(n) AS id, labels(n) AS labels, properties(n) AS p");
                while (nodeRows.hasNext()) {
                    Record r = nodeRows.next();
                    numbers.put(r.get("id").asString(), n);
                    json.writeStartObject();
                    json.writeNumberField("n", n++);
                    json.writeArrayFieldStart("l");
                    for (Value label : r.get("labels").values()) {
                        json.writeString(label.asString());
                    }
                    json.writeEndArray();
                    writeProperties(json, r.get("p"));
                    json.writeEndObject();
                    newline(json);
                }
                long m = 0;
                Result relationshipRows = tx.run("MATCH (a)-[r]->(b) RETURN elementId(a) AS a, elementId(b) AS b, type(r) AS t, properties(r) AS p");
                while (relationshipRows.hasNext()) {
                    Record r = relationshipRows.next();
                    Long a = numbers.get(r.get("a").asString());
                    Long b = numbers.get(r.get("b").asString());
                    if (a == null || b == null) {
                        throw new BackupException("A " + r.get("t").asString() + " relationship ends at the store's own bookkeeping; no backup was written.");
                    }
                    json.writeStartObject();
                    json.writeStringField("t", r.get("t").asString());
                    json.writeArrayFieldStart("r");
                    json.writeNumber(a);
                    json.writeNumber(b);
                    json.writeEndArray();
                    writeProperties(json, r.get("p"));
                    json.writeEndObject();
                    newline(json);
                    m++;
                }
                if (n != nodes || m != relationships) {
                    throw new BackupException("The store changed while it was read (" + n + " of " + nodes + " nodes, " + m + " of " + relationships
                            + " relationships); the backup is incomplete. Run it again.");
                }
                json.writeStartObject();
                json.writeBooleanField("end", true);
                json.writeNumberField("nodes", n);
                json.writeNumberField("relationships", m);
                json.writeEndObject();
                newline(json);
                json.flush();
                gzip.finish();
                gzip.flush();
            } catch (IOException e) {
                throw new UncheckedIOException("The backup could not be written: " + e.getMessage(), e);
            }
            return new Summary(nodes, relationships, writtenBy, at, schema);
        });
    }

    /** Reads a backup file through without writing anything: its header, provided every line is sound and it is whole. */
    public static Summary check(Path file) {
        return read(file, null);
    }

    /**
     * Restores the backup in {@code file} into this store, which must hold nothing yet (a store just made by ndaf):
     * reads the file through first (a damaged or truncated file is refused before anything is written), then writes
     * it in batches and compares the counts; on any failure while writing, removes what it wrote, leaving the store
     * empty again.
     */
    public Summary restore(Path file) {
        Summary header = check(file);
        long present = Transactions.read(driver, tx -> tx.run("MATCH (n) WHERE NOT n:" + MIGRATION_LABEL + " RETURN count(n) AS n").single().get("n").asLong());
        if (present > 0) {
            throw new BackupException("The target store is not empty (it holds " + present + " nodes); a backup is restored only into a new, empty data folder. "
                    + "Nothing was written.");
        }
        List<Long> schema = Transactions.read(driver, tx -> tx.run("MATCH (m:" + MIGRATION_LABEL + ") RETURN m.version AS v ORDER BY v").list(r -> r.get("v").asLong()));
        if (!schema.equals(header.schema())) {
            throw new BackupException("The backup was written by a store with schema migrations " + header.schema() + " (ndaf " + header.writtenBy()
                    + "); this ndaf's store has " + schema + ". Restore it with the ndaf version that wrote it. Nothing was written.");
        }
        try {
            read(file, new Writer());
            long nodes = Transactions.read(driver, tx -> tx.run("MATCH (n) WHERE NOT n:" + MIGRATION_LABEL + " RETURN count(n) AS n").single().get("n").asLong());
            long relationships = Transactions.read(driver, tx -> tx.run("MATCH ()-[r]->() RETURN count(r) AS n").single().get("n").asLong());
            if (nodes != header.nodes() || relationships != header.relationships()) {
                throw new BackupException("The restored store holds " + nodes + " nodes and " + relationships + " relationships, the backup "
                        + header.nodes() + " and " + header.relationships() + ".");
            }
            return header;
        } catch (RuntimeException | Error e) {
            wipe();
            if (e instanceof RuntimeException r) {
                throw new BackupException("The backup could not be restored: " + r.getMessage() + (r.getMessage() != null && r.getMessage().endsWith(".") ? "" : ".")
                        + " What was written has been removed; the store is empty.", r);
            }
            throw e;
        }
    }

    /** Removes every node and relationship but the store's bookkeeping, in batches. */
    private void wipe() {
        long removed;
        do {
            removed = Transactions.write(driver, tx -> tx.run("MATCH (n) WHERE NOT n:" + MIGRATION_LABEL + " WITH n LIMIT $batch DETACH DELETE n RETURN count(*) AS n",
                    Map.of("batch", BATCH)).single().get("n").asLong());
        } while (removed > 0);
    }

    /** Receives the lines of a file as it is read. */
    private interface Lines {
        void node(long number, List<String> labels, Map<String, Object> properties);

        void relationship(String type, long from, long to, Map<String, Object> properties);

        void end();
    }

    /** Writes the nodes and relationships in batches, nodes first (the file lists them first). */
    private final class Writer implements Lines {
        private final List<String> ids = new ArrayList<>();
        private final List<Map<String, Object>> nodes = new ArrayList<>();
        private final List<Map<String, Object>> relationships = new ArrayList<>();

        @Override
        public void node(long number, List<String> labels, Map<String, Object> properties) {
            Map<String, Object> row = new HashMap<>();
            row.put("n", number);
            row.put("l", labels);
            row.put("p", properties);
            nodes.add(row);
            if (nodes.size() >= BATCH) {
                flushNodes();
            }
        }

        @Override
        public void relationship(String type, long from, long to, Map<String, Object> properties) {
            flushNodes();
            if (from >= ids.size() || to >= ids.size()) {
                throw new BackupException("A relationship names node " + Math.max(from, to) + ", which the backup does not hold.");
            }
            Map<String, Object> row = new HashMap<>();
            row.put("t", type);
            row.put("a", ids.get((int) from));
            row.put("b", ids.get((int) to));
            row.put("p", properties);
            relationships.add(row);
            if (relationships.size() >= BATCH) {
                flushRelationships();
            }
        }

        @Override
        public void end() {
            flushNodes();
            flushRelationships();
        }

        private void flushNodes() {
            if (nodes.isEmpty()) {
                return;
            }
            Map<List<String>, List<Map<String, Object>>> byLabels = new LinkedHashMap<>();
            for (Map<String, Object> row : nodes) {
                @SuppressWarnings("unchecked")
                List<String> labels = (List<String>) row.get("l");
                byLabels.computeIfAbsent(labels, k -> new ArrayList<>()).add(row);
            }
            Map<Long, String> made = new HashMap<>();
            Transactions.write(driver, tx -> {
                for (Map.Entry<List<String>, List<Map<String, Object>>> group : byLabels.entrySet()) {
                    StringBuilder labels = new StringBuilder();
                    for (String label : group.getKey()) {
                        labels.append(':').append(quoted(label));
                    }
                    tx.run("UNWIND $rows AS row CREATE (n" + labels + ") SET n = row.p RETURN row.n AS n, elementId(n) AS id", Map.of("rows", group.getValue()))
                            .forEachRemaining(r -> made.put(r.get("n").asLong(), r.get("id").asString()));
                }
                return null;
            });
            for (Map<String, Object> row : nodes) {
                long number = (Long) row.get("n");
                if (number != ids.size()) {
                    throw new BackupException("The backup's nodes are out of order at node " + number + ".");
                }
                ids.add(made.get(number));
            }
            nodes.clear();
        }

        private void flushRelationships() {
            if (relationships.isEmpty()) {
                return;
            }
            Map<String, List<Map<String, Object>>> byType = new LinkedHashMap<>();
            for (Map<String, Object> row : relationships) {
                byType.computeIfAbsent((String) row.get("t"), k -> new ArrayList<>()).add(row);
            }
            Transactions.write(driver, tx -> {
                for (Map.Entry<String, List<Map<String, Object>>> group : byType.entrySet()) {
                    long made = tx.run("UNWIND $rows AS row MATCH (a) WHERE elementId(a) = row.a MATCH (b) WHERE elementId(b) = row.b "
                            + "CREATE (a)-[r:" + quoted(group.getKey()) + "]->(b) SET r = row.p RETURN count(r) AS n", Map.of("rows", group.getValue()))
                            .single().get("n").asLong();
                    if (made != group.getValue().size()) {
                        throw new BackupException("Only " + made + " of " + group.getValue().size() + " " + group.getKey() + " relationships found their ends.");
                    }
                }
                return null;
            });
            relationships.clear();
        }
    }

    /** A label or type as a Cypher name: in backquotes, a backquote doubled. */
    private static String quoted(String name) {
        if (name.isEmpty()) {
            throw new BackupException("The backup holds an empty label or relationship type.");
        }
        return "`" + name.replace("`", "``") + "`";
    }

    /** Reads the file, line by line, handing each node and relationship to {@code lines} (none: only checks); returns its header. */
    private static Summary read(Path file, Lines lines) {
        if (!Files.isRegularFile(file)) {
            throw new BackupException("No backup file at " + file + ".");
        }
        long line = 0;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file), 1 << 16);
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String text = reader.readLine();
            line++;
            JsonNode header = text == null ? null : JSON.readTree(text);
            if (header == null || !FORMAT.equals(header.path("format").asText()) || !header.path("nodes").canConvertToLong()) {
                throw new BackupException(file + " is not an ndaf backup (its first line is no backup header).");
            }
            if (header.path("formatVersion").asInt() != FORMAT_VERSION) {
                throw new BackupException(file + " is a backup of format version " + header.path("formatVersion").asText() + "; this ndaf reads version "
                        + FORMAT_VERSION + ".");
            }
            List<Long> schema = new ArrayList<>();
            header.path("schema").forEach(v -> schema.add(v.asLong()));
            Summary summary = new Summary(header.path("nodes").asLong(), header.path("relationships").asLong(), header.path("writtenBy").asText(),
                    header.path("at").asText(), schema);
            long nodes = 0;
            long relationships = 0;
            boolean ended = false;
            while ((text = reader.readLine()) != null) {
                line++;
                if (ended) {
                    throw new BackupException("it goes on after its closing line");
                }
                JsonNode row = JSON.readTree(text);
                if (row.has("n")) {
                    if (relationships > 0 || row.path("n").asLong(-1) != nodes) {
                        throw new BackupException("node " + row.path("n").asText() + " is out of order");
                    }
                    List<String> labels = new ArrayList<>();
                    row.path("l").forEach(l -> labels.add(l.asText()));
                    Map<String, Object> properties = properties(row.path("p"));
                    if (lines != null) {
                        lines.node(nodes, labels, properties);
                    }
                    nodes++;
                } else if (row.has("r")) {
                    long from = row.path("r").path(0).asLong(-1);
                    long to = row.path("r").path(1).asLong(-1);
                    if (from < 0 || to < 0 || from >= nodes || to >= nodes || !row.path("t").isTextual()) {
                        throw new BackupException("a relationship names a node the backup does not hold");
                    }
                    Map<String, Object> properties = properties(row.path("p"));
                    if (lines != null) {
                        lines.relationship(row.path("t").asText(), from, to, properties);
                    }
                    relationships++;
                } else if (row.path("end").asBoolean()) {
                    if (row.path("nodes").asLong(-1) != nodes || row.path("relationships").asLong(-1) != relationships || nodes != summary.nodes()
                            || relationships != summary.relationships()) {
                        throw new BackupException("it holds " + nodes + " nodes and " + relationships + " relationships, its header says "
                                + summary.nodes() + " and " + summary.relationships());
                    }
                    ended = true;
                } else {
                    throw new BackupException("a line is neither a node nor a relationship");
                }
            }
            if (!ended) {
                throw new BackupException("it ends after " + nodes + " of " + summary.nodes() + " nodes and " + relationships + " of "
                        + summary.relationships() + " relationships, without its closing line: the file is truncated");
            }
            if (lines != null) {
                lines.end();
            }
            return summary;
        } catch (BackupException e) {
            throw e.getMessage().startsWith(file.toString()) || e.getMessage().startsWith("No backup") ? e
                    : new BackupException(file + " is damaged at line " + line + ": " + e.getMessage() + ".", e);
        } catch (ZipException | EOFException e) {
            throw new BackupException(file + " is damaged or truncated (" + e.getMessage() + ") near line " + line + "; it is no whole backup.", e);
        } catch (JsonProcessingException e) {
            throw new BackupException(file + " is damaged at line " + line + ": " + e.getOriginalMessage() + ".", e);
        } catch (IOException e) {
            throw new BackupException(file + " could not be read: " + e.getMessage(), e);
        }
    }

    private static void newline(JsonGenerator json) throws IOException {
        json.writeRaw('\n');
    }

    private static void writeProperties(JsonGenerator json, Value properties) throws IOException {
        json.writeObjectFieldStart("p");
        for (String key : properties.keys()) {
            json.writeFieldName(key);
            writeValue(json, properties.get(key));
        }
        json.writeEndObject();
    }

    private static void writeValue(JsonGenerator json, Value v) throws IOException {
        writeObject(json, v.asObject());
    }

    /** A property value as the driver gives it, in the file's encoding. */
    private static void writeObject(JsonGenerator json, Object v) throws IOException {
        if (v instanceof String s) {
            json.writeString(s);
        } else if (v instanceof Boolean b) {
            json.writeBoolean(b);
        } else if (v instanceof Long l) {
            json.writeNumber(l);
        } else if (v instanceof List<?> list) {
            json.writeStartArray();
            for (Object item : list) {
                writeObject(json, item);
            }
            json.writeEndArray();
        } else {
            String type;
            String text;
            if (v instanceof Double d) {
                type = "FLOAT";
                text = Double.toString(d);
            } else if (v instanceof ZonedDateTime t) {
                type = "DATE_TIME";
                text = t.toString();
            } else if (v instanceof java.time.OffsetDateTime t) {
                type = "DATE_TIME";
                text = t.toZonedDateTime().toString();
            } else if (v instanceof LocalDate t) {
                type = "DATE";
                text = t.toString();
            } else if (v instanceof LocalDateTime t) {
                type = "LOCAL_DATE_TIME";
                text = t.toString();
            } else if (v instanceof OffsetTime t) {
                type = "TIME";
                text = t.toString();
            } else if (v instanceof LocalTime t) {
                type = "LOCAL_TIME";
                text = t.toString();
            } else if (v instanceof IsoDuration d) {
                type = "DURATION";
                text = d.months() + " " + d.days() + " " + d.seconds() + " " + d.nanoseconds();
            } else if (v instanceof byte[] bytes) {
                type = "BYTES";
                text = Base64.getEncoder().encodeToString(bytes);
            } else if (v instanceof Point p) {
                type = "POINT";
                text = p.srid() + " " + Double.toString(p.x()) + " " + Double.toString(p.y()) + (Double.isNaN(p.z()) ? "" : " " + Double.toString(p.z()));
            } else {
                throw new BackupException("A property value of type " + (v == null ? "null" : v.getClass().getSimpleName()) + " cannot be backed up.");
            }
            json.writeStartObject();
            json.writeStringField("$", type);
            json.writeStringField("v", text);
            json.writeEndObject();
        }
    }

    private static Map<String, Object> properties(JsonNode p) {
        if (!p.isObject()) {
            throw new BackupException("a line has no properties");
        }
        Map<String, Object> out = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = p.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            out.put(f.getKey(), value(f.getValue()));
        }
        return out;
    }

    private static Object value(JsonNode v) {
        if (v.isTextual()) {
            return v.asText();
        }
        if (v.isBoolean()) {
            return v.asBoolean();
        }
        if (v.isIntegralNumber() && v.canConvertToLong()) {
            return v.asLong();
        }
        if (v.isArray()) {
            List<Object> items = new ArrayList<>();
            v.forEach(i -> items.add(value(i)));
            return items;
        }
        if (v instanceof ObjectNode o && o.path("$").isTextual() && o.path("v").isTextual()) {
            String text = o.path("v").asText();
            try {
                return switch (o.path("$").asText()) {
                case "FLOAT" -> Double.parseDouble(text);
                case "DATE_TIME" -> ZonedDateTime.parse(text);
                case "DATE" -> LocalDate.parse(text);
                case "LOCAL_DATE_TIME" -> LocalDateTime.parse(text);
                case "TIME" -> OffsetTime.parse(text);
                case "LOCAL_TIME" -> LocalTime.parse(text);
                case "DURATION" -> {
                    String[] parts = text.split(" ");
                    yield Values.isoDuration(Long.parseLong(parts[0]), Long.parseLong(parts[1]), Long.parseLong(parts[2]), Integer.parseInt(parts[3]));
                }
                case "BYTES" -> Base64.getDecoder().decode(text);
                case "POINT" -> {
                    String[] parts = text.split(" ");
                    yield parts.length == 3 ? Values.point(Integer.parseInt(parts[0]), Double.parseDouble(parts[1]), Double.parseDouble(parts[2]))
                            : Values.point(Integer.parseInt(parts[0]), Double.parseDouble(parts[1]), Double.parseDouble(parts[2]), Double.parseDouble(parts[3]));
                }
                default -> throw new BackupException("a property has the unknown type " + o.path("$").asText());
                };
            } catch (RuntimeException e) {
                if (e instanceof BackupException) {
                    throw e;
                }
                throw new BackupException("a property value '" + text + "' is not a " + o.path("$").asText());
            }
        }
        throw new BackupException("a property value is not one a store holds");
    }

    private static OutputStream nonClosing(OutputStream out) {
        return new java.io.FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }
}
