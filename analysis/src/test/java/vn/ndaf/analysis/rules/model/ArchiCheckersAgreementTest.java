package vn.ndaf.analysis.rules.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import vn.ndaf.analysis.Checker;
import vn.ndaf.analysis.Finding;
import vn.ndaf.analysis.Profile;
import vn.ndaf.analysis.TestData;

/**
 * Archi's checks agree with Archi on real models. The expected sets are computed here straight from each
 * file's XML with Archi's semantics (com.archimatetool.hammer.validation.checkers, read at
 * github.com/archimatetool/archi): an element or relationship is unused when no diagram object or connection
 * of any view references it (UnusedElementsChecker, UnusedRelationsChecker); an ArchiMate view is empty when
 * it has no child (EmptyViewsChecker); elements of one type with equal names (absent = empty), junctions
 * excepted, are duplicates (DuplicateElementChecker); a junction is mixed when the relationships that start
 * or end at it are of more than one type (JunctionsChecker); a relationship is invalid when the ArchiMate 3.2
 * table (Appendix B, read here from metamodel/model/relationships.tsv by this test's own parser) does not
 * allow it between its ends' types (InvalidRelationsChecker). Nothing of ndaf's importer or rules is used
 * to compute them.
 */
class ArchiCheckersAgreementTest {

    private static final List<String> RULES = List.of("archimate.relationship.invalid", "archimate.junction.mixed", "archimate.element.unused",
            "archimate.relationship.unused", "archimate.view.empty", "archimate.element.duplicate");

    @ParameterizedTest
    @ValueSource(strings = { "Archisurance.archimate", "testmodel1.archimate", "model_zipped.archimate", "Archisurance-exchange.xml",
            "Sample1-exchange.xml", "bendpoint-exchange.xml" })
    void sixChecks_ReportWhatArchiReports_OnRealModels(String file) throws Exception {
        Path path = TestData.archimate(file);
        Document doc = parse(path);
        Parts parts = file.endsWith(".archimate") ? archiParts(doc) : exchangeParts(doc);
        Map<String, Set<String>> expected = expected(parts);

        EObject model = TestData.imported(path);
        List<Finding> findings = Checker.standard().check(model, "t", Profile.defaults());
        for (String rule : RULES) {
            Set<String> reported = findings.stream().filter(f -> f.rule().equals(rule)).map(Finding::id).collect(Collectors.toCollection(TreeSet::new));
            assertThat(reported).as(file + " " + rule).isEqualTo(expected.get(rule));
        }
    }

    /** The comparison is about real sets: over the files, each of these checks has something to report. */
    @org.junit.jupiter.api.Test
    void expectedSets_AreNotEmpty_OverTheRealModels() throws Exception {
        Map<String, Integer> sizes = new HashMap<>();
        for (String file : List.of("Archisurance.archimate", "testmodel1.archimate", "model_zipped.archimate", "Archisurance-exchange.xml",
                "Sample1-exchange.xml", "bendpoint-exchange.xml")) {
            Document doc = parse(TestData.archimate(file));
            expected(file.endsWith(".archimate") ? archiParts(doc) : exchangeParts(doc)).forEach((rule, set) -> sizes.merge(rule, set.size(), Integer::sum));
        }
        System.out.println("expected set sizes over the test data: " + sizes);
        assertThat(sizes.get("archimate.element.unused")).isPositive();
        assertThat(sizes.get("archimate.relationship.unused")).isPositive();
        assertThat(sizes.get("archimate.element.duplicate")).isPositive();
    }

    /** The objects of a model as Archi's validator collects them. */
    static final class Parts {
        final Map<String, String> elements = new LinkedHashMap<>(); // id -> type
        final Map<String, String> names = new HashMap<>();
        final Map<String, String[]> relationships = new LinkedHashMap<>(); // id -> type, source, target
        final Set<String> shown = new HashSet<>();
        final Set<String> emptyViews = new TreeSet<>();
    }

    private static Map<String, Set<String>> expected(Parts p) throws IOException {
        Map<String, Set<String>> e = new HashMap<>();
        e.put("archimate.element.unused", p.elements.keySet().stream().filter(id -> !p.shown.contains(id)).collect(Collectors.toCollection(TreeSet::new)));
        e.put("archimate.relationship.unused",
                p.relationships.keySet().stream().filter(id -> !p.shown.contains(id)).collect(Collectors.toCollection(TreeSet::new)));
        e.put("archimate.view.empty", p.emptyViews);
        Map<String, List<String>> groups = new HashMap<>();
        p.elements.forEach((id, type) -> {
            if (!type.equals("Junction")) {
                groups.computeIfAbsent(type + "|" + p.names.getOrDefault(id, ""), k -> new ArrayList<>()).add(id);
            }
        });
        e.put("archimate.element.duplicate", groups.values().stream().filter(g -> g.size() > 1).flatMap(List::stream)
                .collect(Collectors.toCollection(TreeSet::new)));
        Set<String> mixed = new TreeSet<>();
        p.elements.forEach((id, type) -> {
            if (type.equals("Junction")) {
                Set<String> kinds = p.relationships.values().stream().filter(r -> r[1].equals(id) || r[2].equals(id)).map(r -> r[0])
                        .collect(Collectors.toSet());
                if (kinds.size() > 1) {
                    mixed.add(id);
                }
            }
        });
        e.put("archimate.junction.mixed", mixed);
        Map<String, String> table = table();
        Set<String> invalid = new TreeSet<>();
        p.relationships.forEach((id, r) -> {
            String source = p.elements.containsKey(r[1]) ? p.elements.get(r[1]) : "Relationship";
            String target = p.elements.containsKey(r[2]) ? p.elements.get(r[2]) : "Relationship";
            String letters = table.getOrDefault(source + "|" + target, "");
            if (letters.indexOf(LETTERS.get(r[0])) < 0) {
                invalid.add(id);
            }
        });
        e.put("archimate.relationship.invalid", invalid);
        return e;
    }

