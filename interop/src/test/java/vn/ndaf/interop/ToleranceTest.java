package vn.ndaf.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import vn.ndaf.metamodel.Models;
import vn.ndaf.metamodel.NdafMetamodel;

/**
 * Tolerant import, strict on request: what Archi opens (relationships the ArchiMate 3.2 table forbids,
 * unknown viewpoints, properties without definition, empty names, mixed junctions) is kept with one warning
 * each, and refused by a strict import; the fixture holding every forbidden relationship kind survives the
 * round trips.
 */
class ToleranceTest {

    static final String FIXTURE = "forbidden-relationships.archimate";
    private static final Path TABLE = Path.of("../metamodel/model/relationships.tsv");
    private static final Path SHARED = Path.of("../../shared/testdata/archimate").toAbsolutePath().normalize();
    private static final Map<Character, String> KIND_OF_LETTER = Map.ofEntries(Map.entry('c', "CompositionRelationship"),
            Map.entry('g', "AggregationRelationship"), Map.entry('i', "AssignmentRelationship"), Map.entry('r', "RealizationRelationship"),
            Map.entry('v', "ServingRelationship"), Map.entry('a', "AccessRelationship"), Map.entry('n', "InfluenceRelationship"),
            Map.entry('t', "TriggeringRelationship"), Map.entry('f', "FlowRelationship"), Map.entry('s', "SpecializationRelationship"),
            Map.entry('o', "AssociationRelationship"));

