package vn.ndaf.interop.archi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.ndaf.interop.Fixtures;
import vn.ndaf.interop.Format;
import vn.ndaf.interop.ImportOptions;
import vn.ndaf.interop.ImportResult;
import vn.ndaf.interop.ModelComparison;
import vn.ndaf.interop.Trips;
import vn.ndaf.metamodel.Models;

class ArchiFormatTest {

    private static final Pattern TARGET_CONNECTIONS = Pattern.compile("targetConnections=\"([^\"]*)\"");

    /** targetConnections lists the same connections in another order when ndaf rebuilds it; sort the ids to compare the rest exactly. */
    private static String sortTargetConnections(String xml) {
        Matcher m = TARGET_CONNECTIONS.matcher(xml);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String[] ids = m.group(1).split(" ");
            Arrays.sort(ids);
            m.appendReplacement(sb, Matcher.quoteReplacement("targetConnections=\"" + String.join(" ", ids) + "\""));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    @ParameterizedTest
    @ValueSource(strings = { "Archisurance.archimate", "testmodel1.archimate" })
    void archiExport_WritesArchisOwnBytes_ForAnUnchangedModel(String fixture) {
        String original = new String(Fixtures.bytes(fixture), StandardCharsets.UTF_8);
        String exported = new String(Trips.write(Trips.fixture(fixture), Format.ARCHIMATE), StandardCharsets.UTF_8);

        assertThat(sortTargetConnections(exported)).isEqualTo(sortTargetConnections(original));
    }

    @Test
    void zippedModel_KeepsItsImagesAndWritesModelXmlFirst() throws IOException {
        EObject model = Trips.fixture("model_zipped.archimate");
        assertThat(Models.<EObject>list(model, "images")).extracting(i -> Models.string(i, "path"))
                .containsExactly("images/_F9Ip0Jb1EeOiBL92y1mEug.jpg", "images/_Mpy0QJbjEeOMRJdWZYcr1g.png");

        Map<String, byte[]> original = unzip(Fixtures.bytes("model_zipped.archimate"));
        Map<String, byte[]> exported = unzip(Trips.write(model, Format.ARCHIMATE));
        assertThat(new ArrayList<>(exported.keySet())).containsExactly("model.xml", "images/_F9Ip0Jb1EeOiBL92y1mEug.jpg", "images/_Mpy0QJbjEeOMRJdWZYcr1g.png");
        for (String image : List.of("images/_F9Ip0Jb1EeOiBL92y1mEug.jpg", "images/_Mpy0QJbjEeOMRJdWZYcr1g.png")) {
            assertThat(exported.get(image)).isEqualTo(original.get(image));
        }
        String xml = new String(original.get("model.xml"), StandardCharsets.UTF_8).replace("version=\"5.8.0\"", "version=\"5.0.0\"");
        assertThat(new String(exported.get("model.xml"), StandardCharsets.UTF_8)).isEqualTo(xml);
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    private static final String VERSION_4 = """
            <?xml version="1.0" encoding="UTF-8"?>
            <archimate:model xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:archimate="http://www.archimatetool.com/archimate" name="Old" id="m" version="4.0.1">
              <folder name="Application" id="fa" type="application">
                <element xsi:type="archimate:DataObject" name="Data" id="d"/>
                <element xsi:type="archimate:ApplicationComponent" name="App" id="a"/>
                <element xsi:type="archimate:ApplicationService" name="Service" id="s"/>
              </folder>
              <folder name="Relations" id="fr" type="relations">
                <element xsi:type="archimate:UsedByRelationship" id="r" source="s" target="a"/>
              </folder>
              <folder name="Views" id="fv" type="diagrams">
                <element xsi:type="archimate:DiagramModel" name="View" id="v">
                  <child xsi:type="archimate:Group" id="g" name="Group" alpha="120">
                    <bounds x="10" y="10" width="400" height="200"/>
                    <child xsi:type="archimate:DiagramObject" id="n1" archimateElement="d">
                      <bounds x="10" y="30" width="120" height="55"/>
                    </child>
                    <child xsi:type="archimate:DiagramObject" id="n2" type="1" archimateElement="a">
                      <bounds x="200" y="30" width="120" height="55"/>
                    </child>
                    <child xsi:type="archimate:DiagramObject" id="n3" type="1" archimateElement="s">
                      <bounds x="200" y="120" width="120" height="55"/>
                    </child>
                  </child>
                </element>
              </folder>
            </archimate:model>
            """;

    @Test
    void version4Model_IsUpgradedAsArchiUpgradesIt() {
        ImportResult result = vn.ndaf.interop.ModelImporter.read(VERSION_4.getBytes(StandardCharsets.UTF_8), ImportOptions.named("old.archimate"));
        EObject model = result.architecture();

        assertThat(Models.<EObject>list(model, "relationships").get(0).eClass().getName()).isEqualTo("ServingRelationship");
        EObject view = Models.<EObject>list(model, "views").get(0);
        assertThat(view.eClass().getName()).isEqualTo("ArchimateView");
        EObject group = Models.<EObject>list(view, "children").get(0);
        List<EObject> nodes = Models.list(group, "children");
        assertThat(Models.get(nodes.get(0), "figureType")).as("DataObject: default figure became the alternate").isEqualTo(1);
        assertThat(Models.get(nodes.get(1), "figureType")).as("ApplicationComponent: alternate became the default").isNull();
        assertThat(Models.get(nodes.get(2), "figureType")).as("ApplicationService is not swapped").isEqualTo(1);
        assertThat(Models.get(group, "textAlignment")).as("groups are left-aligned before 4.4.0").isEqualTo(1);
        assertThat(Models.<EObject>list(group, "features")).extracting(f -> Models.string(f, "name") + "=" + Models.string(f, "value"))
                .containsExactly("lineAlpha=120");
        String written = new String(Trips.write(model, Format.ARCHIMATE), StandardCharsets.UTF_8);
        assertThat(written).contains("version=\"5.0.0\"").contains("xsi:type=\"archimate:ServingRelationship\"")
                .contains("xsi:type=\"archimate:ArchimateDiagramModel\"");
    }

    @Test
    void unknownAttributesAndElements_AreReportedNotSilentlyDropped() {
        String xml = new String(Fixtures.bytes("testmodel1.archimate"), StandardCharsets.UTF_8)
                .replace("<element xsi:type=\"archimate:BusinessActor\" name=\"Business Actor\" id=\"59fa6c90\"/>",
                        "<element xsi:type=\"archimate:BusinessActor\" name=\"Business Actor\" id=\"59fa6c90\" colour=\"red\"><rating>5</rating></element>");
        ImportResult result = vn.ndaf.interop.ModelImporter.read(xml.getBytes(StandardCharsets.UTF_8), ImportOptions.named("t.archimate"));

        assertThat(result.warnings()).extracting(Object::toString).anySatisfy(w -> assertThat(w).contains("t.archimate line 5").contains("colour=\"red\""))
                .anySatisfy(w -> assertThat(w).contains("<rating>").contains("is not kept"));
    }

    @Test
    void languageVariants_TravelThroughArchiAsNdafFeatures() {
        EObject original = Trips.fixture("Archisurance-exchange.xml");
        byte[] archi = Trips.write(original, Format.ARCHIMATE);
        assertThat(new String(archi, StandardCharsets.UTF_8)).contains("<feature name=\"ndaf:nameVariants\" value=\"en=");

        EObject back = Trips.read(archi, "via.archimate");
        assertThat(ModelComparison.differences(original, back, "Architecture.folders")).isEmpty();
        assertThat(Models.<EObject>list(back, "elements").get(0).eClass().getEStructuralFeature("features")).isNotNull();
        assertThat(Models.<EObject>list(Models.<EObject>list(back, "elements").get(0), "features")).isEmpty();
    }
}
