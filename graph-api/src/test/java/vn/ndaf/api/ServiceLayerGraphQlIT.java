package vn.ndaf.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

import com.fasterxml.jackson.databind.JsonNode;

import vn.ndaf.metamodel.Models;
import vn.ndaf.repository.ArchitectureRepository;
import vn.ndaf.repository.TestModels;
import vn.ndaf.repository.WriteRequest;
import vn.ndaf.service.AccessDeniedException;
import vn.ndaf.service.AccessPolicy;
import vn.ndaf.service.Action;
import vn.ndaf.service.AuditLog;
import vn.ndaf.service.Target;

/**
 * The service layer under GraphQL: every read, analysis, write and export asks the access policy with the
 * request's caller, a refusal is FORBIDDEN and changes nothing, and writes and exports reach the audit.
 * The policy here refuses every audited action to the caller named "svc.reader".
 */
@SpringBootTest(classes = NdafApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({ TestStoreConfiguration.class, ServiceLayerGraphQlIT.Recording.class })
class ServiceLayerGraphQlIT {

    record Asked(String caller, Action action, Target target) {
    }

    record Recorded(String caller, Action action, Target target, AuditLog.Outcome outcome) {
    }

    static final List<Asked> ASKED = new CopyOnWriteArrayList<>();
    static final List<Recorded> RECORDED = new CopyOnWriteArrayList<>();

    @TestConfiguration(proxyBeanMethods = false)
    static class Recording {
        @Bean
        @Primary
        AccessPolicy refusingTheReader() {
            return (caller, action, target) -> {
                ASKED.add(new Asked(caller.name(), action, target));
                if (caller.name().equals("svc.reader") && action.audited()) {
                    throw new AccessDeniedException(caller.name() + " may only read");
                }
            };
        }

        @Bean
        @Primary
        AuditLog recordingAudit() {
            return AuditLog.recording((caller, action, target, outcome, what) -> RECORDED.add(new Recorded(caller.name(), action, target, outcome)));
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    ArchitectureRepository repository;

    private GraphQlHttp graphql;
    private String id;

    private static final String PASSWORD = "service layer test password";
    private GraphQlHttp architect;
    private GraphQlHttp reader;

    @BeforeEach
    void store() {
        graphql = new GraphQlHttp(port);
        for (String name : List.of("svc.writer", "svc.reader")) {
            // once per server: a second add is refused as a duplicate, which is fine here
            graphql.post("mutation($n: String!, $p: String!) { addAccount(name: $n, role: ANALYST, password: $p) { name } }", Map.of("n", name, "p", PASSWORD));
        }
        architect = new GraphQlHttp(port).as("svc.writer", PASSWORD);
        reader = new GraphQlHttp(port).as("svc.reader", PASSWORD);
        id = repository.create(TestModels.tiny(), WriteRequest.by("test", "")).uid();
        ASKED.clear();
        RECORDED.clear();
    }

    private static final String RENAME = """
            mutation($a: ID!) { setAttributes(architecture: $a, id: "e1", expectedVersion: 1, values: [{name: "name", value: "Đổi tên"}]) { version } }""";

    @Test
    void aWrite_IsAskedOfThePolicyAndAudited_WithTheSignedInAccountAsTheHistorysAuthor() {
        JsonNode ok = architect.post(RENAME, Map.of("a", id));

        assertThat(ok.get("errors")).as(ok.toString()).isNull();
        assertThat(ASKED).contains(new Asked("svc.writer", Action.WRITE, Target.architecture(id)));
        assertThat(RECORDED).containsExactly(new Recorded("svc.writer", Action.WRITE, Target.architecture(id), AuditLog.Outcome.DONE));
        assertThat(repository.revisions(id).get(0).author()).isEqualTo("svc.writer");
    }

    @Test
    void aRefusedWrite_IsForbidden_ChangesNothing_AndIsAuditedAsRefused() {
        JsonNode refused = reader.post(RENAME, Map.of("a", id));

        assertThat(refused.at("/errors/0/extensions/code").asText()).as(refused.toString()).isEqualTo("FORBIDDEN");
        assertThat(refused.at("/errors/0/message").asText()).contains("may only read");
        assertThat(repository.revisions(id)).hasSize(1);
        assertThat(Models.string(Models.<EObject>list(repository.load(id).root(), "elements").get(0), "name")).isEqualTo("Cổng dịch vụ công");
        assertThat(RECORDED).containsExactly(new Recorded("svc.reader", Action.WRITE, Target.architecture(id), AuditLog.Outcome.REFUSED));
    }

    @Test
    void anExport_IsAudited_AndRefusedToTheReader() {
        String export = "query($a: ID!) { exportArchitecture(id: $a, format: EXCHANGE) { fileName } }";

        JsonNode ok = architect.post(export, Map.of("a", id));
        JsonNode refused = reader.post(export, Map.of("a", id));

        assertThat(ok.get("errors")).as(ok.toString()).isNull();
        assertThat(refused.at("/errors/0/extensions/code").asText()).as(refused.toString()).isEqualTo("FORBIDDEN");
        assertThat(RECORDED).containsExactly(new Recorded("svc.writer", Action.EXPORT, Target.architecture(id), AuditLog.Outcome.DONE),
                new Recorded("svc.reader", Action.EXPORT, Target.architecture(id), AuditLog.Outcome.REFUSED));
    }

    @Test
    void readsAndAnalyses_AreAskedOfThePolicy_NotAudited() {
        JsonNode read = reader.post("query($a: ID!) { architecture(id: $a) { name elements(first: 5) { totalCount } findings(first: 5) { totalCount } } }",
                Map.of("a", id));

        assertThat(read.get("errors")).as(read.toString()).isNull();
        assertThat(read.at("/data/architecture/elements/totalCount").asInt()).isEqualTo(2);
        assertThat(ASKED).contains(new Asked("svc.reader", Action.READ, Target.architecture(id)), new Asked("svc.reader", Action.ANALYSE, Target.architecture(id)));
        assertThat(RECORDED).isEmpty();
    }

    @Test
    void aHeaderNamingSomeoneElse_IsIgnored_TheCallerIsTheSignedInAccount() {
        JsonNode ok = architect.post(RENAME, Map.of("a", id), "someone else");

        assertThat(ok.get("errors")).as(ok.toString()).isNull();
        assertThat(ASKED).contains(new Asked("svc.writer", Action.WRITE, Target.architecture(id)))
                .noneMatch(a -> a.caller().equals("someone else"));
        assertThat(repository.revisions(id).get(0).author()).isEqualTo("svc.writer");
    }
}
