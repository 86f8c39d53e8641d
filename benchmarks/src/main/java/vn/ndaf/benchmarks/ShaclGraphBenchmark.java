package vn.ndaf.benchmarks;

import java.util.Arrays;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.eclipse.emf.ecore.EObject;
import vn.ndaf.interop.rdf.RdfExporter;

/**
 * The SHACL shapes of the framework over the RDF form of a synthetic 5,000-element architecture, built in
 * Jena's default model graph and in its same-term graph (what ShaclRule uses), interleaved in one process;
 * medians of 9 runs after 3 warm-ups (docs/benchmarks.md, "Analysis").
 */
public final class ShaclGraphBenchmark {

    private ShaclGraphBenchmark() {
    }
    public static void main(String[] args) throws Exception {
        EObject a = SyntheticModel.build(5000, 6000, 1);
        Model shapesModel = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
        RDFParser.source(ShaclGraphBenchmark.class.getResourceAsStream("/vn/ndaf/framework/data/shapes/framework-rules.ttl")).lang(Lang.TURTLE).parse(shapesModel);
        Shapes shapes = Shapes.parse(shapesModel.getGraph());
        int runs = 9;
        double[][] t = new double[4][runs];
        for (int i = -3; i < runs; i++) {
            for (int k = 0; k < 2; k++) {
                long s0 = System.nanoTime();
                Model m = k == 0 ? RdfExporter.toModel(a) : RdfExporter.toFastModel(a);
                long s1 = System.nanoTime();
                int n = ShaclValidator.get().validate(shapes, m.getGraph()).getEntries().size();
                long s2 = System.nanoTime();
                if (i >= 0) { t[k * 2][i] = (s1 - s0) / 1e6; t[k * 2 + 1][i] = (s2 - s1) / 1e6; }
                if (i == 0) System.out.println((k == 0 ? "default" : "same-term") + " graph: " + m.size() + " triples, " + n + " results");
            }
        }
        String[] names = { "default: RDF form", "default: validate", "same-term: RDF form", "same-term: validate" };
        for (int k = 0; k < 4; k++) { double[] v = t[k].clone(); Arrays.sort(v); System.out.printf("%s median %.0f ms%n", names[k], v[runs / 2]); }
    }
}
