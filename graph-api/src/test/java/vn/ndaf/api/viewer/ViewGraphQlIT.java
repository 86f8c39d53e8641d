package vn.ndaf.api.viewer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import com.fasterxml.jackson.databind.JsonNode;

import vn.ndaf.api.GraphQlHttp;
import vn.ndaf.api.NdafApplication;
import vn.ndaf.api.TestStoreConfiguration;
import vn.ndaf.api.viewer.ArchiFile.StoredBendpoint;
import vn.ndaf.api.viewer.ArchiFile.StoredConnection;
import vn.ndaf.api.viewer.ArchiFile.StoredNode;
import vn.ndaf.api.viewer.ArchiFile.StoredView;
import vn.ndaf.interop.ImportOptions;
import vn.ndaf.interop.ModelImporter;
import vn.ndaf.repository.ArchitectureRepository;
import vn.ndaf.repository.WriteRequest;

/** Architecture.diagram against Archisurance.archimate as the file itself holds it (read with a DOM parser). */
@SpringBootTest(classes = NdafApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestStoreConfiguration.class)
class ViewGraphQlIT {

    private static final String DIAGRAM = """
            query($a: ID!, $v: ID!) { architecture(id: $a) { diagram(id: $v) { id name viewpoint extent { x y width height }
              nodes { id kind parent children element { id type layer } bounds { x y width height } absoluteBounds { x y width height }
                style { fillColor font { name size bold } figure } targetView { id } }
              connections { id source target relationship { id type } bendpoints { startX startY endX endY x y } } } } }""";

    @LocalServerPort
    int port;

    @Autowired
    ArchitectureRepository repository;

    private GraphQlHttp graphql;
    private String architecture;

    @BeforeEach
    void importArchisurance() {
        graphql = new GraphQlHttp(port);
        var imported = ModelImporter.read(ArchiFile.ARCHISURANCE, ImportOptions.defaults().withBody("01").withState("target"));
        architecture = repository.create(imported.architecture(), WriteRequest.by("viewer-test", "Archisurance")).uid();
    }

    private JsonNode diagram(String view) {
        JsonNode result = graphql.post(DIAGRAM, Map.of("a", architecture, "v", view));
        assertThat(result.path("errors").isMissingNode()).as(result.toString()).isTrue();
        return result.at("/data/architecture/diagram");
    }

    @Test
    void diagram_HasExactlyTheStoredNodesWithTheirBoundsAndNesting_ForEveryArchisuranceView() {
        List<StoredView> views = ArchiFile.views(ArchiFile.ARCHISURANCE);
        assertThat(views).hasSize(17);
        for (StoredView view : views) {
            JsonNode d = diagram(view.id());
            assertThat(d.path("name").asText()).isEqualTo(view.name());
            Map<String, JsonNode> nodes = new HashMap<>();
            d.path("nodes").forEach(n -> nodes.put(n.path("id").asText(), n));
            assertThat(nodes.keySet()).as(view.name()).isEqualTo(view.nodes().keySet());
            for (StoredNode stored : view.nodes().values()) {
                JsonNode n = nodes.get(stored.id());
                assertThat(n.at("/bounds/x").asInt()).isEqualTo(stored.x());
                assertThat(n.at("/bounds/y").asInt()).isEqualTo(stored.y());
                assertThat(n.at("/bounds/width").asInt()).isEqualTo(stored.width());
                assertThat(n.at("/bounds/height").asInt()).isEqualTo(stored.height());
                assertThat(n.at("/absoluteBounds/x").asInt()).as(stored.id()).isEqualTo(stored.absX());
                assertThat(n.at("/absoluteBounds/y").asInt()).as(stored.id()).isEqualTo(stored.absY());
                assertThat(n.path("parent").isNull() ? null : n.path("parent").asText()).isEqualTo(stored.parent());
                assertThat(n.at("/element/id").isMissingNode() || n.path("element").isNull() ? null : n.at("/element/id").asText()).isEqualTo(stored.element());
                assertThat(n.at("/style/fillColor").isNull() ? null : n.at("/style/fillColor").asText()).isEqualTo(stored.fillColor());
                String kind = switch (stored.xsiType()) {
                    case "archimate:DiagramObject" -> "element";
                    case "archimate:Group" -> "group";
                    case "archimate:Note" -> "note";
                    case "archimate:DiagramModelReference" -> "viewref";
                    default -> "other";
                };
                assertThat(n.path("kind").asText()).as(stored.id()).isEqualTo(kind);
            }
            Set<String> children = new HashSet<>();
            nodes.values().forEach(n -> n.path("children").forEach(c -> children.add(n.path("id").asText() + ">" + c.asText())));
            Set<String> expectedChildren = new HashSet<>();
            view.nodes().values().stream().filter(s -> s.parent() != null).forEach(s -> expectedChildren.add(s.parent() + ">" + s.id()));
            assertThat(children).isEqualTo(expectedChildren);
        }
    }

