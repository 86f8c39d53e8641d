package vn.ndaf.api.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import com.fasterxml.jackson.databind.JsonNode;

import vn.ndaf.api.GraphQlHttp;
import vn.ndaf.api.NdafApplication;
import vn.ndaf.api.TestStoreConfiguration;
import vn.ndaf.api.bootstrap.StoreBootstrap;
import vn.ndaf.framework.ReferenceData;
import vn.ndaf.framework.synthetic.PreReformArchitectures;
import vn.ndaf.repository.ArchitectureRepository;
import vn.ndaf.repository.RevisionInfo;
import vn.ndaf.repository.WriteRequest;

/** Body.predecessors, search by a predecessor's name, and the consolidate mutation over stored generated pre-reform architectures. */
@SpringBootTest(classes = NdafApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestStoreConfiguration.class)
class RestructuringGraphQlIT {

    private static final ReferenceData DATA = ReferenceData.standard();

    @LocalServerPort
    int port;

    @Autowired
    ArchitectureRepository repository;

    @Autowired
    StoreBootstrap bootstrap;

    private JsonNode query(String query, Map<String, Object> variables) {
        JsonNode result = new GraphQlHttp(port).post(query, variables, "graphql test");
        assertThat(result.get("errors")).as(String.valueOf(result.get("errors"))).isNull();
        return result;
    }

    @Test
    void bodyPredecessors_TuyenQuangFromHaGiangAndTuyenQuang_HaNoiUnchanged() {
        JsonNode tq = query("{ body(code: \"08\") { unchanged predecessors { name code tier whole unchanged } } }", Map.of()).at("/data/body");
        assertThat(tq.get("unchanged").asBoolean()).isFalse();
        assertThat(tq.get("predecessors")).hasSize(2);
        assertThat(tq.at("/predecessors/0/name").asText()).isEqualTo("Tỉnh Hà Giang");
        assertThat(tq.at("/predecessors/0/code").asText()).isEqualTo("02");
        assertThat(tq.at("/predecessors/1/code").asText()).isEqualTo("08");
        assertThat(tq.at("/predecessors/0/tier").asText()).isEqualTo("province");

        JsonNode hn = query("{ body(code: \"01\") { unchanged predecessorsText predecessors { name code unchanged } } }", Map.of()).at("/data/body");
        assertThat(hn.get("unchanged").asBoolean()).isTrue();
        assertThat(hn.get("predecessorsText").asText()).isEqualTo("giữ nguyên");
        assertThat(hn.at("/predecessors/0/unchanged").asBoolean()).isTrue();
        assertThat(hn.at("/predecessors/0/code").asText()).isEqualTo("01");

        JsonNode central = query("{ body(code: \"BCA\") { unchanged predecessors { name } } }", Map.of()).at("/data/body");
        assertThat(central.get("predecessors")).isEmpty();
        assertThat(central.get("unchanged").isNull()).isTrue();
    }

    private List<String> searchBodies(String text) {
        JsonNode found = query("query($t: String!) { search(text: $t, first: 100) { id type } }", Map.of("t", text)).at("/data/search");
        List<String> ids = new ArrayList<>();
        found.forEach(n -> {
            if (n.get("type").asText().equals("Body")) {
                ids.add(n.get("id").asText());
            }
        });
        return ids;
    }

    @Test
    void search_FindsTheNewUnitByAPredecessorsName_AccentsIgnored() {
        assertThat(searchBodies("Hà Giang")).contains("b-08");
        assertThat(searchBodies("tinh Vinh Phuc")).contains("b-25");
        assertThat(searchBodies("Hòa Bình")).contains("b-25");
        assertThat(searchBodies("Bà Rịa Vũng Tàu")).contains("b-79");
    }

    @Test
    void consolidate_TwoGeneratedPreReformProvinces_ReportsTheSharedBlocksAndTheGaps_AndTheHistoryNamesBoth() {
        EObject national = repository.load(bootstrap.uids().national()).root();
        PreReformArchitectures.Sample sample = new PreReformArchitectures(DATA, 0.6, 20).generate(DATA.registry().find("08").orElseThrow(), 11, national);
        List<String> ids = new ArrayList<>();
        for (PreReformArchitectures.Architecture a : sample.architectures()) {
            String id = a.key() + "-gql";
            repository.createAs(id, a.root(), WriteRequest.by("test", "generated before the reform"));
            ids.add(id);
        }

        JsonNode c = query("""
                mutation($from: [ID!]!) { consolidate(body: "08", from: $from) {
                  architecture { id bodyCode state elementCount } message
                  report { body conforms duplicates { key providers { architecture formerUnit } } gaps { key filledFromTemplate }
                           predecessors { architecture formerUnit } counts { elements duplicates gaps } } } }""", Map.of("from", ids))
                .at("/data/consolidate");

        Set<String> duplicates = new TreeSet<>();
        c.at("/report/duplicates").forEach(d -> duplicates.add(d.get("key").asText()));
        Set<String> gaps = new TreeSet<>();
        c.at("/report/gaps").forEach(g -> gaps.add(g.get("key").asText()));
        assertThat(duplicates).isEqualTo(sample.shared());
        assertThat(gaps).isEqualTo(sample.gaps());
        assertThat(c.at("/report/conforms").asBoolean()).isTrue();
        assertThat(c.at("/report/predecessors/0/formerUnit").asText()).isEqualTo("02");
        assertThat(c.at("/architecture/bodyCode").asText()).isEqualTo("08");
        assertThat(c.at("/architecture/state").asText()).isEqualTo("baseline");

        String newId = c.at("/architecture/id").asText();
        List<RevisionInfo> history = repository.revisions(newId);
        assertThat(history).hasSize(1);
        assertThat(history.get(0).message()).contains(ids.get(0)).contains(ids.get(1)).contains("Tỉnh Hà Giang").contains("Tỉnh Tuyên Quang");
        assertThat(history.get(0).kind()).isEqualTo("consolidation");
        for (String id : ids) {
            assertThat(repository.revisions(id)).as("predecessor " + id + " not written").hasSize(1);
        }
    }

    @Test
    void consolidate_UnknownPredecessorOrRetiredBody_IsRefusedInTheUsersTerms() {
        JsonNode unknown = new GraphQlHttp(port).post("mutation { consolidate(body: \"08\", from: [\"nope\"]) { message } }", Map.of(), "test");
        assertThat(unknown.at("/errors/0/message").asText()).contains("No architecture has the id 'nope'");
        JsonNode retired = new GraphQlHttp(port).post("mutation { consolidate(body: \"26\", from: [\"nope\"]) { message } }", Map.of(), "test");
        assertThat(retired.at("/errors/0/message").asText()).contains("Province code 26 (Vĩnh Phúc) was merged on 1 July 2025 into 25 Phú Thọ");
    }
}
