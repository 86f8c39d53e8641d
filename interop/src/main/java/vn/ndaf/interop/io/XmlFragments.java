package vn.ndaf.interop.io;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes a parsed element back as a self-contained XML fragment: every namespace it uses is declared on its
 * first element. Used to keep content ndaf has no slot for (the exchange format's metadata) verbatim.
 */
public final class XmlFragments {

    private XmlFragments() {
    }

    public static String toXml(XmlElement element) {
        StringBuilder sb = new StringBuilder();
        Map<String, String> declarations = new LinkedHashMap<>();
        collectNamespaces(element, declarations);
        write(element, sb, declarations);
        return sb.toString();
    }

    private static void collectNamespaces(XmlElement e, Map<String, String> declarations) {
        String prefix = prefixOf(e.qualifiedName());
        declarations.putIfAbsent(prefix, e.namespace());
        for (XmlAttribute a : e.attributes()) {
            if (a.prefix() != null && !a.prefix().isEmpty() && !a.prefix().equals("xml")) {
                declarations.putIfAbsent(a.prefix(), a.namespace());
            }
        }
        for (XmlElement c : e.children()) {
            collectNamespaces(c, declarations);
        }
    }

    private static String prefixOf(String qualifiedName) {
        int colon = qualifiedName.indexOf(':');
        return colon < 0 ? "" : qualifiedName.substring(0, colon);
    }

    private static void write(XmlElement e, StringBuilder sb, Map<String, String> declarations) {
        sb.append('<').append(e.qualifiedName());
        if (declarations != null) {
            declarations.forEach((prefix, uri) -> {
                sb.append(prefix.isEmpty() ? " xmlns" : " xmlns:" + prefix).append("=\"");
                escape(uri, sb);
                sb.append('"');
            });
        }
        for (XmlAttribute a : e.attributes()) {
            sb.append(' ').append(a.qualifiedName()).append("=\"");
            escape(a.value(), sb);
            sb.append('"');
        }
        if (e.children().isEmpty() && e.text().isEmpty()) {
            sb.append("/>");
            return;
        }
        sb.append('>');
        escape(e.text(), sb);
        for (XmlElement c : e.children()) {
            write(c, sb, null);
        }
        sb.append("</").append(e.qualifiedName()).append('>');
    }

    private static void escape(String s, StringBuilder sb) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
            case '&' -> sb.append("&amp;");
            case '<' -> sb.append("&lt;");
            case '>' -> sb.append("&gt;");
            case '"' -> sb.append("&quot;");
            case '\r' -> sb.append("&#xD;");
            default -> sb.append(c);
            }
        }
    }
}