    @Test
    void diagram_HasExactlyTheStoredConnectionsWithEndsRelationshipsAndBendpoints_ForEveryArchisuranceView() {
        int withBendpoints = 0;
        for (StoredView view : ArchiFile.views(ArchiFile.ARCHISURANCE)) {
            JsonNode d = diagram(view.id());
            Map<String, JsonNode> connections = new HashMap<>();
            d.path("connections").forEach(c -> connections.put(c.path("id").asText(), c));
            assertThat(connections.keySet()).as(view.name()).isEqualTo(view.connections().keySet());
            for (StoredConnection stored : view.connections().values()) {
                JsonNode c = connections.get(stored.id());
                assertThat(c.path("source").asText()).isEqualTo(stored.source());
                assertThat(c.path("target").asText()).isEqualTo(stored.target());
                assertThat(c.at("/relationship/id").isMissingNode() || c.path("relationship").isNull() ? null : c.at("/relationship/id").asText())
                        .isEqualTo(stored.relationship());
                List<StoredBendpoint> actual = new ArrayList<>();
                c.path("bendpoints").forEach(b -> actual.add(new StoredBendpoint(b.path("startX").asInt(), b.path("startY").asInt(), b.path("endX").asInt(),
                        b.path("endY").asInt())));
                assertThat(actual).as(stored.id()).isEqualTo(stored.bendpoints());
                if (!stored.bendpoints().isEmpty()) {
                    withBendpoints++;
                }
            }
        }
        assertThat(withBendpoints).as("Archisurance has connections with bendpoints").isPositive();
    }

    @Test
    void bendpoint_LiesWhereArchiPutsIt_BetweenTheOffsetCentresOfItsEnds() {
        StoredView view = ArchiFile.views(ArchiFile.ARCHISURANCE).stream()
                .filter(v -> v.connections().values().stream().anyMatch(c -> c.bendpoints().size() == 1 && v.nodes().containsKey(c.source())
                        && v.nodes().containsKey(c.target()) && v.nodes().get(c.source()).width() > 0 && v.nodes().get(c.target()).width() > 0))
                .findFirst().orElseThrow();
        StoredConnection stored = view.connections().values().stream().filter(c -> c.bendpoints().size() == 1 && view.nodes().containsKey(c.source())
                && view.nodes().containsKey(c.target()) && view.nodes().get(c.source()).width() > 0 && view.nodes().get(c.target()).width() > 0).findFirst().orElseThrow();
        StoredNode s = view.nodes().get(stored.source());
        StoredNode t = view.nodes().get(stored.target());
        StoredBendpoint b = stored.bendpoints().get(0);
        // one bendpoint: weight 1/2 between (source centre + start offset) and (target centre + end offset)
        double x = ((s.absX() + s.width() / 2 + b.startX()) + (t.absX() + t.width() / 2 + b.endX())) / 2.0;
        double y = ((s.absY() + s.height() / 2 + b.startY()) + (t.absY() + t.height() / 2 + b.endY())) / 2.0;
        JsonNode c = null;
        for (JsonNode candidate : diagram(view.id()).path("connections")) {
            if (candidate.path("id").asText().equals(stored.id())) {
                c = candidate;
            }
        }
        assertThat(c).isNotNull();
        assertThat(c.at("/bendpoints/0/x").asDouble()).isCloseTo(x, org.assertj.core.data.Offset.offset(1.0));
        assertThat(c.at("/bendpoints/0/y").asDouble()).isCloseTo(y, org.assertj.core.data.Offset.offset(1.0));
    }

