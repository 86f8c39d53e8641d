package vn.ndaf.analysis.rules.framework;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.vocabulary.RDFS;
import org.eclipse.emf.ecore.EObject;

import vn.ndaf.analysis.ModelContext;
import vn.ndaf.analysis.ModelRule;
import vn.ndaf.analysis.Severity;
import vn.ndaf.interop.rdf.NdafVocabulary;
import vn.ndaf.interop.rdf.RdfExporter;
import vn.ndaf.metamodel.Models;
import vn.ndaf.metamodel.validation.Describe;

/**
 * A rule that is a SHACL node shape of {@value #SHAPES} (framework-templates), run with Jena SHACL over the
 * architecture's RDF form. All shapes are validated together once per check; each rule takes the results
 * of its own shape (or of the property shapes inside it).
 */
public final class ShaclRule implements ModelRule {

    public static final String SHAPES = "/vn/ndaf/framework/data/shapes/framework-rules.ttl";
    private static final String RULE_ID = NdafVocabulary.NS + "ruleId";
    private static final Graph GRAPH = loadGraph();
    private static final Shapes COMPILED = Shapes.parse(GRAPH);

    private final String id;
    private final Severity severity;
    private final String title;
    private final String reference;
    private final String message;
    private final Node shape;

    private ShaclRule(String id, Severity severity, String title, String reference, String message, Node shape) {
        this.id = id;
        this.severity = severity;
        this.title = title;
        this.reference = reference;
        this.message = message;
        this.shape = shape;
    }

    /** One rule per node shape with an {@code ndaf:ruleId}, in file order of ids. */
    public static List<ShaclRule> all() {
        Model m = ModelFactory.createModelForGraph(GRAPH);
        List<ShaclRule> rules = new ArrayList<>();
        m.listResourcesWithProperty(m.createProperty(RULE_ID)).forEachRemaining(r -> rules.add(new ShaclRule(
                r.getProperty(m.createProperty(RULE_ID)).getString(), severity(r.getPropertyResourceValue(m.createProperty(SHACL.severity.getURI()))),
                literal(r, RDFS.label.getURI()), literal(r, RDFS.comment.getURI()), literal(r, SHACL.message.getURI()), r.asNode())));
        rules.sort(java.util.Comparator.comparing(ShaclRule::id));
        return rules;
    }

    private static String literal(Resource r, String property) {
        Statement s = r.getProperty(r.getModel().createProperty(property));
        return s == null ? "" : s.getString();
    }

    private static Severity severity(Resource r) {
        if (r == null || r.getURI().equals(SHACL.Violation.getURI())) {
            return Severity.ERROR;
        }
        return r.getURI().equals(SHACL.Warning.getURI()) ? Severity.WARNING : Severity.INFO;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public Severity defaultSeverity() {
        return severity;
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    public String reference() {
        return reference;
    }

    @Override
    public String unit() {
        return "SHACL shape `" + shape.getLocalName() + "` in `framework-templates/src/main/resources" + SHAPES + "`";
    }

    @Override
    public String group() {
        return "framework";
    }

    @Override
    public void check(ModelContext context) {
        Results results = context.shared("shacl", () -> validate(context.architecture()));
        for (Node focus : results.byShape.getOrDefault(shape, List.of())) {
            EObject object = results.objects.get(focus);
            if (object != null) {
                context.report(this, object, Describe.of(object) + " " + context.where() + " " + message);
            }
        }
    }

    /** The focus nodes of each top-level shape's violations, and the model objects of the architecture by IRI. */
    record Results(Map<Node, List<Node>> byShape, Map<Node, EObject> objects) {
    }

    static Results validate(EObject architecture) {
        Model data = RdfExporter.toFastModel(architecture);
        ValidationReport report = ShaclValidator.get().validate(COMPILED, data.getGraph());
        Map<Node, List<Node>> byShape = new HashMap<>();
        for (ReportEntry e : report.getEntries()) {
            byShape.computeIfAbsent(topShape(e.source()), k -> new ArrayList<>()).add(e.focusNode());
        }
        Map<Node, EObject> objects = new HashMap<>();
        String archId = Models.id(architecture);
        for (EObject e : Models.<EObject>list(architecture, "elements")) {
            objects.put(NodeFactory.createURI(NdafVocabulary.objectIri(archId, Models.id(e))), e);
        }
        return new Results(byShape, objects);
    }

    /** The node shape a result comes from: the shape itself, or the node shape holding the property shape. */
    private static Node topShape(Node source) {
        if (GRAPH.contains(source, NodeFactory.createURI(RULE_ID), Node.ANY)) {
            return source;
        }
        var it = GRAPH.find(Node.ANY, SHACL.property, source);
        return it.hasNext() ? it.next().getSubject() : source;
    }

    private static Graph loadGraph() {
        try (InputStream in = ShaclRule.class.getResourceAsStream(SHAPES)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + SHAPES);
            }
            Model m = ModelFactory.createDefaultModel();
            RDFParser.source(in).lang(Lang.TURTLE).parse(m);
            return m.getGraph();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
