package vn.ndaf.api.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.ndaf.api.GraphQlHttp;
import vn.ndaf.api.NdafApplication;
import vn.ndaf.api.TestStoreConfiguration;
import vn.ndaf.metamodel.Models;
import vn.ndaf.repository.ArchitectureRepository;
import vn.ndaf.repository.LoadedModel;
import vn.ndaf.repository.ObjectEdits;
import vn.ndaf.repository.Transactions;
import vn.ndaf.repository.WriteRequest;

/**
 * Traversal over HTTP against a real store: two provinces whose portals the national data sharing platform (NDXP,
 * stored by the server's start) serves, one using the other's integration platform; expected values are read off
 * the fixture as built here and the published list of units, never from the code under test.
 */
@SpringBootTest(classes = NdafApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestStoreConfiguration.class)
class TraversalGraphQlIT {

    private static final String NDXP = "national/p-NDXP";

    @LocalServerPort
    int port;

    @Autowired
    ArchitectureRepository repository;

    @Autowired
    ObjectEdits edits;

    private GraphQlHttp graphql;
    private String p1;
    private String p2;
    private String p2Code;

    /** Names of provinces by code, from the published list of units after the 2025 reform. */
    private static Map<String, String> provinceNames() throws Exception {
        JsonNode units = new ObjectMapper().readTree(Path.of("../../shared/testdata/vn-units/vn-units-34-provinces-3321-communes.json").toFile());
        Map<String, String> names = new HashMap<>();
        units.forEach(u -> names.put(u.get("Code").asText(), u.get("Name").asText()));
        return names;
    }

    @BeforeEach
    void store() throws Exception {
        graphql = new GraphQlHttp(port);
        assertThat(repository.exists("national")).as("the server's start stores the national architecture").isTrue();
        // Quảng Ninh: a province no other test of the shared store writes architectures for (ArchitectureFromTemplateIT keeps 96 free)
        p2Code = "22";
        assertThat(provinceNames()).containsKey(p2Code);
        EObject ndxpOf1 = repository.references(List.of(NDXP)).get(NDXP);
        EObject a = Models.architecture("m1", "Kiến trúc tỉnh một");
        Models.set(a, "bodyCode", "01");
        EObject portal = Models.element(a, "ApplicationComponent", "portal", "Cổng dịch vụ công");
        EObject lgsp = Models.element(a, "ApplicationComponent", "lgsp", "Nền tảng tích hợp");
        EObject db = Models.element(a, "Database", "db", "Cơ sở dữ liệu");
        EObject office = Models.element(a, "BusinessActor", "office", "Văn phòng");
        Models.relationship(a, "ServingRelationship", "r-ndxp", ndxpOf1, portal);
        Models.relationship(a, "ServingRelationship", "r-lgsp", lgsp, portal);
        EObject flow = Models.relationship(a, "FlowRelationship", "r-flow", portal, db);
        Models.relationship(a, "ServingRelationship", "r-office", portal, office);
        Models.relationship(a, "AssociationRelationship", "r-note", office, flow);
        p1 = repository.create(a, WriteRequest.by("test", "fixture")).uid();

        String lgspUid = p1 + "/lgsp";
        Map<String, EObject> refs = repository.references(List.of(NDXP, lgspUid));
        EObject b = Models.architecture("m2", "Kiến trúc tỉnh hai");
        Models.set(b, "bodyCode", p2Code);
        EObject portal2 = Models.element(b, "ApplicationComponent", "portal", "Cổng dịch vụ công");
        Models.relationship(b, "ServingRelationship", "r-ndxp", refs.get(NDXP), portal2);
        Models.relationship(b, "FlowRelationship", "r-lgsp", refs.get(lgspUid), portal2);
        p2 = repository.create(b, WriteRequest.by("test", "fixture")).uid();
    }

