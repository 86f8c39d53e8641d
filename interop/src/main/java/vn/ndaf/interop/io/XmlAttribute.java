package vn.ndaf.interop.io;

/** An attribute as read: namespace URI ("" for none), prefix, local name, value. */
public record XmlAttribute(String namespace, String prefix, String localName, String value) {

    /** prefix:local, or local. */
    public String qualifiedName() {
        return prefix == null || prefix.isEmpty() ? localName : prefix + ":" + localName;
    }
}
