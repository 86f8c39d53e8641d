package vn.ndaf.interop;

import java.util.Locale;

/** The model formats ndaf reads and writes. */
public enum Format {

    /** The Open Group ArchiMate Model Exchange File Format 3.0/3.1 (XML). */
    EXCHANGE("exchange", ".xml", "application/xml", true),
    /** Archi's native format: XML, or a ZIP archive holding model.xml and images when the model has images. */
    ARCHIMATE("archimate", ".archimate", "application/octet-stream", true),
    /** Archi's CSV format: elements, relations and properties files (a ZIP of the three when in one stream). */
    CSV("csv", ".zip", "application/zip", true),
    /** RDF in Turtle, with the vocabulary of docs/rdf-vocabulary.md. */
    TURTLE("turtle", ".ttl", "text/turtle", false),
    /** RDF in JSON-LD, with the vocabulary of docs/rdf-vocabulary.md. */
    JSONLD("jsonld", ".jsonld", "application/ld+json", false);

    private final String cliName;
    private final String extension;
    private final String mediaType;
    private final boolean importable;

    Format(String cliName, String extension, String mediaType, boolean importable) {
        this.cliName = cliName;
        this.extension = extension;
        this.mediaType = mediaType;
        this.importable = importable;
    }

    /** The name used on the command line and in the API: exchange, archimate, csv, turtle, jsonld. */
    public String cliName() {
        return cliName;
    }

    /** The usual file name extension, with its dot. */
    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    /** Whether ndaf can import this format (RDF is export only). */
    public boolean importable() {
        return importable;
    }

    /** The format of that name (case-insensitive), or an IllegalArgumentException listing the names. */
    public static Format ofName(String name) {
        for (Format f : values()) {
            if (f.cliName.equalsIgnoreCase(name) || f.name().equalsIgnoreCase(name)) {
                return f;
            }
        }
        throw new IllegalArgumentException("Unknown format '" + name + "'; use one of exchange, archimate, csv, turtle, jsonld");
    }

    @Override
    public String toString() {
        return cliName.toLowerCase(Locale.ROOT);
    }
}