    private JsonNode query(String document, Map<String, Object> variables) {
        JsonNode result = graphql.post(document, variables, "traversal test");
        assertThat(result.get("errors")).as(result.toString()).isNull();
        return result.get("data");
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.at(field).asText()));
        return out;
    }

    @Test
    void relationshipEnds_ResolveAcrossArchitectures_ToTheNationalPlatformAndItsBody() {
        JsonNode r = query("""
                query($a: ID!) { architecture(id: $a) { object(id: "r-ndxp") {
                  type source { id architecture archimateType owningBody { code } } target { id architecture owningBody { code name } } } } }""",
                Map.of("a", p1)).at("/architecture/object");
        assertThat(r.get("type").asText()).isEqualTo("ServingRelationship");
        assertThat(r.at("/source/id").asText()).isEqualTo("p-NDXP");
        assertThat(r.at("/source/architecture").asText()).isEqualTo("national");
        assertThat(r.at("/source/owningBody/code").asText()).isEqualTo("CP");
        assertThat(r.at("/target/id").asText()).isEqualTo("portal");
        assertThat(r.at("/target/architecture").asText()).isEqualTo(p1);
        assertThat(r.at("/target/owningBody/code").asText()).isEqualTo("01");
    }

    @Test
    void aRelationshipToARelationship_HasTheRelationshipAsItsTarget() {
        JsonNode r = query("""
                query($a: ID!) { architecture(id: $a) { object(id: "r-note") { source { id } target { id type } } } }""",
                Map.of("a", p1)).at("/architecture/object");
        assertThat(r.at("/source/id").asText()).isEqualTo("office");
        assertThat(r.at("/target/id").asText()).isEqualTo("r-flow");
        assertThat(r.at("/target/type").asText()).isEqualTo("FlowRelationship");
    }

    @Test
    void elementRelationships_ByDirectionAndType_AsAConnection() throws Exception {
        String doc = """
                query($a: ID!, $d: Direction, $t: [String!]) { architecture(id: $a) { object(id: "portal") {
                  relationships(direction: $d, types: $t) { totalCount edges { cursor node { id } } nodes { id } pageInfo { hasNextPage endCursor } } } } }""";
        Map<String, Object> v = new HashMap<>(Map.of("a", p1));
        v.put("d", "IN");
        JsonNode in = query(doc, v).at("/architecture/object/relationships");
        assertThat(texts(in.get("nodes"), "/id")).containsExactly("r-lgsp", "r-ndxp");
        assertThat(in.get("totalCount").asInt()).isEqualTo(2);
        assertThat(texts(in.get("edges"), "/node/id")).containsExactly("r-lgsp", "r-ndxp");
        assertThat(in.at("/pageInfo/hasNextPage").asBoolean()).isFalse();
        v.put("d", "OUT");
        assertThat(texts(query(doc, v).at("/architecture/object/relationships/nodes"), "/id")).containsExactly("r-flow", "r-office");
        v.put("d", "BOTH");
        assertThat(texts(query(doc, v).at("/architecture/object/relationships/nodes"), "/id")).containsExactly("r-flow", "r-lgsp", "r-ndxp", "r-office");
        v.put("t", List.of("ServingRelationship"));
        JsonNode serving = query(doc, v).at("/architecture/object/relationships");
        assertThat(texts(serving.get("nodes"), "/id")).containsExactly("r-lgsp", "r-ndxp", "r-office");
        assertThat(serving.get("totalCount").asInt()).isEqualTo(3);
    }

    @Test
    void elementRelationships_PageWithCursors_ThroughEveryRelationshipOnce() {
        String doc = """
                query($a: ID!, $after: String) { architecture(id: $a) { object(id: "portal") {
                  relationships(first: 3, after: $after) { totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor } } } } }""";
        Map<String, Object> v = new HashMap<>(Map.of("a", p1));
        JsonNode first = query(doc, v).at("/architecture/object/relationships");
        assertThat(first.get("totalCount").asInt()).isEqualTo(4);
        assertThat(texts(first.get("edges"), "/node/id")).containsExactly("r-flow", "r-lgsp", "r-ndxp");
        assertThat(first.at("/pageInfo/hasNextPage").asBoolean()).isTrue();
        assertThat(first.at("/pageInfo/endCursor").asText()).isEqualTo(first.at("/edges/2/cursor").asText());
        v.put("after", first.at("/pageInfo/endCursor").asText());
        JsonNode second = query(doc, v).at("/architecture/object/relationships");
        assertThat(texts(second.get("edges"), "/node/id")).containsExactly("r-office");
        assertThat(second.at("/pageInfo/hasNextPage").asBoolean()).isFalse();
        v.put("after", "not-a-cursor");
        JsonNode bad = graphql.post(doc, v);
        assertThat(bad.at("/errors/0/extensions/code").asText()).isEqualTo("INVALID_INPUT");
    }

    @Test
    void unknownRelationshipType_IsInvalidInput() {
        JsonNode bad = graphql.post("""
                query($a: ID!) { architecture(id: $a) { object(id: "portal") { relationships(types: ["Database"]) { totalCount } } } }""",
                Map.of("a", p1));
        assertThat(bad.at("/errors/0/extensions/code").asText()).isEqualTo("INVALID_INPUT");
        assertThat(bad.at("/errors/0/message").asText()).contains("Database");
    }

    @Test
    void usedBy_NationalPlatform_ListsTheProvincesUsingIt() throws Exception {
        JsonNode used = query("""
                { object(id: "national/p-NDXP") { id name usedBy(first: 1000) { totalCount
                    architectures { id bodyCode }
                    references { architecture via referrer { id owningBody { code name } } relationship { id type } } } } }""", Map.of())
                .at("/object/usedBy");
        Map<String, String> bodies = new HashMap<>();
        used.get("architectures").forEach(a -> bodies.put(a.get("id").asText(), a.get("bodyCode").asText()));
        assertThat(bodies).containsEntry(p1, "01").containsEntry(p2, p2Code);
        Set<String> mine = new LinkedHashSet<>();
        used.get("references").forEach(r -> {
            String arch = r.get("architecture").asText();
            if (arch.equals(p1) || arch.equals(p2)) {
                mine.add(arch + " " + r.at("/relationship/id").asText() + " " + r.get("via").asText() + " " + r.at("/referrer/id").asText() + " "
                        + r.at("/referrer/owningBody/code").asText() + " " + r.at("/referrer/owningBody/name").asText());
            }
        });
        Map<String, String> names = provinceNames();
        assertThat(mine).containsExactlyInAnyOrder(p1 + " r-ndxp ServingRelationship portal 01 " + names.get("01"),
                p2 + " r-ndxp ServingRelationship portal " + p2Code + " " + names.get(p2Code));
        assertThat(used.get("totalCount").asInt()).isGreaterThanOrEqualTo(2).isEqualTo(used.get("references").size());
    }

    @Test
    void usedBy_AProvincePlatform_IsExactlyTheOtherProvincesRelationship() {
        JsonNode used = query("""
                query($a: ID!) { architecture(id: $a) { object(id: "lgsp") { usedBy { totalCount architectures { id }
                  references { architecture via referrer { id architecture } relationship { id } } } } } }""", Map.of("a", p1))
                .at("/architecture/object/usedBy");
        assertThat(used.get("totalCount").asInt()).isEqualTo(1);
        assertThat(texts(used.get("architectures"), "/id")).containsExactly(p2);
        assertThat(used.at("/references/0/via").asText()).isEqualTo("FlowRelationship");
        assertThat(used.at("/references/0/relationship/id").asText()).isEqualTo("r-lgsp");
        assertThat(used.at("/references/0/referrer/id").asText()).isEqualTo("portal");
        assertThat(used.at("/references/0/referrer/architecture").asText()).isEqualTo(p2);
        JsonNode none = query("""
                query($a: ID!) { architecture(id: $a) { object(id: "db") { usedBy { totalCount architectures { id } references { via } } } } }""",
                Map.of("a", p1)).at("/architecture/object/usedBy");
        assertThat(none.get("totalCount").asInt()).isZero();
        assertThat(none.get("architectures").size()).isZero();
    }

    @Test
    void neighbourhood_FollowsRelationshipsStepByStep_UpToTheDepth() {
        String doc = """
                query($a: ID!, $d: Int, $t: [String!]) { architecture(id: $a) { object(id: "db") {
                  neighbourhood(depth: $d, types: $t) { depth truncated centre { id } objects { distance object { id architecture } } relationships { id } } } } }""";
        Map<String, Object> v = new HashMap<>(Map.of("a", p1, "d", 1));
        JsonNode one = query(doc, v).at("/architecture/object/neighbourhood");
        assertThat(distances(one)).isEqualTo(Map.of("db", 0, "portal", 1));
        assertThat(texts(one.get("relationships"), "/id")).containsExactlyInAnyOrder("r-flow");
        v.put("d", 2);
        JsonNode two = query(doc, v).at("/architecture/object/neighbourhood");
        assertThat(distances(two)).isEqualTo(Map.of("db", 0, "portal", 1, "lgsp", 2, "p-NDXP", 2, "office", 2));
        assertThat(texts(two.get("relationships"), "/id")).containsExactlyInAnyOrder("r-flow", "r-lgsp", "r-ndxp", "r-office");
        assertThat(two.get("truncated").asBoolean()).isFalse();
        v.put("t", List.of("FlowRelationship"));
        assertThat(distances(query(doc, v).at("/architecture/object/neighbourhood"))).isEqualTo(Map.of("db", 0, "portal", 1));
        v.put("d", 4);
        JsonNode deep = graphql.post(doc, v);
        assertThat(deep.at("/errors/0/extensions/code").asText()).isEqualTo("INVALID_INPUT");
        assertThat(deep.at("/errors/0/message").asText()).contains("3");
    }

    private static Map<String, Integer> distances(JsonNode neighbourhood) {
        Map<String, Integer> d = new HashMap<>();
        neighbourhood.get("objects").forEach(o -> d.put(o.at("/object/id").asText(), o.get("distance").asInt()));
        return d;
    }

    @Test
    void objectById_AddressesNationalObjectsRootsAndNothing() {
        JsonNode data = query("""
                query($a: ID!) { slash: object(id: "national/p-NDXP") { id architecture archimateType }
                  colon: object(id: "national:p-NDXP") { id architecture }
                  root: object(id: $a) { id architecture type name }
                  unknown: object(id: "national/no-such-platform") { id } }""", Map.of("a", p1));
        assertThat(data.at("/slash/id").asText()).isEqualTo("p-NDXP");
        assertThat(data.at("/slash/architecture").asText()).isEqualTo("national");
        assertThat(data.at("/colon/id").asText()).isEqualTo("p-NDXP");
        assertThat(data.at("/root/type").asText()).isEqualTo("Architecture");
        assertThat(data.at("/root/architecture").asText()).isEqualTo(p1);
        assertThat(data.at("/root/name").asText()).isEqualTo("Kiến trúc tỉnh một");
        assertThat(data.get("unknown").isNull()).isTrue();
    }

    @Test
    void architecturesConnection_PagesTheSameListAsArchitectures() {
        List<String> all = texts(query("{ architectures { id } }", Map.of()).get("architectures"), "/id");
        List<String> paged = new ArrayList<>();
        String after = null;
        int total = -1;
        for (int guard = 0; guard < 1000; guard++) {
            Map<String, Object> v = new HashMap<>();
            v.put("after", after);
            JsonNode c = query("""
                    query($after: String) { architecturesConnection(first: 2, after: $after) { totalCount
                      edges { cursor node { id } } nodes { id } pageInfo { hasNextPage endCursor } } }""", v).get("architecturesConnection");
            total = c.get("totalCount").asInt();
            assertThat(texts(c.get("nodes"), "/id")).isEqualTo(texts(c.get("edges"), "/node/id"));
            paged.addAll(texts(c.get("nodes"), "/id"));
            if (!c.at("/pageInfo/hasNextPage").asBoolean()) {
                break;
            }
            after = c.at("/pageInfo/endCursor").asText();
        }
        assertThat(paged).isEqualTo(all).contains(p1, p2);
        assertThat(total).isEqualTo(all.size());
        JsonNode of01 = query("{ architecturesConnection(body: \"01\") { nodes { id bodyCode } } }", Map.of()).at("/architecturesConnection/nodes");
        assertThat(texts(of01, "/id")).contains(p1).doesNotContain(p2);
        assertThat(texts(of01, "/bodyCode")).containsOnly("01");
    }

    @Test
    void pastStatesAndCompare_ShowWhatEachRevisionChanged() {
        EObject a = Models.architecture("t", "Theo thời gian");
        Models.set(a, "bodyCode", "01");
        Models.element(a, "ApplicationComponent", "kept", "Hệ thống cũ");
        Models.element(a, "ApplicationComponent", "gone", "Sẽ xoá");
        String uid = repository.create(a, WriteRequest.by("test", "rev 1")).uid();
        edits.setAttributes(uid, "kept", 1, Map.of("name", "Hệ thống mới"), WriteRequest.by("test", "rev 2"));
        JsonNode deleted = graphql.post("""
                query($a: ID!) { architecture(id: $a) { object(id: "gone") { version } } }""", Map.of("a", uid));
        edits.deleteConcept(uid, "gone", deleted.at("/data/architecture/object/version").asLong(), WriteRequest.by("test", "rev 3"));
        LoadedModel now = repository.load(uid);
        EObject edited = org.eclipse.emf.ecore.util.EcoreUtil.copy(now.root());
        Models.element(edited, "Database", "fresh", "Cơ sở dữ liệu mới");
        repository.save(now, edited, WriteRequest.by("test", "rev 4"));

        JsonNode past = query("""
                query($a: ID!) { architectureAt(id: $a, revision: 1) { revision elementCount
                  kept: object(id: "kept") { name } gone: object(id: "gone") { name }
                  objects(type: "ApplicationComponent") { totalCount nodes { id name } } }
                  current: architectureAt(id: $a) { revision elementCount objects(type: "Element") { nodes { id } } } }""", Map.of("a", uid));
        assertThat(past.at("/architectureAt/revision").asInt()).isEqualTo(1);
        assertThat(past.at("/architectureAt/elementCount").asInt()).isEqualTo(2);
        assertThat(past.at("/architectureAt/kept/name").asText()).isEqualTo("Hệ thống cũ");
        assertThat(past.at("/architectureAt/gone/name").asText()).isEqualTo("Sẽ xoá");
        assertThat(texts(past.at("/architectureAt/objects/nodes"), "/id")).containsExactly("gone", "kept");
        assertThat(past.at("/current/revision").asInt()).isEqualTo(4);
        assertThat(texts(past.at("/current/objects/nodes"), "/id")).containsExactly("fresh", "kept");

        JsonNode cmp = query("""
                query($a: ID!) { compare(from: {architecture: $a, revision: 1}, to: {architecture: $a}) { fromRevision toRevision
                  created { id type } changed { id changedKeys oldValues { name value } newValues { name value } } deleted { id name } } }""",
                Map.of("a", uid)).get("compare");
        assertThat(cmp.get("fromRevision").asInt()).isEqualTo(1);
        assertThat(cmp.get("toRevision").asInt()).isEqualTo(4);
        assertThat(texts(cmp.get("created"), "/id")).containsExactly("fresh");
        assertThat(texts(cmp.get("deleted"), "/id")).containsExactly("gone");
        JsonNode changed = null;
        for (JsonNode c : cmp.get("changed")) {
            if (c.get("id").asText().equals("kept")) {
                changed = c;
            }
        }
        assertThat(changed).as(cmp.toString()).isNotNull();
        assertThat(texts(changed.get("changedKeys"), "")).contains("name");
        assertThat(value(changed.get("oldValues"), "name")).isEqualTo("Hệ thống cũ");
        assertThat(value(changed.get("newValues"), "name")).isEqualTo("Hệ thống mới");

        JsonNode unknownRevision = graphql.post("""
                query($a: ID!) { compare(from: {architecture: $a, revision: 99}, to: {architecture: $a}) { fromRevision } }""", Map.of("a", uid));
        assertThat(unknownRevision.at("/errors/0/extensions/code").asText()).isEqualTo("NOT_FOUND");
        assertThat(graphql.post("{ architectureAt(id: \"no-such-architecture\") { revision } }", Map.of()).at("/data/architectureAt").isNull()).isTrue();
    }

    @Test
    void compare_TwoArchitectures_ObjectByObjectUnderTheSameIds() {
        JsonNode cmp = query("""
                query($a: ID!, $b: ID!) { compare(from: {architecture: $a}, to: {architecture: $b}) { from to
                  created { id } changed { id changedKeys } deleted { id } } }""", Map.of("a", p1, "b", p2)).get("compare");
        // p2 has portal, r-ndxp, r-lgsp; p1 has portal, lgsp, db, office and r-ndxp, r-lgsp, r-flow, r-office, r-note
        assertThat(texts(cmp.get("created"), "/id")).isEmpty();
        assertThat(texts(cmp.get("deleted"), "/id")).containsExactlyInAnyOrder("lgsp", "db", "office", "r-flow", "r-office", "r-note");
        List<String> changed = texts(cmp.get("changed"), "/id");
        assertThat(changed).contains("r-lgsp").doesNotContain("portal", "r-ndxp");
    }

    private static String value(JsonNode attributes, String name) {
        for (JsonNode a : attributes) {
            if (a.get("name").asText().equals(name)) {
                return a.get("value").asText();
            }
        }
        return null;
    }

    /**
     * One request for 100 elements with their relationships, their ends and their owning bodies costs at most six
     * Cypher statements, whatever the page size.
     */
    @Test
    void oneRequestForAHundredElements_RunsAtMostSixStatements() throws Exception {
        EObject a = Models.architecture("many", "Một trăm phần tử");
        Models.set(a, "bodyCode", "01");
        EObject ndxp = repository.references(List.of(NDXP)).get(NDXP);
        List<EObject> elements = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            elements.add(Models.element(a, "ApplicationComponent", String.format("e%03d", i), "Phần tử " + i));
        }
        for (int i = 0; i < 100; i++) {
            Models.relationship(a, "FlowRelationship", String.format("f%03d", i), elements.get(i), elements.get((i + 1) % 100));
            if (i % 10 == 0) {
                Models.relationship(a, "ServingRelationship", String.format("s%03d", i), ndxp, elements.get(i));
            }
        }
        String uid = repository.create(a, WriteRequest.by("test", "fixture")).uid();
        String doc = """
                query($a: ID!, $n: Int, $r: Int) { architecture(id: $a) { elements(first: $n) { nodes { id owningBody { code }
                  relationships(first: $r) { totalCount nodes { id type source { id owningBody { code } } target { id owningBody { code } } } } } } } }""";
        try {
            for (int[] sizes : new int[][] { { 100, 10 }, { 10, 1 }, { 100, 100 } }) {
                assertAtMostSixStatements(doc, uid, sizes);
            }
        } finally {
            Transactions.countStatements(false);
        }
    }

    private void assertAtMostSixStatements(String doc, String uid, int[] sizes) throws InterruptedException {
        {
            // once before counting: what is read once per sign-in or per process (the account, the registry) is not the request's
            query(doc, Map.of("a", uid, "n", sizes[0], "r", sizes[1]));
            quiet();
            long before = Transactions.statementCount();
            JsonNode data = query(doc, Map.of("a", uid, "n", sizes[0], "r", sizes[1]));
            long statements = Transactions.statementCount() - before;
            JsonNode nodes = data.at("/architecture/elements/nodes");
            assertThat(nodes.size()).isEqualTo(sizes[0]);
            for (JsonNode e : nodes) {
                int i = Integer.parseInt(e.get("id").asText().substring(1));
                assertThat(e.at("/owningBody/code").asText()).isEqualTo("01");
                assertThat(e.at("/relationships/totalCount").asInt()).as(e.get("id").asText()).isEqualTo(i % 10 == 0 ? 3 : 2);
                for (JsonNode r : e.at("/relationships/nodes")) {
                    boolean serving = r.get("id").asText().startsWith("s");
                    assertThat(r.at("/source/owningBody/code").asText()).isEqualTo(serving ? "CP" : "01");
                    assertThat(r.at("/target/owningBody/code").asText()).isEqualTo("01");
                    if (serving) {
                        assertThat(r.at("/source/id").asText()).isEqualTo("p-NDXP");
                    }
                }
            }
            System.out.printf("%d elements with %d relationships each, their ends and owning bodies: %d statements%n", sizes[0], sizes[1], statements);
            assertThat(statements).as("statements for %s elements, %s relationships each", sizes[0], sizes[1]).isBetween(1L, 6L);
        }
    }

    /** The bodies reached from many objects read their parents and architectures once per request, not once per object. */
    @Test
    void bodiesOfManyObjects_ReadTheirParentsAndArchitecturesOnce() throws Exception {
        try {
            quiet();
            long before = Transactions.statementCount();
            JsonNode communes = query("{ bodies(parent: \"01\", first: 100) { nodes { code parent { code } } } }", Map.of()).at("/bodies/nodes");
            long statements = Transactions.statementCount() - before;
            assertThat(communes.size()).isEqualTo(100);
            communes.forEach(c -> assertThat(c.at("/parent/code").asText()).isEqualTo("01"));
            assertThat(statements).as("statements for the parents of 100 communes").isBetween(1L, 3L);

            // the same question for one element and for every element of each page costs the same statements
            String doc = """
                    query($a: ID!, $b: ID!, $n: Int) {
                      a: architecture(id: $a) { elements(first: $n) { nodes { owningBody { code architectures { id } } } } }
                      b: architecture(id: $b) { elements(first: $n) { nodes { owningBody { code architectures { id } } } } } }""";
            long[] counts = new long[2];
            int[] sizes = { 1, 10 };
            for (int k = 0; k < 2; k++) {
                quiet();
                before = Transactions.statementCount();
                JsonNode data = query(doc, Map.of("a", p1, "b", p2, "n", sizes[k]));
                counts[k] = Transactions.statementCount() - before;
                assertThat(data.at("/a/elements/nodes").size()).isEqualTo(Math.min(4, sizes[k]));
                data.at("/a/elements/nodes").forEach(e -> assertThat(texts(e.at("/owningBody/architectures"), "/id")).contains(p1).doesNotContain(p2));
                assertThat(data.at("/b/elements/nodes").size()).isEqualTo(1);
                data.at("/b/elements/nodes").forEach(e -> assertThat(texts(e.at("/owningBody/architectures"), "/id")).contains(p2).doesNotContain(p1));
            }
            System.out.printf("owning bodies and their architectures of two pages of elements: %d and %d statements%n", counts[0], counts[1]);
            assertThat(counts[1]).as("statements for pages of 10 elements against pages of 1").isEqualTo(counts[0]);
        } finally {
            Transactions.countStatements(false);
        }
    }

    /** Counting on, and nothing else running (writes refresh stored findings after they commit). */
    private static void quiet() throws InterruptedException {
        Transactions.countStatements(true);
        long last = -1;
        for (int i = 0; i < 100 && Transactions.statementCount() != last; i++) {
            last = Transactions.statementCount();
            Thread.sleep(300);
        }
    }
}
