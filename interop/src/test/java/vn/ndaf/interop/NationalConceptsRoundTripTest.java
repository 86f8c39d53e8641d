package vn.ndaf.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;

import vn.ndaf.metamodel.Models;

/** docs/adr/0004: each national class travels as its ArchiMate type, a specialization and ndaf: properties, and comes back typed. */
class NationalConceptsRoundTripTest {

    @Test
    void exchangeFormat_GivesEveryNationalConceptBack() {
        EObject original = NationalModels.everyNationalClass();
        byte[] xml = Trips.write(original, Format.EXCHANGE);

        assertThat(ExchangeSchemas.errorsWithExtension(xml)).isEmpty();
        assertThat(new String(xml, StandardCharsets.UTF_8)).contains("xsi:type=\"ApplicationComponent\"").doesNotContain("xsi:type=\"Database\"");
        EObject again = Trips.read(xml, "national.xml");
        assertThat(ModelComparison.differences(original, again)).isEmpty();
    }

    @Test
    void standardOnlyExchangeFormat_StillGivesEveryNationalConceptBack() {
        EObject original = NationalModels.everyNationalClass();
        byte[] xml = Trips.write(original, Format.EXCHANGE, ExportOptions.standard());

        assertThat(ExchangeSchemas.errorsStandard(xml)).isEmpty();
        EObject again = Trips.read(xml, "national.xml");
        assertThat(ModelComparison.differences(original, again, "Property.definition", "Architecture.propertyDefinitions"))
                .as("the standard has a definition for every key, so the user's keys come back with definitions").isEmpty();
    }

    @Test
    void archiFormat_GivesEveryNationalConceptBack() {
        EObject original = NationalModels.everyNationalClass();
        byte[] archi = Trips.write(original, Format.ARCHIMATE);
        String text = new String(archi, StandardCharsets.UTF_8);

        assertThat(text).contains("<profile name=\"Database\" id=\"ndaf-specialization-Database\" conceptType=\"ApplicationComponent\"/>")
                .contains("<property key=\"ndaf:ndcSync\" value=\"real_time\"/>").contains("<property key=\"ndaf:body\" value=\"01\"/>");
        EObject again = Trips.read(archi, "national.archimate");
        assertThat(ModelComparison.differences(original, again, "Architecture.folders")).isEmpty();
    }

    @Test
    void archiCsv_GivesEveryNationalConceptBack() {
        EObject original = NationalModels.everyNationalClass();
        EObject again = Trips.read(Trips.write(original, Format.CSV), "national-csv.zip");
        assertThat(ModelComparison.differences(original, again)).isEmpty();
    }

    @Test
    void unreadableNdafProperty_StaysAPropertyAndIsReported() {
        EObject original = NationalModels.everyNationalClass();
        String xml = new String(Trips.write(original, Format.EXCHANGE), StandardCharsets.UTF_8).replace(">real_time<", ">sometimes<");

        ImportResult result = ModelImporter.read(xml.getBytes(StandardCharsets.UTF_8), ImportOptions.named("n.xml"));

        EObject db = Models.elementsOf(result.architecture(), "Database").get(0);
        assertThat(Models.<EObject>list(db, "properties")).extracting(p -> Models.string(p, "key") + "=" + Models.string(p, "value"))
                .containsExactly("ndaf:ndcSync=sometimes");
        assertThat(result.warnings()).extracting(Object::toString)
                .anySatisfy(w -> assertThat(w).contains("Database 'Cơ sở dữ liệu dân cư' (id db1) has ndaf:ndcSync = 'sometimes'").contains("one of [none, batch, real_time]"));
    }

    @Test
    void elementWithNdafPropertiesButNoSpecialization_StaysAPlainElement() {
        String xml = new String(Trips.write(NationalModels.everyNationalClass(), Format.EXCHANGE, ExportOptions.standard()), StandardCharsets.UTF_8)
                .replace("<value>Shared Platform</value>", "<value>Something Else</value>");

        ImportResult result = ModelImporter.read(xml.getBytes(StandardCharsets.UTF_8), ImportOptions.named("n.xml"));

        EObject platform = Models.<EObject>list(result.architecture(), "elements").stream().filter(e -> Models.id(e).equals("sp1")).findFirst().orElseThrow();
        assertThat(platform.eClass().getName()).isEqualTo("ApplicationComponent");
        assertThat(Models.<EObject>list(platform, "properties")).extracting(p -> Models.string(p, "key")).contains("ndaf:platformScope");
    }
}
