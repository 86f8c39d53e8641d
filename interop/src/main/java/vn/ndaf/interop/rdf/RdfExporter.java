package vn.ndaf.interop.rdf;

import java.io.OutputStream;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.eclipse.emf.ecore.EObject;

/**
 * Writes an architecture as RDF (Turtle or JSON-LD, through Apache Jena) with ndaf's vocabulary
 * (docs/rdf-vocabulary.md); {@link #writeSkos} writes only its Shared Data Dictionary, as a SKOS concept
 * scheme.
 */
public final class RdfExporter {

    /** The RDF syntaxes ndaf writes. */
    public enum Syntax {
        TURTLE(RDFFormat.TURTLE_PRETTY), JSONLD(RDFFormat.JSONLD11_PRETTY);

        private final RDFFormat format;

        Syntax(RDFFormat format) {
            this.format = format;
        }
    }

    private RdfExporter() {
    }

    /** The whole architecture as an RDF model. */
    public static Model toModel(EObject architecture) {
        return toModel(architecture, ModelFactory.createDefaultModel());
    }

    /**
     * The same triples in a graph of Jena's faster in-memory kind (terms compared as written, not by value:
     * what a SHACL check over the form needs; a quarter to a third faster to fill and to validate, docs/benchmarks.md).
     */
    public static Model toFastModel(EObject architecture) {
        return toModel(architecture, ModelFactory.createModelForGraph(org.apache.jena.graph.GraphMemFactory.createDefaultGraphSameTerm()));
    }

    private static Model toModel(EObject architecture, Model model) {
        NdafVocabulary.prefixes(model);
        new ArchitectureTriples(model, architecture).add();
        new SkosTriples(model, architecture).add();
        return model;
    }

    /** The data dictionary alone: a skos:ConceptScheme and its skos:Concepts. */
    public static Model toSkosModel(EObject architecture) {
        Model model = ModelFactory.createDefaultModel();
        NdafVocabulary.prefixes(model);
        new SkosTriples(model, architecture).add();
        return model;
    }

    public static void write(EObject architecture, OutputStream out, Syntax syntax) {
        RDFDataMgr.write(out, toModel(architecture), syntax.format);
    }

    public static void writeSkos(EObject architecture, OutputStream out, Syntax syntax) {
        RDFDataMgr.write(out, toSkosModel(architecture), syntax.format);
    }
}
