package vn.ndaf.framework.dictionary;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Writes the data dictionary as SKOS in Turtle: one {@code skos:ConceptScheme} and one {@code skos:Concept}
 * per term, with Vietnamese and English labels and definitions, the code as {@code skos:notation},
 * {@code skos:broader}/{@code skos:narrower}, and the owner, data layer, data block and value type as
 * {@code ndafd:} properties.
 */
public final class SkosWriter {

    /** The namespace of ndaf's own dictionary properties. */
    public static final String NDAF_DICTIONARY_NS = "http://ndaf.vn/ns/dictionary#";

    private SkosWriter() {
    }

    public static String toTurtle(DataDictionary dictionary) {
        java.io.StringWriter out = new java.io.StringWriter();
        write(dictionary, out);
        return out.toString();
    }

    public static void write(DataDictionary dictionary, Writer out) {
        try {
            String base = dictionary.baseUri();
            out.write("@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n");
            out.write("@prefix dcterms: <http://purl.org/dc/terms/> .\n");
            out.write("@prefix owl: <http://www.w3.org/2002/07/owl#> .\n");
            out.write("@prefix ndafd: <" + NDAF_DICTIONARY_NS + "> .\n\n");
            String scheme = "<" + base + ">";
            out.write(scheme + " a skos:ConceptScheme ;\n");
            out.write("    dcterms:title " + literal(dictionary.titleVi(), "vi") + ", " + literal(dictionary.titleEn(), "en") + " ;\n");
            out.write("    owl:versionInfo " + literal(dictionary.version(), null) + " .\n");
            for (Term t : dictionary.terms()) {
                out.write("\n<" + base + t.code() + "> a skos:Concept ;\n");
                out.write("    skos:inScheme " + scheme + " ;\n");
                if (t.broader() == null) {
                    out.write("    skos:topConceptOf " + scheme + " ;\n");
                } else {
                    out.write("    skos:broader <" + base + t.broader() + "> ;\n");
                }
                for (Term n : dictionary.narrower(t.code())) {
                    out.write("    skos:narrower <" + base + n.code() + "> ;\n");
                }
                out.write("    skos:notation " + literal(t.code(), null) + " ;\n");
                out.write("    skos:prefLabel " + literal(t.nameVi(), "vi") + ", " + literal(t.nameEn(), "en") + " ;\n");
                out.write("    skos:definition " + literal(t.definitionVi(), "vi") + ", " + literal(t.definitionEn(), "en") + " ;\n");
                out.write("    ndafd:owner " + literal(t.owner(), null) + " ;\n");
                out.write("    ndafd:dataLayer " + literal(t.dataLayer(), null) + " ;\n");
                out.write("    ndafd:dataBlock " + literal(t.dataBlock(), null) + " ;\n");
                out.write("    ndafd:dataType " + literal(t.dataType(), null) + " .\n");
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the SKOS export", e);
        }
    }

    /** A Turtle string literal with its language tag, escaped. */
    static String literal(String text, String lang) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> sb.append(c);
            }
        }
        sb.append('"');
        return lang == null ? sb.toString() : sb + "@" + lang;
    }
}
