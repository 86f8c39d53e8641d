package vn.ndaf.api.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
import vn.ndaf.framework.ReferenceData;
import vn.ndaf.metamodel.Models;
import vn.ndaf.repository.ArchitectureRepository;
import vn.ndaf.repository.WriteRequest;

/** The gap analyses as GraphQL queries: the same answers as the Java API, paginated, bad input as errors. */
@SpringBootTest(classes = NdafApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestStoreConfiguration.class)
class GapsGraphQlIT {

    @LocalServerPort
    int port;

    @Autowired
    ArchitectureRepository repository;

    private JsonNode query(String query) {
        return new GraphQlHttp(port).post(query, Map.of(), "graphql test");
    }

    private String migration() {
        EObject a = Models.architecture("m", "Lộ trình");
        Models.set(a, "bodyCode", "01");
        EObject p1 = Models.element(a, "Plateau", "p1", "Hiện trạng");
        EObject p2 = Models.element(a, "Plateau", "p2", "Mục tiêu");
        EObject kept = Models.element(a, "ApplicationComponent", "kept", "Cổng thông tin");
        EObject gone = Models.element(a, "ApplicationComponent", "gone", "Hệ thống quản lý văn bản");
        EObject fresh = Models.element(a, "ApplicationComponent", "fresh", "Hệ thống quản lý văn bản điện tử");
        EObject late = Models.element(a, "PlanTask", "late", "Nhiệm vụ trễ hạn");
        Models.set(late, "deadline", "2025-03-31");
        Models.set(late, "status", "in_progress");
        Models.relationship(a, "CompositionRelationship", "r1", p1, kept);
        Models.relationship(a, "CompositionRelationship", "r2", p2, kept);
        Models.relationship(a, "AggregationRelationship", "r3", p1, gone);
        Models.relationship(a, "AggregationRelationship", "r4", p2, fresh);
        Models.relationship(a, "AssociationRelationship", "r5", p2, gone);
        return repository.create(a, WriteRequest.by("test", "fixture")).uid();
    }

    @Test
    void gapsPlateau_GivesTheMatrix_WithNewAndPotentialMatches() {
        String id = migration();
        JsonNode m = query("{ gapsPlateau(architecture: \"" + id + "\", baseline: \"Hiện trạng\", target: \"p2\") { included { id } eliminated { id }"
                + " new { id type } potentialMatches { eliminated { id } new { id } similarity } changed { id } } }").at("/data/gapsPlateau");
        assertThat(m.at("/included/0/id").asText()).isEqualTo("kept");
        assertThat(m.at("/eliminated").size()).isEqualTo(1);
        assertThat(m.at("/eliminated/0/id").asText()).isEqualTo("gone");
        assertThat(m.at("/new/0/id").asText()).isEqualTo("fresh");
        assertThat(m.at("/new/0/type").asText()).isEqualTo("ApplicationComponent");
        assertThat(m.at("/potentialMatches/0/new/id").asText()).isEqualTo("fresh");
        assertThat(m.at("/changed").size()).isZero();
    }

    @Test
    void gapsSchedule_FindsTheLateTask_AndCountsTheWholeList() {
        String id = migration();
        JsonNode s = query("{ gapsSchedule(asOf: \"2026-01-01\", first: 1000) { asOf count late { architecture id status deadline body } } }")
                .at("/data/gapsSchedule");
        List<String> ours = new ArrayList<>();
        s.get("late").forEach(t -> {
            if (t.get("architecture").asText().equals(id)) {
                ours.add(t.get("id").asText() + ":" + t.get("status").asText() + ":" + t.get("body").asText());
            }
        });
        assertThat(ours).containsExactly("late:in_progress:01");
        assertThat(s.get("count").asInt()).isGreaterThanOrEqualTo(s.get("late").size());
        JsonNode one = query("{ gapsSchedule(asOf: \"2026-01-01\", first: 1) { count late { id } } }").at("/data/gapsSchedule");
        assertThat(one.get("late").size()).isEqualTo(1);
        assertThat(one.get("count").asInt()).isEqualTo(s.get("count").asInt());
    }

    @Test
    void gapsCoverage_SelectsTheBodiesBodiesSelects() {
        JsonNode c = query("{ gapsCoverage(parent: \"01\", first: 1000) { count totals { bodies } bodies { body architecture missingBlocks { key } } } }")
                .at("/data/gapsCoverage");
        assertThat(c.at("/totals/bodies").asInt()).isEqualTo(ReferenceData.standard().registry().children("01").size()).isPositive();
    }

    @Test
    void gaps_RefuseBadInput_NamingIt() {
        JsonNode r = query("{ gapsPlateau(architecture: \"no-such-architecture\", baseline: \"a\", target: \"b\") { included { id } } }");
        assertThat(r.at("/errors/0/message").asText()).contains("no-such-architecture");
        assertThat(r.at("/errors/0/extensions/classification").asText()).isEqualTo("BAD_REQUEST");
        JsonNode d = query("{ gapsSchedule(asOf: \"31/12/2026\") { count } }");
        assertThat(d.at("/errors/0/message").asText()).contains("31/12/2026");
    }
}