    @Test
    void diagram_GivesLayersFontsFiguresAndViewReferenceTargets_AsTheFileSays() {
        JsonNode organisation = diagram("3698");
        assertThat(organisation.path("viewpoint").asText()).isEqualTo("organization");
        JsonNode n3707 = null;
        for (JsonNode n : organisation.path("nodes")) {
            if (n.path("id").asText().equals("3707")) {
                n3707 = n;
            }
        }
        assertThat(n3707).isNotNull();
        // <child id="3707" font="1|Arial|14.0|0|WINDOWS|..." archimateElement="275"> showing a BusinessActor
        assertThat(n3707.at("/style/font/name").asText()).isEqualTo("Arial");
        assertThat(n3707.at("/style/font/size").asDouble()).isEqualTo(14.0);
        assertThat(n3707.at("/style/font/bold").asBoolean()).isFalse();
        assertThat(n3707.at("/element/type").asText()).isEqualTo("BusinessActor");
        assertThat(n3707.at("/element/layer").asText()).isEqualTo("business");

        JsonNode overview = diagram("3641");
        JsonNode ref = null;
        for (JsonNode n : overview.path("nodes")) {
            if (n.path("id").asText().equals("3657")) {
                ref = n;
            }
        }
        assertThat(ref).isNotNull();
        // <child xsi:type="archimate:DiagramModelReference" id="3657" fillColor="#80ffff" model="3944">
        assertThat(ref.path("kind").asText()).isEqualTo("viewref");
        assertThat(ref.at("/targetView/id").asText()).isEqualTo("3944");
    }

    @Test
    void diagramsAndUnknownIds_ListTheViews_AndAnswerNullForAnUnknownView() {
        JsonNode result = graphql.post("query($a: ID!) { architecture(id: $a) { diagrams { id name viewpoint nodeCount connectionCount } "
                + "diagram(id: \"no-such-view\") { id } elementDetails(id: \"no-such-element\") { id } } }", Map.of("a", architecture));
        JsonNode list = result.at("/data/architecture/diagrams");
        List<StoredView> views = ArchiFile.views(ArchiFile.ARCHISURANCE);
        assertThat(list.size()).isEqualTo(views.size());
        Map<String, JsonNode> byId = new HashMap<>();
        list.forEach(v -> byId.put(v.path("id").asText(), v));
        for (StoredView v : views) {
            assertThat(byId.get(v.id()).path("nodeCount").asInt()).isEqualTo(v.nodes().size());
            assertThat(byId.get(v.id()).path("connectionCount").asInt()).isEqualTo(v.connections().size());
            assertThat(byId.get(v.id()).path("viewpoint").isNull() ? null : byId.get(v.id()).path("viewpoint").asText()).isEqualTo(v.viewpoint());
        }
        assertThat(result.at("/data/architecture/diagram").isNull()).isTrue();
        assertThat(result.at("/data/architecture/elementDetails").isNull()).isTrue();
    }

    @Test
    void elementDetails_ListsRelationshipsBothWays_AndTheViewsShowingIt() {
        // element 275 is the BusinessActor shown by node 3707 of view 3698
        JsonNode details = graphql.post("query($a: ID!) { architecture(id: $a) { elementDetails(id: \"275\") { id type layer name "
                + "relationships { id type direction other { id } } views { id } } } }", Map.of("a", architecture)).at("/data/architecture/elementDetails");
        assertThat(details.path("type").asText()).isEqualTo("BusinessActor");
        assertThat(details.path("layer").asText()).isEqualTo("business");
        Set<String> views = new HashSet<>();
        details.path("views").forEach(v -> views.add(v.path("id").asText()));
        Set<String> expectedViews = new HashSet<>();
        ArchiFile.views(ArchiFile.ARCHISURANCE).forEach(v -> {
            if (v.nodes().values().stream().anyMatch(n -> "275".equals(n.element()))) {
                expectedViews.add(v.id());
            }
        });
        assertThat(views).isEqualTo(expectedViews).contains("3698");
        Set<String> relationships = new HashSet<>();
        details.path("relationships").forEach(r -> relationships.add(r.path("direction").asText() + " " + r.path("id").asText()));
        assertThat(relationships).isEqualTo(ArchiFile.relationshipsOf(ArchiFile.ARCHISURANCE, "275")).isNotEmpty();
    }
}
