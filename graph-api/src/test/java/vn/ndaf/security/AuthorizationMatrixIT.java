package vn.ndaf.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
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

/**
 * Every write over GraphQL × every role × a body in scope, a commune of the province in scope (the two-tier
 * delegation) and a body out of scope: what docs/security.md allows succeeds, everything else is FORBIDDEN and leaves
 * the store as it was. Reads, exports and analyses are open to every role.
 */
@SpringBootTest(classes = NdafApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestStoreConfiguration.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixIT {

    /** Điện Biên and Lai Châu: provinces no other test of the shared store writes architectures for. */
    private static final String IN_SCOPE = "11";
    private static final String OUT_OF_SCOPE = "12";

    @LocalServerPort
    int port;

    @Autowired
    ArchitectureRepository repository;

    private GraphQlHttp admin;
    private String commune;

    private enum Where {
        IN_SCOPE, COMMUNE_OF_SCOPE, OUT_OF_SCOPE
    }

    private enum Role {
        ADMIN, ARCHITECT, ANALYST, REVIEWER
    }

    @BeforeAll
    void accounts() {
        admin = new GraphQlHttp(port);
        commune = ReferenceData.standard().registry().children(IN_SCOPE).get(0).code();
        for (Role role : List.of(Role.ARCHITECT, Role.ANALYST, Role.REVIEWER)) {
            JsonNode added = admin.post("mutation($n: String!, $r: AccountRole!, $s: [String!], $p: String!) { addAccount(name: $n, role: $r, scopes: $s, password: $p) { name } }",
                    Map.of("n", name(role), "r", role.name(), "s", role == Role.ARCHITECT ? List.of(IN_SCOPE) : List.of(), "p", password(role)));
            assertThat(added.at("/data/addAccount/name").asText()).as(added.toString()).isEqualTo(name(role));
        }
    }

    private static String name(Role role) {
        return "matrix-" + role.name().toLowerCase();
    }

    private static String password(Role role) {
        return "matrix password of " + role.name().toLowerCase();
    }

    private GraphQlHttp as(Role role) {
        return role == Role.ADMIN ? admin : new GraphQlHttp(port).as(name(role), password(role));
    }

    private String body(Where where) {
        return switch (where) {
            case IN_SCOPE -> IN_SCOPE;
            case COMMUNE_OF_SCOPE -> commune;
            case OUT_OF_SCOPE -> OUT_OF_SCOPE;
        };
    }

    /** What the security model allows a role to write for a body (docs/security.md), independent of the code under test. */
    private static boolean mayWrite(Role role, Where where) {
        return role == Role.ADMIN || role == Role.ARCHITECT && where != Where.OUT_OF_SCOPE;
    }

    /** A small architecture of {@code body}: two application components, stored directly. */
    private String architecture(String body) {
        EObject root = Models.architecture("matrix", "Kiến trúc kiểm thử quyền " + body);
        Models.set(root, "bodyCode", body);
        Models.element(root, "ApplicationComponent", "e1", "Cổng dịch vụ công");
        Models.element(root, "ApplicationComponent", "e2", "Hệ thống một cửa");
        return repository.create(root, WriteRequest.by("matrix setup", "")).uid();
    }

    private record Observed(long revision, String name, long architecturesOfBody) {
    }

    private Observed observe(String id, String body) {
        var loaded = repository.load(id);
        EObject e1 = Models.<EObject>list(loaded.root(), "elements").stream().filter(e -> Models.id(e).equals("e1")).findFirst().orElseThrow();
        return new Observed(loaded.revision(), Models.string(e1, "name"), repository.list(body).size());
    }

    private String exchange(String id) {
        JsonNode exported = admin.post("query($id: ID!) { exportArchitecture(id: $id, format: EXCHANGE) { content } }", Map.of("id", id));
        return exported.at("/data/exportArchitecture/content").asText();
    }

    @Test
    void everyWrite_ByEveryRole_OnBodiesInAndOutOfScope_IsAllowedOrForbiddenWithNothingChanged() {
        List<String> mismatches = new ArrayList<>();
        for (Role role : Role.values()) {
            GraphQlHttp http = as(role);
            for (Where where : Where.values()) {
                String body = body(where);
                Map<String, String> operations = new LinkedHashMap<>();
                String content = exchange(architecture(body));
                operations.put("setAttributes", "mutation($a: ID!) { setAttributes(architecture: $a, id: \"e1\", expectedVersion: 1, values: [{name: \"name\", value: \"đổi tên\"}]) { version } }");
                operations.put("deleteConcept", "mutation($a: ID!) { deleteConcept(architecture: $a, id: \"e2\", expectedVersion: 1) }");
                operations.put("importIntoArchitecture", "mutation($a: ID!, $c: String!) { importIntoArchitecture(id: $a, content: $c, fileName: \"m.xml\") { revision } }");
                operations.put("importModel", "mutation($b: String!, $c: String!) { importModel(content: $c, fileName: \"m.xml\", body: $b) { id } }");
                operations.put("deleteArchitecture", "mutation($a: ID!) { deleteArchitecture(id: $a, expectedRevision: 1) { revision } }");
                for (var op : operations.entrySet()) {
                    // each operation on an architecture of its own, at revision 1 with its objects at version 1
                    String fresh = architecture(body);
                    Observed before = observe(fresh, body);
                    JsonNode answer = http.post(op.getValue(), Map.of("a", fresh, "b", body, "c", content));
                    String code = answer.at("/errors/0/extensions/code").asText("");
                    boolean allowed = mayWrite(role, where);
                    String what = role + " " + op.getKey() + " on " + where + " (body " + body + ")";
                    if (allowed) {
                        if (!code.isEmpty()) {
                            mismatches.add(what + ": expected success, got " + answer);
                        }
                    } else {
                        if (!code.equals("FORBIDDEN")) {
                            mismatches.add(what + ": expected FORBIDDEN, got " + answer);
                        } else if (!observe(fresh, body).equals(before)) {
                            mismatches.add(what + ": refused but the store changed from " + before + " to " + observe(fresh, body));
                        }
                    }
                }
            }
        }
        assertThat(mismatches).isEmpty();
    }

    @Test
    void readsExportsAndAnalyses_AreOpenToEveryRole_AccountsOnlyToTheAdministrator() {
        String id = architecture(OUT_OF_SCOPE);
        for (Role role : Role.values()) {
            GraphQlHttp http = as(role);
            JsonNode read = http.post("query($id: ID!) { architecture(id: $id) { name elementCount } }", Map.of("id", id));
            assertThat(read.at("/data/architecture/elementCount").asInt()).as(role + " reads: " + read).isEqualTo(2);
            JsonNode exported = http.post("query($id: ID!) { exportArchitecture(id: $id, format: ARCHIMATE) { fileName } }", Map.of("id", id));
            assertThat(exported.at("/errors").isMissingNode()).as(role + " exports: " + exported).isTrue();
            JsonNode checked = http.post("mutation($id: ID!) { checkArchitecture(id: $id) { totalCount } }", Map.of("id", id));
            assertThat(checked.at("/errors").isMissingNode()).as(role + " checks: " + checked).isTrue();
            JsonNode added = http.post("mutation { addAccount(name: \"matrix-extra-" + role.name().toLowerCase() + "\", role: ANALYST, password: \"long enough password\") { name } }",
                    Map.of());
            if (role == Role.ADMIN) {
                assertThat(added.at("/data/addAccount/name").asText()).as(added.toString()).isEqualTo("matrix-extra-admin");
            } else {
                assertThat(added.at("/errors/0/extensions/code").asText()).as(role + " adds an account: " + added).isEqualTo("FORBIDDEN");
            }
        }
        JsonNode accounts = admin.post("query { accounts { name } }", Map.of());
        assertThat(accounts.findValuesAsText("name")).contains("matrix-extra-admin").doesNotContain("matrix-extra-architect", "matrix-extra-analyst",
                "matrix-extra-reviewer");
    }

    @Test
    void introspection_IsOffByDefault_ForEveryRole_WhateverOtherServersOfTheProcessDo() {
        for (Role role : Role.values()) {
            JsonNode schema = as(role).post("{ __schema { queryType { name } } }", Map.of());
            assertThat(schema.at("/data/__schema").isMissingNode() || schema.at("/data/__schema").isNull()).as(role + ": " + schema).isTrue();
            assertThat(schema.at("/errors/0/message").asText()).as(role + ": " + schema).containsIgnoringCase("introspection");
        }
        assertThat(admin.post("{ __typename }", Map.of()).at("/data/__typename").asText()).isEqualTo("Query");
    }

    @Test
    void aRefusedWrite_IsInTheAuditTrailWithTheAccount() {
        String id = architecture(OUT_OF_SCOPE);
        JsonNode refused = as(Role.ARCHITECT).post("mutation($a: ID!) { deleteConcept(architecture: $a, id: \"e2\", expectedVersion: 1) }", Map.of("a", id));
        assertThat(refused.at("/errors/0/extensions/code").asText()).isEqualTo("FORBIDDEN");
        assertThat(refused.at("/errors/0/message").asText()).contains(name(Role.ARCHITECT)).contains(IN_SCOPE).contains(OUT_OF_SCOPE);
        JsonNode audit = admin.post("query($w: String!) { audit(who: $w, first: 20) { action target } }", Map.of("w", name(Role.ARCHITECT)));
        assertThat(audit.at("/data/audit").findValuesAsText("action")).contains("write-refused");
        assertThat(audit.at("/data/audit").findValuesAsText("target")).contains("architecture " + id);
    }
}
