package vn.ndaf.framework.dictionary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;

import vn.ndaf.framework.ReferenceData;

class SkosWriterTest {

    private final DataDictionary dictionary = ReferenceData.standard().dictionary();

    private Model parse(String turtle) {
        Model model = ModelFactory.createDefaultModel();
        model.read(new StringReader(turtle), null, "TURTLE");
        return model;
    }

    @Test
    void export_IsValidTurtle_WithOneSkosConceptPerTerm() {
        Model model = parse(SkosWriter.toTurtle(dictionary));
        assertThat(model.listSubjectsWithProperty(RDF.type, SKOS.Concept).toList()).hasSize(dictionary.terms().size());
        assertThat(model.listSubjectsWithProperty(RDF.type, SKOS.ConceptScheme).toList()).hasSize(1);
    }

    @Test
    void export_KeepsLabelsDefinitionsAndBroaderTerms() {
        Model model = parse(SkosWriter.toTurtle(dictionary));
        Resource number = model.getResource(dictionary.baseUri() + "SO_DINH_DANH_CA_NHAN");
        assertThat(number.getProperty(SKOS.prefLabel, "vi").getString()).isEqualTo("Số định danh cá nhân");
        assertThat(number.getProperty(SKOS.prefLabel, "en").getString()).isEqualTo("Personal identification number");
        assertThat(number.getProperty(SKOS.broader).getResource().getURI()).isEqualTo(dictionary.baseUri() + "CONG_DAN");
        assertThat(number.getProperty(model.createProperty(SkosWriter.NDAF_DICTIONARY_NS, "owner")).getString()).isEqualTo("BCA");
        Resource citizen = model.getResource(dictionary.baseUri() + "CONG_DAN");
        assertThat(model.listObjectsOfProperty(citizen, SKOS.narrower).toList()).hasSize(dictionary.narrower("CONG_DAN").size());
    }

    @Test
    void literal_EscapesQuotesAndLineBreaks() {
        assertThat(SkosWriter.literal("a \"b\"\nc\\", "vi")).isEqualTo("\"a \\\"b\\\"\\nc\\\\\"@vi");
        Model model = parse("<http://x/a> <http://x/p> " + SkosWriter.literal("a \"b\"\nc\\", "vi") + " .");
        assertThat(model.listStatements().next().getLiteral().getString()).isEqualTo("a \"b\"\nc\\");
    }
}
