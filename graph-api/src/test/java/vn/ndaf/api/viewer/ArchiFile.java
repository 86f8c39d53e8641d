package vn.ndaf.api.viewer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * What an Archi model file holds for its views, read straight from the XML with a DOM parser: the expectations of
 * the viewer's tests, independent of the importer and of the server.
 */
public final class ArchiFile {

    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

    /** A diagram object as the file stores it: bounds relative to its parent, absolute bounds summed here. */
    public record StoredNode(String id, String xsiType, String parent, int x, int y, int width, int height, int absX, int absY, String element,
            String fillColor) {
    }

    public record StoredBendpoint(int startX, int startY, int endX, int endY) {
    }

    public record StoredConnection(String id, String source, String target, String relationship, List<StoredBendpoint> bendpoints) {
    }

    public record StoredView(String id, String name, String viewpoint, Map<String, StoredNode> nodes, Map<String, StoredConnection> connections) {
    }

    public static final Path ARCHISURANCE = Path.of("..", "..", "shared", "testdata", "archimate", "Archisurance.archimate").toAbsolutePath().normalize();

    private ArchiFile() {
    }

    /** Every ArchiMate view of the file, in file order. */
    public static List<StoredView> views(Path file) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document document = factory.newDocumentBuilder().parse(file.toFile());
            List<StoredView> views = new ArrayList<>();
            var elements = document.getElementsByTagName("element");
            for (int i = 0; i < elements.getLength(); i++) {
                Element e = (Element) elements.item(i);
                if (!"archimate:ArchimateDiagramModel".equals(e.getAttributeNS(XSI, "type"))) {
                    continue;
                }
                Map<String, StoredNode> nodes = new LinkedHashMap<>();
                Map<String, StoredConnection> connections = new LinkedHashMap<>();
                collect(e, null, 0, 0, nodes, connections);
                views.add(new StoredView(e.getAttribute("id"), e.getAttribute("name"), e.hasAttribute("viewpoint") ? e.getAttribute("viewpoint") : null, nodes,
                        connections));
            }
            return views;
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** The relationships of the file that start ("OUT id") or end ("IN id") at the element. */
    public static java.util.Set<String> relationshipsOf(Path file, String elementId) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            var elements = factory.newDocumentBuilder().parse(file.toFile()).getElementsByTagName("element");
            java.util.Set<String> found = new java.util.HashSet<>();
            for (int i = 0; i < elements.getLength(); i++) {
                Element e = (Element) elements.item(i);
                if (!e.getAttributeNS(XSI, "type").endsWith("Relationship")) {
                    continue;
                }
                if (elementId.equals(e.getAttribute("source"))) {
                    found.add("OUT " + e.getAttribute("id"));
                }
                if (elementId.equals(e.getAttribute("target"))) {
                    found.add("IN " + e.getAttribute("id"));
                }
            }
            return found;
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static void collect(Element parent, String parentId, int offsetX, int offsetY, Map<String, StoredNode> nodes, Map<String, StoredConnection> connections) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element child)) {
                continue;
            }
            if (child.getTagName().equals("sourceConnection")) {
                List<StoredBendpoint> bendpoints = new ArrayList<>();
                for (Node b = child.getFirstChild(); b != null; b = b.getNextSibling()) {
                    if (b instanceof Element bp && bp.getTagName().equals("bendpoint")) {
                        bendpoints.add(new StoredBendpoint(number(bp, "startX", 0), number(bp, "startY", 0), number(bp, "endX", 0), number(bp, "endY", 0)));
                    }
                }
                connections.put(child.getAttribute("id"), new StoredConnection(child.getAttribute("id"), child.getAttribute("source"), child.getAttribute("target"),
                        child.hasAttribute("archimateRelationship") ? child.getAttribute("archimateRelationship") : null, bendpoints));
            } else if (child.getTagName().equals("child")) {
                Element bounds = null;
                for (Node b = child.getFirstChild(); b != null; b = b.getNextSibling()) {
                    if (b instanceof Element be && be.getTagName().equals("bounds")) {
                        bounds = be;
                    }
                }
                int x = bounds == null ? 0 : number(bounds, "x", 0);
                int y = bounds == null ? 0 : number(bounds, "y", 0);
                StoredNode node = new StoredNode(child.getAttribute("id"), child.getAttributeNS(XSI, "type"), parentId, x, y,
                        bounds == null ? -1 : number(bounds, "width", -1), bounds == null ? -1 : number(bounds, "height", -1), offsetX + x, offsetY + y,
                        child.hasAttribute("archimateElement") ? child.getAttribute("archimateElement") : null,
                        child.hasAttribute("fillColor") ? child.getAttribute("fillColor") : null);
                nodes.put(node.id(), node);
                collect(child, node.id(), offsetX + x, offsetY + y, nodes, connections);
            }
        }
    }

    private static int number(Element e, String attribute, int fallback) {
        return e.hasAttribute(attribute) ? Integer.parseInt(e.getAttribute(attribute)) : fallback;
    }
}
