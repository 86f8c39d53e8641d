package vn.ndaf.interop.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;

import vn.ndaf.interop.NationalModels;
import vn.ndaf.interop.Trips;
import vn.ndaf.metamodel.Models;

class RdfExporterTest {

    private static Model parse(byte[] bytes, Lang lang) {
        Model model = ModelFactory.createDefaultModel();
        RDFDataMgr.read(model, new ByteArrayInputStream(bytes), lang);
        return model;
    }

    private static byte[] write(EObject architecture, RdfExporter.Syntax syntax) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RdfExporter.write(architecture, out, syntax);
        return out.toByteArray();
    }

    @Test
    void turtleAndJsonLd_HoldTheSameGraph() {
        EObject a = NationalModels.everyNationalClass();
        Model turtle = parse(write(a, RdfExporter.Syntax.TURTLE), Lang.TURTLE);
        Model jsonld = parse(write(a, RdfExporter.Syntax.JSONLD), Lang.JSONLD);

        assertThat(turtle.size()).isGreaterThan(100);
        assertThat(turtle.isIsomorphicWith(jsonld)).isTrue();
    }

    @Test
    void elementsAndRelationships_AreTypedAndLinkedBothWays() {
        Model m = parse(write(NationalModels.everyNationalClass(), RdfExporter.Syntax.TURTLE), Lang.TURTLE);
        Resource db = m.getResource(NdafVocabulary.objectIri("arch-01", "db1"));
        Resource platform = m.getResource(NdafVocabulary.objectIri("arch-01", "sp1"));
        Resource portal = m.getResource(NdafVocabulary.objectIri("arch-01", "ac1"));
        Resource serving = m.getResource(NdafVocabulary.objectIri("arch-01", "r1"));

        assertThat(m.contains(db, RDF.type, NdafVocabulary.cls("Database"))).isTrue();
        assertThat(m.contains(db, RDF.type, NdafVocabulary.cls("ApplicationComponent"))).isTrue();
        assertThat(m.contains(db, NdafVocabulary.prop("ndcSync"), "real_time")).isTrue();
        assertThat(m.contains(db, RDFS.label, "Cơ sở dữ liệu dân cư")).isTrue();
        assertThat(m.contains(platform, NdafVocabulary.prop("serving"), portal)).as("direct triple").isTrue();
        assertThat(m.contains(serving, NdafVocabulary.SOURCE, platform)).as("reified relationship").isTrue();
        assertThat(m.contains(serving, RDF.type, NdafVocabulary.cls("ServingRelationship"))).isTrue();
        assertThat(m.contains(portal, NdafVocabulary.userKey("owner"), "Văn phòng UBND")).isTrue();
        assertThat(m.contains(m.getResource(NdafVocabulary.architectureIri("arch-01")), NdafVocabulary.prop("body"), "01")).isTrue();
    }

    @Test
    void dataDictionaryTerms_AreSkosConceptsInOneScheme() {
        EObject a = NationalModels.everyNationalClass();
        Models.list(Models.elementsOf(a, "DataDictionaryTerm").get(0), "nameVariants").clear();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RdfExporter.writeSkos(a, out, RdfExporter.Syntax.TURTLE);
        Model m = parse(out.toByteArray(), Lang.TURTLE);

        Resource scheme = m.getResource(NdafVocabulary.architectureIri("arch-01") + "/data-dictionary");
        Resource person = m.getResource(NdafVocabulary.objectIri("arch-01", "t1"));
        Resource id = m.getResource(NdafVocabulary.objectIri("arch-01", "t2"));
        assertThat(m.contains(scheme, RDF.type, SKOS.ConceptScheme)).isTrue();
        assertThat(m.listSubjectsWithProperty(RDF.type, SKOS.Concept).toList()).containsExactlyInAnyOrder(person, id);
        assertThat(m.contains(id, SKOS.broader, person)).isTrue();
        assertThat(m.contains(id, SKOS.inScheme, scheme)).isTrue();
        assertThat(m.contains(id, SKOS.notation, "DC.002")).isTrue();
        assertThat(m.contains(person, SKOS.definition, "Người có quốc tịch Việt Nam")).isTrue();
        assertThat(m.contains(scheme, SKOS.hasTopConcept, person)).isTrue();
        assertThat(m.listSubjectsWithProperty(RDF.type, NdafVocabulary.cls("Database")).toList()).as("dictionary only").isEmpty();
    }

    @Test
    void languageVariants_BecomeLanguageTaggedLabels() {
        EObject a = Trips.fixture("Archisurance-exchange.xml");
        Model m = parse(write(a, RdfExporter.Syntax.TURTLE), Lang.TURTLE);
        Resource resource = m.getResource(NdafVocabulary.objectIri("id-11f5304f", "id-9784239c-1fe2-40fb-9d4f-6a5fa0ef6786"));
        assertThat(m.contains(resource, RDFS.label, m.createLiteral("Resource", "en"))).isTrue();
    }
}
