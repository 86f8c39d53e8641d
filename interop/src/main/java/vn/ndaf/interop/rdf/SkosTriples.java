package vn.ndaf.interop.rdf;

import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.eclipse.emf.ecore.EObject;

import vn.ndaf.metamodel.Models;

/**
 * The Shared Data Dictionary as SKOS: one skos:ConceptScheme per architecture, every DataDictionaryTerm a
 * skos:Concept in it, with its name as skos:prefLabel (in each language it has), its documentation as
 * skos:definition, its term code as skos:notation, its broader term as skos:broader.
 */
final class SkosTriples {

    private final Model model;
    private final EObject architecture;

    SkosTriples(Model model, EObject architecture) {
        this.model = model;
        this.architecture = architecture;
    }

    void add() {
        List<EObject> terms = Models.elementsOf(architecture, "DataDictionaryTerm");
        if (terms.isEmpty()) {
            return;
        }
        String architectureId = Models.id(architecture);
        Resource scheme = model.createResource(NdafVocabulary.architectureIri(architectureId) + "/data-dictionary");
        scheme.addProperty(RDF.type, SKOS.ConceptScheme);
        String name = Models.string(architecture, "name");
        scheme.addProperty(SKOS.prefLabel, "Data dictionary" + (name == null ? "" : " of " + name));
        for (EObject term : terms) {
            Resource t = model.createResource(NdafVocabulary.objectIri(architectureId, Models.id(term)));
            t.addProperty(RDF.type, SKOS.Concept);
            t.addProperty(SKOS.inScheme, scheme);
            Literals.texts(model, t, SKOS.prefLabel, term, "name", "nameVariants");
            Literals.texts(model, t, SKOS.definition, term, "documentation", "documentationVariants");
            String code = Models.string(term, "termCode");
            if (code != null && !code.isEmpty()) {
                t.addProperty(SKOS.notation, code);
            }
            EObject broader = (EObject) Models.get(term, "broader");
            if (broader != null) {
                t.addProperty(SKOS.broader, model.createResource(NdafVocabulary.objectIri(architectureId, Models.id(broader))));
            } else {
                t.addProperty(SKOS.topConceptOf, scheme);
                scheme.addProperty(SKOS.hasTopConcept, t);
            }
        }
    }
}