    static byte[] resource(String name) {
        try (InputStream in = ToleranceTest.class.getResourceAsStream("/tolerance/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The table as the file says it: source type -> target type -> letters. */
    private static Map<String, Map<String, String>> table() throws IOException {
        Map<String, Map<String, String>> table = new HashMap<>();
        for (String line : Files.readAllLines(TABLE, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            table.computeIfAbsent(cells[0], k -> new HashMap<>()).put(cells[1], cells[2].strip());
        }
        return table;
    }

    /** The relationship kinds the file forbids between some pair of types. */
    private static Set<String> kindsWithAForbiddenPair(Map<String, Map<String, String>> table) {
        Set<String> kinds = new TreeSet<>();
        for (Map<String, String> targets : table.values()) {
            for (String letters : targets.values()) {
                for (Map.Entry<Character, String> k : KIND_OF_LETTER.entrySet()) {
                    if (letters.indexOf(k.getKey()) < 0) {
                        kinds.add(k.getValue());
                    }
                }
            }
        }
        return kinds;
    }

    private static String tableType(EObject o) {
        return Models.isA(o, "Relationship") ? "Relationship" : NdafMetamodel.get().archimateType(o.eClass());
    }

    private static boolean forbiddenByTheFile(EObject r, Map<String, Map<String, String>> table) {
        String letters = table.getOrDefault(tableType((EObject) Models.get(r, "source")), Map.of()).getOrDefault(tableType((EObject) Models.get(r, "target")), "");
        char letter = KIND_OF_LETTER.entrySet().stream().filter(e -> e.getValue().equals(NdafMetamodel.get().archimateType(r.eClass()))).findFirst()
                .orElseThrow().getKey();
        return letters.indexOf(letter) < 0;
    }

    private static ImportResult tolerant() {
        return ModelImporter.read(resource(FIXTURE), ImportOptions.named(FIXTURE));
    }

    @Test
    void fixture_HoldsEveryRelationshipKindTheTableForbidsSomewhere_WithAForbiddenPair() throws IOException {
        Map<String, Map<String, String>> table = table();
        Set<String> needed = kindsWithAForbiddenPair(table);
        assertThat(needed).as("the table forbids most kinds somewhere").hasSizeGreaterThanOrEqualTo(10);

        Set<String> held = new TreeSet<>();
        for (EObject r : Models.<EObject>list(tolerant().architecture(), "relationships")) {
            if (forbiddenByTheFile(r, table)) {
                held.add(NdafMetamodel.get().archimateType(r.eClass()));
            }
        }
        assertThat(held).containsAll(needed);
    }

    @Test
    void tolerantImport_KeepsEachForbiddenRelationship_WithOneWarningNamingFileLineIdAndTypes() throws IOException {
        Map<String, Map<String, String>> table = table();
        ImportResult result = tolerant();
        List<EObject> forbidden = Models.<EObject>list(result.architecture(), "relationships").stream().filter(r -> forbiddenByTheFile(r, table)).toList();
        List<ImportWarning> invalid = result.warnings().stream().filter(w -> w.kind().equals(ImportWarning.RELATIONSHIP_INVALID)).toList();

        assertThat(invalid).hasSameSizeAs(forbidden);
        String text = new String(resource(FIXTURE), StandardCharsets.UTF_8);
        List<String> lines = text.lines().toList();
        for (EObject r : forbidden) {
            String id = Models.id(r);
            EObject source = (EObject) Models.get(r, "source");
            EObject target = (EObject) Models.get(r, "target");
            int line = lineOf(lines, "id=\"" + id + "\"");
            assertThat(invalid).as(id).anySatisfy(w -> {
                assertThat(w.part()).isEqualTo(FIXTURE);
                assertThat(w.line()).isEqualTo(line);
                assertThat(w.message()).contains("relationship '" + id + "'").contains(source.eClass().getName()).contains(target.eClass().getName())
                        .contains("(id " + Models.id(source) + ")").contains("(id " + Models.id(target) + ")");
            });
        }
    }

    @Test
    void tolerantImport_CountsTheWarningsByKind() {
        ImportResult result = tolerant();
        assertThat(result.warningCounts()).containsEntry(ImportWarning.RELATIONSHIP_INVALID, 10).containsEntry(ImportWarning.VIEWPOINT_UNKNOWN, 1)
                .containsEntry(ImportWarning.JUNCTION_MIXED, 1).containsEntry(ImportWarning.NAME_EMPTY, 1);
        assertThat(ImportResult.summary(result.warningCounts())).isEqualTo("10 relationship.invalid, 1 junction.mixed, 1 name.empty, 1 viewpoint.unknown");
        EObject view = Models.<EObject>list(result.architecture(), "views").get(0);
        assertThat(Models.string(view, "viewpoint")).isEqualTo("national_overview");
    }

    @Test
    void strictImport_RefusesTheFixture_NamingTheFirstForbiddenRelationship() {
        Throwable t = catchThrowable(() -> ModelImporter.read(resource(FIXTURE), ImportOptions.named(FIXTURE).withStrict(true)));
        assertThat(t).isInstanceOf(ImportException.class);
        assertThat(t.getMessage()).startsWith(FIXTURE + " line ").contains("relationship 'tol-r-composition'").contains("not allowed by ArchiMate 3.2")
                .contains("strict");
    }

    @Test
    void fixture_ExportsToValidExchange_WithAndWithoutTheExtension_AndComesBackEqual() {
        EObject original = tolerant().architecture();
        byte[] exchange = Trips.write(original, Format.EXCHANGE);
        assertThat(ExchangeSchemas.errorsWithExtension(exchange)).isEmpty();
        byte[] standard = Trips.write(original, Format.EXCHANGE, ExportOptions.standard());
        assertThat(ExchangeSchemas.errorsStandard(standard)).isEmpty();
        assertThat(new String(standard, StandardCharsets.UTF_8)).doesNotContain("ndaf.vn");

        ImportResult again = ModelImporter.read(exchange, ImportOptions.named("again.xml"));
        assertThat(ModelComparison.differences(original, again.architecture())).isEmpty();
        assertThat(again.warningCounts()).isEqualTo(tolerant().warningCounts());
    }

    @Test
    void fixture_ExportsToArchimate_WithoutLoss() {
        EObject original = tolerant().architecture();
        byte[] archimate = Trips.write(original, Format.ARCHIMATE);
        EObject again = Trips.read(archimate, "again.archimate");
        assertThat(ModelComparison.differences(original, again)).isEmpty();
        assertThat(new String(archimate, StandardCharsets.UTF_8)).isEqualTo(new String(resource(FIXTURE), StandardCharsets.UTF_8));
    }

    @Test
    void fixture_ExportsToCsv_AndReimportsWithTheSameRelationships() {
        EObject original = tolerant().architecture();
        byte[] zip = Trips.write(original, Format.CSV);
        ImportResult again = ModelImporter.read(zip, ImportOptions.named("again.zip"));
        assertThat(Models.<EObject>list(again.architecture(), "relationships")).extracting(Models::id)
                .containsExactlyInAnyOrderElementsOf(Models.<EObject>list(original, "relationships").stream().map(Models::id).toList());
        assertThat(again.warningCounts()).containsEntry(ImportWarning.RELATIONSHIP_INVALID, 10);
    }

    static Stream<Path> sharedModels() throws IOException {
        try (Stream<Path> files = Files.list(SHARED)) {
            return files.filter(p -> p.toString().endsWith(".archimate") || p.toString().endsWith(".xml")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("sharedModels")
    void archisModels_ImportTolerantly_AndExportToValidExchangeAndArchimateWithoutLoss(Path model) {
        ImportResult result = ModelImporter.read(model, ImportOptions.defaults());
        assertThat(result.warnings()).as("Archi's own models need no tolerance").isEmpty();
        EObject original = result.architecture();
        byte[] exchange = Trips.write(original, Format.EXCHANGE);
        assertThat(ExchangeSchemas.errorsWithExtension(exchange)).isEmpty();
        assertThat(ExchangeSchemas.errorsStandard(Trips.write(original, Format.EXCHANGE, ExportOptions.standard()))).isEmpty();
        assertThat(ModelComparison.differences(original, Trips.read(exchange, "again.xml"))).isEmpty();
        assertThat(ModelComparison.differences(original, Trips.read(Trips.write(original, Format.ARCHIMATE), "again.archimate"), "Architecture.folders"))
                .isEmpty();
    }

    @Test
    void exchangeProperty_WithoutDefinition_IsKeptUnderItsReference_OrRefusedWhenStrict() {
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <model xmlns="http://www.opengroup.org/xsd/archimate/3.0/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" identifier="m">
                  <name>Properties</name>
                  <elements>
                    <element identifier="e1" xsi:type="BusinessActor">
                      <name>Clerk</name>
                      <properties>
                        <property propertyDefinitionRef="owner"><value>Ward office</value></property>
                      </properties>
                    </element>
                  </elements>
                </model>
                """;
        ImportResult result = ModelImporter.read(xml.getBytes(StandardCharsets.UTF_8), ImportOptions.named("props.xml"));
        EObject property = Models.<EObject>list(Models.<EObject>list(result.architecture(), "elements").get(0), "properties").get(0);
        assertThat(Models.string(property, "key")).isEqualTo("owner");
        assertThat(Models.string(property, "value")).isEqualTo("Ward office");
        assertThat(result.warnings()).singleElement().satisfies(w -> {
            assertThat(w.kind()).isEqualTo(ImportWarning.PROPERTY_UNDEFINED);
            assertThat(w.line()).isEqualTo(8);
        });
        byte[] exported = Trips.write(result.architecture(), Format.EXCHANGE);
        assertThat(ExchangeSchemas.errorsWithExtension(exported)).isEmpty();

        Throwable t = catchThrowable(() -> ModelImporter.read(xml.getBytes(StandardCharsets.UTF_8), ImportOptions.named("props.xml").withStrict(true)));
        assertThat(t).isInstanceOf(ImportException.class).hasMessageStartingWith("props.xml line 8").hasMessageContaining("'owner'");
    }

    @Test
    void exchangeView_WithAnUnknownViewpoint_IsKeptWithAWarning() {
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <model xmlns="http://www.opengroup.org/xsd/archimate/3.0/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" identifier="m">
                  <name>Views</name>
                  <views>
                    <diagrams>
                      <view identifier="v1" xsi:type="Diagram" viewpoint="Application Platform"><name>Platform</name></view>
                      <view identifier="v2" xsi:type="Diagram" viewpoint="Layered"><name>Layers</name></view>
                    </diagrams>
                  </views>
                </model>
                """;
        ImportResult result = ModelImporter.read(xml.getBytes(StandardCharsets.UTF_8), ImportOptions.named("views.xml"));
        assertThat(Models.<EObject>list(result.architecture(), "views")).extracting(v -> Models.string(v, "viewpoint"))
                .containsExactly("Application Platform", "layered");
        assertThat(result.warnings()).singleElement().satisfies(w -> {
            assertThat(w.kind()).isEqualTo(ImportWarning.VIEWPOINT_UNKNOWN);
            assertThat(w.line()).isEqualTo(6);
            assertThat(w.message()).contains("'v1'").contains("Application Platform");
        });
    }

    @Test
    void exchangeAccessTypeAndDirection_ArchiDoesNotDefine_AreReadAsArchiReadsThem_OrRefusedWhenStrict() {
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <model xmlns="http://www.opengroup.org/xsd/archimate/3.0/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" identifier="m">
                  <name>Values</name>
                  <elements>
                    <element identifier="p" xsi:type="BusinessProcess"><name>Process</name></element>
                    <element identifier="o" xsi:type="BusinessObject"><name>Object</name></element>
                  </elements>
                  <relationships>
                    <relationship identifier="r1" source="p" target="o" xsi:type="Access" accessType="Modify"/>
                    <relationship identifier="r2" source="p" target="o" xsi:type="Association" isDirected="yes"/>
                  </relationships>
                </model>
                """;
        ImportResult result = ModelImporter.read(xml.getBytes(StandardCharsets.UTF_8), ImportOptions.named("values.xml"));
        List<EObject> relationships = Models.list(result.architecture(), "relationships");
        assertThat(Models.string(relationships.get(0), "accessType")).isEqualTo("write");
        assertThat(Models.get(relationships.get(1), "directed")).isEqualTo(false);
        assertThat(result.warnings()).extracting(ImportWarning::kind, ImportWarning::line)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ImportWarning.VALUE_INVALID, 9), org.assertj.core.groups.Tuple.tuple(ImportWarning.VALUE_INVALID, 10));

        Throwable t = catchThrowable(() -> ModelImporter.read(xml.getBytes(StandardCharsets.UTF_8), ImportOptions.named("values.xml").withStrict(true)));
        assertThat(t).isInstanceOf(ImportException.class).hasMessageStartingWith("values.xml line 9").hasMessageContaining("'Modify'");
    }

    @Test
    void archimate2Model_ImportsAsArchiConvertsIt() {
        ImportResult result = ModelImporter.read(resource("archimate2-model.archimate"), ImportOptions.named("old.archimate"));
        EObject a = result.architecture();
        Map<String, String> typeById = new HashMap<>();
        for (EObject c : Models.<EObject>list(a, "elements")) {
            typeById.put(Models.id(c), c.eClass().getName());
        }
        for (EObject c : Models.<EObject>list(a, "relationships")) {
            typeById.put(Models.id(c), c.eClass().getName());
        }
        assertThat(typeById).containsEntry("old-usedby", "ServingRelationship").containsEntry("old-realisation", "RealizationRelationship")
                .containsEntry("old-specialisation", "SpecializationRelationship").containsEntry("old-path", "Path")
                .containsEntry("old-network", "DistributionNetwork").containsEntry("old-tinterface", "TechnologyInterface")
                .containsEntry("old-tfunction", "TechnologyFunction").containsEntry("old-tservice", "TechnologyService")
                .containsEntry("old-and", "Junction").containsEntry("old-or", "Junction").containsEntry("old-derived", "ServingRelationship");
        EObject or = Models.<EObject>list(a, "elements").stream().filter(e -> Models.id(e).equals("old-or")).findFirst().orElseThrow();
        assertThat(Models.string(or, "type")).isEqualTo("or");

        Map<String, List<String>> folders = new HashMap<>();
        for (EObject f : Models.<EObject>list(a, "folders")) {
            List<String> members = new ArrayList<>(Models.<EObject>list(f, "members").stream().map(Models::id).toList());
            folders.put(String.valueOf(Models.string(f, "type")) + "/" + Models.string(f, "name"), members);
        }
        assertThat(folders).doesNotContainKey("null/Derived Relations").containsKey("other/Other");
        assertThat(folders.get("other/Other")).contains("old-and", "old-or", "old-location");
        assertThat(folders.get("relations/Relations")).contains("old-derived");
        assertThat(folders.get("motivation/Motivation")).contains("old-value", "old-meaning");
        assertThat(folders.get("business/Business")).doesNotContain("old-location", "old-value", "old-meaning");

        EObject connection = Models.<EObject>list(Models.<EObject>list(a, "views").get(0), "connections").get(0);
        assertThat(Models.id((EObject) Models.get(connection, "relationship"))).isEqualTo("old-usedby");
        assertThat(result.warnings()).allSatisfy(w -> assertThat(w.kind()).isEqualTo(ImportWarning.ADJUSTED));
        assertThat(ExchangeSchemas.errorsWithExtension(Trips.write(a, Format.EXCHANGE))).isEmpty();
    }

    private static int lineOf(List<String> lines, String needle) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(needle)) {
                return i + 1;
            }
        }
        throw new AssertionError("no line holds " + needle);
    }
}