    private static final Map<String, Character> LETTERS = Map.ofEntries(Map.entry("Composition", 'c'), Map.entry("Aggregation", 'g'),
            Map.entry("Assignment", 'i'), Map.entry("Realization", 'r'), Map.entry("Serving", 'v'), Map.entry("Access", 'a'), Map.entry("Influence", 'n'),
            Map.entry("Triggering", 't'), Map.entry("Flow", 'f'), Map.entry("Specialization", 's'), Map.entry("Association", 'o'));

    private static Map<String, String> table() throws IOException {
        Map<String, String> table = new HashMap<>();
        for (String line : Files.readAllLines(TestData.root().resolve("metamodel/model/relationships.tsv"))) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] c = line.split("\t");
                table.put(c[0] + "|" + c[1], c[2]);
            }
        }
        return table;
    }

    private static Document parse(Path path) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        byte[] bytes = Files.readAllBytes(path);
        if (bytes.length > 1 && bytes[0] == 'P' && bytes[1] == 'K') {
            try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(path))) {
                for (ZipEntry entry; (entry = zip.getNextEntry()) != null;) {
                    if (entry.getName().equals("model.xml")) {
                        return f.newDocumentBuilder().parse((InputStream) zip);
                    }
                }
            }
            throw new IllegalStateException("no model.xml in " + path);
        }
        return f.newDocumentBuilder().parse(path.toFile());
    }

    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

    private static String type(Element e) {
        String t = e.getAttributeNS(XSI, "type");
        return t.contains(":") ? t.substring(t.indexOf(':') + 1) : t;
    }

    private static List<Element> all(Document doc, String localName) {
        List<Element> out = new ArrayList<>();
        NodeList list = doc.getElementsByTagNameNS("*", localName);
        for (int i = 0; i < list.getLength(); i++) {
            out.add((Element) list.item(i));
        }
        return out;
    }

    private static List<Element> children(Element e, String localName) {
        List<Element> out = new ArrayList<>();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c && c.getLocalName().equals(localName)) {
                out.add(c);
            }
        }
        return out;
    }

    /** Archi's own format: folders of {@code element}s typed archimate:X; diagrams are elements too. */
    private static Parts archiParts(Document doc) {
        Parts p = new Parts();
        for (Element e : all(doc, "element")) {
            String type = type(e);
            String id = e.getAttribute("id");
            if (type.equals("ArchimateDiagramModel")) {
                if (children(e, "child").isEmpty()) {
                    p.emptyViews.add(id);
                }
            } else if (type.equals("SketchModel") || type.equals("CanvasModel")) {
                continue;
            } else if (type.endsWith("Relationship")) {
                p.relationships.put(id, new String[] { type.substring(0, type.length() - "Relationship".length()), e.getAttribute("source"),
                        e.getAttribute("target") });
            } else {
                p.elements.put(id, type);
                p.names.put(id, e.hasAttribute("name") ? e.getAttribute("name") : "");
            }
        }
        for (Element c : all(doc, "child")) {
            if (c.hasAttribute("archimateElement")) {
                p.shown.add(c.getAttribute("archimateElement"));
            }
        }
        for (Element c : all(doc, "sourceConnection")) {
            if (c.hasAttribute("archimateRelationship")) {
                p.shown.add(c.getAttribute("archimateRelationship"));
            }
        }
        return p;
    }

    /** The Open Group exchange format: elements, relationships, views with nodes and connections. */
    private static Parts exchangeParts(Document doc) {
        Parts p = new Parts();
        for (Element e : all(doc, "element")) {
            String type = type(e);
            if (type.equals("AndJunction") || type.equals("OrJunction")) {
                type = "Junction";
            }
            String id = e.getAttribute("identifier");
            p.elements.put(id, type);
            List<Element> names = children(e, "name");
            p.names.put(id, names.isEmpty() ? "" : names.get(0).getTextContent());
        }
        for (Element r : all(doc, "relationship")) {
            p.relationships.put(r.getAttribute("identifier"), new String[] { type(r), r.getAttribute("source"), r.getAttribute("target") });
        }
        for (Element v : all(doc, "view")) {
            if (type(v).equals("Diagram") && children(v, "node").isEmpty()) {
                p.emptyViews.add(v.getAttribute("identifier"));
            }
        }
        for (Element n : all(doc, "node")) {
            if (n.hasAttribute("elementRef")) {
                p.shown.add(n.getAttribute("elementRef"));
            }
        }
        for (Element c : all(doc, "connection")) {
            if (c.hasAttribute("relationshipRef")) {
                p.shown.add(c.getAttribute("relationshipRef"));
            }
        }
        return p;
    }
}
