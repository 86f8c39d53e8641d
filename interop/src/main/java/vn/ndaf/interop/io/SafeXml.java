package vn.ndaf.interop.io;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import vn.ndaf.interop.ImportException;
import vn.ndaf.interop.ImportProgress;

/**
 * Parses XML into {@link XmlElement}s with a hardened parser: a DOCTYPE is refused as soon as it is met,
 * so no DTD is read, no external entity is resolved and no entity is expanded; external access is switched
 * off as a second guard. Malformed XML is reported with line, column and the parser's reason.
 */
public final class SafeXml {

    /**
     * The deepest nesting of elements accepted: far beyond any real model (Archi's deepest structures, folders
     * in folders and figures in figures, stay well under 50 levels), shallow enough that nothing reading the
     * tree runs out of stack.
     */
    public static final int MAX_DEPTH = 256;

    private SafeXml() {
    }

    /** The root element of the document in {@code bytes}. */
    public static XmlElement parse(byte[] bytes, String part) {
        return parse(bytes, part, ImportProgress.NONE);
    }

    public static XmlElement parse(byte[] bytes, String part, ImportProgress progress) {
        InputStream in = new CountingInputStream(new ByteArrayInputStream(bytes), bytes.length, progress);
        XMLStreamReader reader = null;
        try {
            reader = factory().createXMLStreamReader(in);
            return read(reader, part);
        } catch (XMLStreamException e) {
            throw malformed(part, e);
        } finally {
            if (reader != null) {
                try {
                    reader.close();
                } catch (XMLStreamException ignored) {
                    // nothing to release beyond the byte array
                }
            }
        }
    }

    /** The namespace URI and local name of the root element, read without building the tree; null if not XML. */
    public static String[] rootName(byte[] bytes) {
        XMLStreamReader reader = null;
        try {
            reader = factory().createXMLStreamReader(new ByteArrayInputStream(bytes));
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.DTD) {
                    return new String[] { "", "!DOCTYPE" };
                }
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String ns = reader.getNamespaceURI();
                    return new String[] { ns == null ? "" : ns, reader.getLocalName() };
                }
            }
            return null;
        } catch (XMLStreamException | RuntimeException e) {
            return null;
        } finally {
            if (reader != null) {
                try {
                    reader.close();
                } catch (XMLStreamException ignored) {
                    // nothing to release
                }
            }
        }
    }

    static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, Boolean.FALSE);
        factory.setProperty(XMLInputFactory.IS_COALESCING, Boolean.TRUE);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, Boolean.TRUE);
        factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("refused to resolve the external resource " + systemId);
        });
        trySet(factory, XMLConstants.ACCESS_EXTERNAL_DTD, "");
        trySet(factory, XMLConstants.FEATURE_SECURE_PROCESSING, Boolean.TRUE);
        trySet(factory, "jdk.xml.entityExpansionLimit", "64");
        return factory;
    }

    private static void trySet(XMLInputFactory factory, String name, Object value) {
        try {
            factory.setProperty(name, value);
        } catch (IllegalArgumentException notSupported) {
            // a further guard only; the DOCTYPE refusal below is what keeps entities out
        }
    }

    private static XmlElement read(XMLStreamReader reader, String part) throws XMLStreamException {
        Deque<XmlElement> open = new ArrayDeque<>();
        Deque<StringBuilder> texts = new ArrayDeque<>();
        XmlElement root = null;
        while (reader.hasNext()) {
            int event = reader.next();
            switch (event) {
            case XMLStreamConstants.DTD -> throw new ImportException(part, line(reader), 0,
                    "the document declares a DOCTYPE; DTDs, entity declarations and external entities are refused (nothing was resolved or expanded)");
            case XMLStreamConstants.ENTITY_REFERENCE -> throw new ImportException(part, line(reader), column(reader),
                    "the entity reference &" + reader.getLocalName() + "; is not allowed; only the five predefined XML entities are accepted");
            case XMLStreamConstants.START_ELEMENT -> {
                if (open.size() >= MAX_DEPTH) {
                    throw new ImportException(part, line(reader), column(reader), "the XML nests elements more than " + MAX_DEPTH
                            + " levels deep (here <" + reader.getLocalName() + ">), deeper than ndaf accepts; a model never needs that, so the file is refused");
                }
                XmlElement parent = open.peek();
                XmlElement element = new XmlElement(parent, reader.getNamespaceURI(), reader.getPrefix(), reader.getLocalName(),
                        attributes(reader), namespaces(reader), line(reader), column(reader));
                if (parent == null) {
                    root = element;
                } else {
                    parent.addChild(element);
                }
                open.push(element);
                texts.push(new StringBuilder());
            }
            case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                if (!texts.isEmpty()) {
                    texts.peek().append(reader.getTextCharacters(), reader.getTextStart(), reader.getTextLength());
                }
            }
            case XMLStreamConstants.END_ELEMENT -> {
                XmlElement element = open.pop();
                StringBuilder text = texts.pop();
                if (text.length() > 0 && !(element.children().size() > 0 && isBlank(text))) {
                    element.setText(text.toString());
                }
            }
            default -> {
                // comments, processing instructions, document start/end: nothing to keep
            }
            }
        }
        if (root == null) {
            throw new ImportException(part, "the document has no root element");
        }
        return root;
    }

    private static List<XmlAttribute> attributes(XMLStreamReader reader) {
        int n = reader.getAttributeCount();
        List<XmlAttribute> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String ns = reader.getAttributeNamespace(i);
            list.add(new XmlAttribute(ns == null ? "" : ns, reader.getAttributePrefix(i), reader.getAttributeLocalName(i), reader.getAttributeValue(i)));
        }
        return list;
    }

    private static Map<String, String> namespaces(XMLStreamReader reader) {
        int n = reader.getNamespaceCount();
        if (n == 0) {
            return Map.of();
        }
        Map<String, String> map = new HashMap<>();
        for (int i = 0; i < n; i++) {
            String prefix = reader.getNamespacePrefix(i);
            String uri = reader.getNamespaceURI(i);
            map.put(prefix == null ? "" : prefix, uri == null ? "" : uri);
        }
        return map;
    }

    private static boolean isBlank(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isWhitespace(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static int line(XMLStreamReader reader) {
        Location location = reader.getLocation();
        return location == null ? 0 : Math.max(0, location.getLineNumber());
    }

    private static int column(XMLStreamReader reader) {
        Location location = reader.getLocation();
        return location == null ? 0 : Math.max(0, location.getColumnNumber());
    }

    private static ImportException malformed(String part, XMLStreamException e) {
        Location location = e.getLocation();
        int line = location == null ? 0 : Math.max(0, location.getLineNumber());
        int column = location == null ? 0 : Math.max(0, location.getColumnNumber());
        return new ImportException(part, line, column, "malformed XML: " + parserReason(e), e);
    }

    /** The parser's own sentence, without its "ParseError at [row,col]" prefix. */
    static String parserReason(XMLStreamException e) {
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        int at = message.indexOf("Message:");
        String reason = at >= 0 ? message.substring(at + "Message:".length()) : message;
        return reason.strip().replaceAll("\\s+", " ");
    }
}
