package vn.ndaf.interop.io;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * An element of a parsed document: name, attributes, child elements, the text directly inside it, and the
 * line and column where it starts (for messages).
 */
public final class XmlElement {

    private final String namespace;
    private final String prefix;
    private final String localName;
    private final List<XmlAttribute> attributes;
    private final Map<String, String> namespaceDeclarations;
    private final int line;
    private final int column;
    private final XmlElement parent;
    private final List<XmlElement> children = new ArrayList<>();
    private String text;

    XmlElement(XmlElement parent, String namespace, String prefix, String localName, List<XmlAttribute> attributes,
            Map<String, String> namespaceDeclarations, int line, int column) {
        this.parent = parent;
        this.namespace = namespace == null ? "" : namespace;
        this.prefix = prefix == null ? "" : prefix;
        this.localName = localName;
        this.attributes = attributes;
        this.namespaceDeclarations = namespaceDeclarations;
        this.line = line;
        this.column = column;
    }

    public String namespace() {
        return namespace;
    }

    public String localName() {
        return localName;
    }

    public String qualifiedName() {
        return prefix.isEmpty() ? localName : prefix + ":" + localName;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    public XmlElement parent() {
        return parent;
    }

    public boolean is(String ns, String local) {
        return localName.equals(local) && namespace.equals(ns);
    }

    public List<XmlAttribute> attributes() {
        return Collections.unmodifiableList(attributes);
    }

    /** The value of the attribute without namespace named {@code local}, or null. */
    public String attr(String local) {
        return attr("", local);
    }

    /** The value of the attribute {ns}local, or null. */
    public String attr(String ns, String local) {
        for (XmlAttribute a : attributes) {
            if (a.localName().equals(local) && a.namespace().equals(ns)) {
                return a.value();
            }
        }
        return null;
    }

    public List<XmlElement> children() {
        return Collections.unmodifiableList(children);
    }

    /** The child elements named {ns}local, in document order. */
    public List<XmlElement> children(String ns, String local) {
        List<XmlElement> found = new ArrayList<>();
        for (XmlElement c : children) {
            if (c.is(ns, local)) {
                found.add(c);
            }
        }
        return found;
    }

    /** The first child element named {ns}local, or null. */
    public XmlElement child(String ns, String local) {
        for (XmlElement c : children) {
            if (c.is(ns, local)) {
                return c;
            }
        }
        return null;
    }

    /** The character data directly inside the element ("" when none). */
    public String text() {
        return text == null ? "" : text;
    }

    /** The namespace URI a prefix stands for here ("" prefix: the default namespace), or null. */
    public String resolvePrefix(String p) {
        for (XmlElement e = this; e != null; e = e.parent) {
            String uri = e.namespaceDeclarations.get(p == null ? "" : p);
            if (uri != null) {
                return uri;
            }
        }
        return p == null || p.isEmpty() ? "" : null;
    }

    /** The prefixes declared on this element and their URIs. */
    public Map<String, String> namespaceDeclarations() {
        return Collections.unmodifiableMap(namespaceDeclarations);
    }

    void addChild(XmlElement child) {
        children.add(child);
    }

    void setText(String value) {
        this.text = value;
    }

    @Override
    public String toString() {
        return "<" + qualifiedName() + "> at line " + line;
    }
}
