package vn.ndaf.metamodel.migration;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

import vn.ndaf.metamodel.NdafMetamodel;

/**
 * Brings XMI files written with an older metamodel up to the current one. A model file records its
 * metamodel in its namespace URI ({@code http://ndaf.vn/metamodel/<version>}); each incompatible change of
 * the .ecore gets a new namespace URI and a {@link MetamodelMigration} from the previous one, listed in
 * {@link #RELEASED}. Stored graphs are migrated by the repository's versioned Cypher migrations, written
 * alongside (docs/metamodel.md, "Changing the metamodel").
 */
public final class MetamodelMigrations {

    /** The steps of every released metamodel change, oldest first. Empty while 1.0 is the only release. */
    public static final List<MetamodelMigration> RELEASED = List.of();

    private final List<MetamodelMigration> steps;
    private final String currentNsUri;

    public MetamodelMigrations(List<MetamodelMigration> steps, String currentNsUri) {
        this.steps = List.copyOf(steps);
        this.currentNsUri = currentNsUri;
    }

    /** The migrations of this build, to the metamodel it was built with. */
    public static MetamodelMigrations released() {
        return new MetamodelMigrations(RELEASED, NdafMetamodel.get().nsUri());
    }

    /** The namespace URI an XMI document was written with: the one bound to the root element's prefix. */
    public static String nsUriOf(Document xmi) {
        Element root = xmi.getDocumentElement();
        return root.getNamespaceURI();
    }

    /** The chain of steps from {@code nsUri} to the current metamodel; fails when there is none. */
    public List<MetamodelMigration> chainFrom(String nsUri) {
        List<MetamodelMigration> chain = new ArrayList<>();
        String at = nsUri;
        while (!at.equals(currentNsUri)) {
            MetamodelMigration next = null;
            for (MetamodelMigration step : steps) {
                if (step.fromNsUri().equals(at)) {
                    next = step;
                    break;
                }
            }
            if (next == null || chain.contains(next)) {
                throw new IllegalArgumentException("The model was written with metamodel " + nsUri + ", which this ndaf cannot read (it reads "
                        + currentNsUri + (steps.isEmpty() ? "" : " and migrates from " + steps.stream().map(MetamodelMigration::fromNsUri).toList())
                        + "). A newer ndaf may have written it.");
            }
            chain.add(next);
            at = next.toNsUri();
        }
        return chain;
    }

    /** The file's bytes, migrated to the current metamodel when it was written with an older one (same bytes otherwise). */
    public byte[] migrate(byte[] xmi) {
        Document document = parse(xmi);
        String nsUri = nsUriOf(document);
        if (currentNsUri.equals(nsUri)) {
            return xmi;
        }
        for (MetamodelMigration step : chainFrom(nsUri)) {
            step.migrate(document);
            renameNamespace(document.getDocumentElement(), step.fromNsUri(), step.toNsUri());
        }
        return serialize(document);
    }

    /** Rebinds every element and namespace declaration from one namespace URI to another. */
    static void renameNamespace(Element root, String from, String to) {
        Document document = root.getOwnerDocument();
        List<Node> nodes = new ArrayList<>();
        collect(root, nodes);
        for (Node node : nodes) {
            if (node instanceof Element element) {
                NamedNodeMap attributes = element.getAttributes();
                for (int i = 0; i < attributes.getLength(); i++) {
                    Node attribute = attributes.item(i);
                    if (XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(attribute.getNamespaceURI()) && from.equals(attribute.getNodeValue())) {
                        attribute.setNodeValue(to);
                    }
                }
                if (from.equals(element.getNamespaceURI())) {
                    document.renameNode(element, to, element.getNodeName());
                }
            }
        }
    }

    private static void collect(Node node, List<Node> into) {
        into.add(node);
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            collect(child, into);
        }
    }

    static Document parse(byte[] xmi) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            return builder.parse(new ByteArrayInputStream(xmi));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new IllegalArgumentException("The model file is not well-formed XML: " + e.getMessage(), e);
        }
    }

    static byte[] serialize(Document document) {
        try {
            TransformerFactory factory = TransformerFactory.newInstance();
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
            Transformer transformer = factory.newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            transformer.transform(new DOMSource(document), new StreamResult(out));
            return out.toByteArray();
        } catch (TransformerException e) {
            throw new IllegalStateException(e);
        }
    }
}
