package vn.ndaf.api;

import static org.assertj.core.api.Assertions.assertThat;

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

import vn.ndaf.metamodel.Models;
import vn.ndaf.repository.ArchitectureRepository;
import vn.ndaf.repository.WriteRequest;

/**
 * The review over GraphQL with real accounts (docs/graphql.md, "Reviewing an architecture"): an architect in scope
 * submits, a reviewer returns with a reason, the architect submits again, the reviewer approves; every refusal is
 * FORBIDDEN or CONFLICT and records nothing; comments are listed newest first, a page at a time.
 */
@SpringBootTest(classes = NdafApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestStoreConfiguration.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReviewGraphQlIT {

    /** Sơn La and Lạng Sơn: provinces no other test of the shared store writes architectures for. */
    private static final String IN_SCOPE = "14";
    private static final String OUT_OF_SCOPE = "20";

    private static final String SUBMIT = "mutation($a: ID!, $r: Int!, $n: String) { submitForReview(architecture: $a, expectedRevision: $r, note: $n) { number kind revision by note at } }";
    private static final String APPROVE = "mutation($a: ID!, $r: Int!, $n: String) { approveArchitecture(architecture: $a, revision: $r, note: $n) { number kind revision by note } }";
    private static final String RETURN = "mutation($a: ID!, $r: Int!, $n: String!) { returnArchitecture(architecture: $a, revision: $r, reason: $n) { number kind revision by note } }";
    private static final String COMMENT = "mutation($a: ID!, $o: ID, $t: String!, $re: ID) { addComment(architecture: $a, objectId: $o, text: $t, replyTo: $re) { id objectId author text replyTo at } }";
    private static final String STATE = "query($a: ID!) { architecture(id: $a) { revision review { status revision architectureRevision changedSince stepCount commentCount lastStep { number kind by } } } }";

    @LocalServerPort
    int port;

    @Autowired
    ArchitectureRepository repository;

    private GraphQlHttp admin;
    private GraphQlHttp architect;
    private GraphQlHttp outsider;
    private GraphQlHttp analyst;
    private GraphQlHttp reviewer;

    @BeforeAll
    void accounts() {
        admin = new GraphQlHttp(port);
        architect = account("review-architect", "ARCHITECT", List.of(IN_SCOPE));
        outsider = account("review-outsider", "ARCHITECT", List.of(OUT_OF_SCOPE));
        analyst = account("review-analyst", "ANALYST", List.of());
        reviewer = account("review-reviewer", "REVIEWER", List.of());
    }

    private GraphQlHttp account(String name, String role, List<String> scopes) {
        String password = "password of " + name;
        JsonNode added = admin.post("mutation($n: String!, $r: AccountRole!, $s: [String!], $p: String!) { addAccount(name: $n, role: $r, scopes: $s, password: $p) { name } }",
                Map.of("n", name, "r", role, "s", scopes, "p", password));
        assertThat(added.at("/data/addAccount/name").asText()).as(added.toString()).isEqualTo(name);
        return new GraphQlHttp(port).as(name, password);
    }

    /** A small architecture of the body in scope, at revision 1: two application components. */
    private String architecture() {
        EObject root = Models.architecture("review", "Kiến trúc tỉnh Sơn La");
        Models.set(root, "bodyCode", IN_SCOPE);
        Models.element(root, "ApplicationComponent", "e1", "Cổng dịch vụ công");
        Models.element(root, "ApplicationComponent", "e2", "Hệ thống một cửa");
        return repository.create(root, WriteRequest.by("review setup", "")).uid();
    }

    private static JsonNode ok(JsonNode answer) {
        assertThat(answer.get("errors")).as(answer.toString()).isNull();
        return answer.get("data");
    }

    private static String code(JsonNode answer) {
        return answer.at("/errors/0/extensions/code").asText("");
    }

    private JsonNode state(String id) {
        return ok(admin.post(STATE, Map.of("a", id))).at("/architecture");
    }

    /** Renames e1 as the architect, making a new revision. */
    private void edit(String id, String name) {
        JsonNode version = ok(admin.post("query($a: ID!) { architecture(id: $a) { object(id: \"e1\") { version } } }", Map.of("a", id)));
        ok(architect.post("mutation($a: ID!, $v: Int!, $n: String!) { setAttributes(architecture: $a, id: \"e1\", expectedVersion: $v, values: [{name: \"name\", value: $n}]) { version } }",
                Map.of("a", id, "v", version.at("/architecture/object/version").asInt(), "n", name)));
    }

    @Test
    void architectSubmits_ReviewerReturns_ArchitectSubmitsAgain_ReviewerApproves_EachStepListedAndAudited() {
        String id = architecture();
        assertThat(state(id).at("/review/status").asText()).isEqualTo("DRAFT");
        assertThat(state(id).at("/review/lastStep").isNull()).isTrue();

        JsonNode submitted = ok(architect.post(SUBMIT, Map.of("a", id, "r", 1, "n", "Bản đầu tiên"))).at("/submitForReview");
        assertThat(submitted.at("/number").asInt()).isEqualTo(1);
        assertThat(submitted.at("/kind").asText()).isEqualTo("SUBMITTED");
        assertThat(submitted.at("/by").asText()).isEqualTo("review-architect");
        assertThat(submitted.at("/note").asText()).isEqualTo("Bản đầu tiên");
        assertThat(state(id).at("/review/status").asText()).isEqualTo("SUBMITTED");

        JsonNode returned = ok(reviewer.post(RETURN, Map.of("a", id, "r", 1, "n", "Thiếu dịch vụ dùng chung"))).at("/returnArchitecture");
        assertThat(returned.at("/kind").asText()).isEqualTo("RETURNED");
        assertThat(returned.at("/by").asText()).isEqualTo("review-reviewer");
        assertThat(returned.at("/note").asText()).isEqualTo("Thiếu dịch vụ dùng chung");

        edit(id, "Cổng dịch vụ công tỉnh");
        JsonNode afterEdit = state(id);
        assertThat(afterEdit.at("/review/status").asText()).isEqualTo("RETURNED");
        assertThat(afterEdit.at("/review/changedSince").asBoolean()).isTrue();
        assertThat(afterEdit.at("/revision").asInt()).isEqualTo(2);

        ok(architect.post(SUBMIT, Map.of("a", id, "r", 2)));
        JsonNode approved = ok(reviewer.post(APPROVE, Map.of("a", id, "r", 2, "n", "Đạt"))).at("/approveArchitecture");
        assertThat(approved.at("/number").asInt()).isEqualTo(4);
        assertThat(approved.at("/kind").asText()).isEqualTo("APPROVED");
        assertThat(approved.at("/revision").asInt()).isEqualTo(2);

        JsonNode done = state(id);
        assertThat(done.at("/review/status").asText()).isEqualTo("APPROVED");
        assertThat(done.at("/review/revision").asInt()).isEqualTo(2);
        assertThat(done.at("/review/changedSince").asBoolean()).isFalse();
        assertThat(done.at("/review/stepCount").asInt()).isEqualTo(4);
        // the review writes no revision of the model
        assertThat(done.at("/revision").asInt()).isEqualTo(2);

        String steps = "query($a: ID!, $after: String) { architecture(id: $a) { reviewSteps(first: 3, after: $after) { totalCount edges { cursor node { number kind by } } nodes { number kind revision by note } pageInfo { hasNextPage endCursor } } } }";
        JsonNode first = ok(admin.post(steps, Map.of("a", id))).at("/architecture/reviewSteps");
        assertThat(first.at("/totalCount").asInt()).isEqualTo(4);
        assertThat(first.at("/nodes").findValuesAsText("kind")).containsExactly("APPROVED", "SUBMITTED", "RETURNED");
        assertThat(first.at("/nodes").findValuesAsText("by")).containsExactly("review-reviewer", "review-architect", "review-reviewer");
        assertThat(first.at("/edges/0/node/number").asInt()).isEqualTo(4);
        assertThat(first.at("/pageInfo/hasNextPage").asBoolean()).isTrue();
        JsonNode rest = ok(admin.post(steps, Map.of("a", id, "after", first.at("/pageInfo/endCursor").asText()))).at("/architecture/reviewSteps");
        assertThat(rest.at("/nodes").findValuesAsText("kind")).containsExactly("SUBMITTED");
        assertThat(rest.at("/nodes/0/revision").asInt()).isEqualTo(1);
        assertThat(rest.at("/pageInfo/hasNextPage").asBoolean()).isFalse();

        // approved and unchanged: nothing to submit; the history and the export know nothing of the review
        assertThat(code(architect.post(SUBMIT, Map.of("a", id, "r", 2)))).isEqualTo("CONFLICT");
        JsonNode history = ok(admin.post("query($a: ID!) { architecture(id: $a) { history { number } } }", Map.of("a", id)));
        assertThat(history.at("/architecture/history").findValuesAsText("number")).containsExactly("2", "1");
        String exported = ok(admin.post("query($id: ID!) { exportArchitecture(id: $id, format: EXCHANGE) { content } }", Map.of("id", id)))
                .at("/exportArchitecture/content").asText();
        assertThat(exported).contains("Cổng dịch vụ công tỉnh").doesNotContain("Thiếu dịch vụ dùng chung").doesNotContain("Đạt<");

        JsonNode audit = ok(admin.post("query($w: String!) { audit(who: $w, first: 50) { action target detail } }", Map.of("w", "review-reviewer")));
        assertThat(audit.at("/audit").findValuesAsText("action")).contains("review");
        assertThat(audit.at("/audit").findValuesAsText("detail")).anyMatch(d -> d.contains("approve revision 2"))
                .anyMatch(d -> d.contains("return revision 1") && d.contains("Thiếu dịch vụ dùng chung"));
        JsonNode byArchitect = ok(admin.post("query($w: String!) { audit(who: $w, first: 50) { action target detail } }", Map.of("w", "review-architect")));
        assertThat(byArchitect.at("/audit").findValuesAsText("detail")).contains("submit revision 1 for review", "submit revision 2 for review");
        assertThat(byArchitect.at("/audit").findValuesAsText("target")).contains("architecture " + id);
    }

    @Test
    void refusals_AreForbiddenOrConflict_AndRecordNothing() {
        String id = architecture();
        // an architect out of scope may not submit
        JsonNode before = state(id);
        JsonNode refused = outsider.post(SUBMIT, Map.of("a", id, "r", 1));
        assertThat(code(refused)).as(refused.toString()).isEqualTo("FORBIDDEN");
        assertThat(refused.at("/errors/0/message").asText()).contains("review-outsider").contains(OUT_OF_SCOPE).contains(IN_SCOPE);
        assertThat(state(id)).isEqualTo(before);
        // nor may an analyst or a reviewer: submitting is the architects'
        assertThat(code(analyst.post(SUBMIT, Map.of("a", id, "r", 1)))).isEqualTo("FORBIDDEN");
        assertThat(code(reviewer.post(SUBMIT, Map.of("a", id, "r", 1)))).isEqualTo("FORBIDDEN");
        assertThat(state(id)).isEqualTo(before);
        // submitting a revision that is not the current one
        assertThat(code(architect.post(SUBMIT, Map.of("a", id, "r", 7)))).isEqualTo("CONFLICT");
        assertThat(state(id)).isEqualTo(before);
        // approving what is not submitted
        assertThat(code(reviewer.post(APPROVE, Map.of("a", id, "r", 1)))).isEqualTo("CONFLICT");
        assertThat(state(id)).isEqualTo(before);

        // the administrator submits; approving or returning it is then for somebody else
        ok(admin.post(SUBMIT, Map.of("a", id, "r", 1)));
        JsonNode submitted = state(id);
        JsonNode own = admin.post(APPROVE, Map.of("a", id, "r", 1));
        assertThat(code(own)).as(own.toString()).isEqualTo("FORBIDDEN");
        assertThat(own.at("/errors/0/message").asText()).contains("admin").contains("submitted");
        assertThat(code(admin.post(RETURN, Map.of("a", id, "r", 1, "n", "tự trả lại")))).isEqualTo("FORBIDDEN");
        assertThat(state(id)).isEqualTo(submitted);
        // an analyst or an architect may not approve
        JsonNode byAnalyst = analyst.post(APPROVE, Map.of("a", id, "r", 1));
        assertThat(code(byAnalyst)).as(byAnalyst.toString()).isEqualTo("FORBIDDEN");
        assertThat(code(architect.post(APPROVE, Map.of("a", id, "r", 1)))).isEqualTo("FORBIDDEN");
        assertThat(code(analyst.post(RETURN, Map.of("a", id, "r", 1, "n", "không")))).isEqualTo("FORBIDDEN");
        // submitted twice
        assertThat(code(architect.post(SUBMIT, Map.of("a", id, "r", 1)))).isEqualTo("CONFLICT");
        assertThat(state(id)).isEqualTo(submitted);

        // the architecture changes after its submission: approving the submitted revision is stale
        edit(id, "Cổng đã sửa sau khi gửi");
        JsonNode changed = state(id);
        assertThat(changed.at("/review/changedSince").asBoolean()).isTrue();
        JsonNode stale = reviewer.post(APPROVE, Map.of("a", id, "r", 1));
        assertThat(code(stale)).as(stale.toString()).isEqualTo("CONFLICT");
        assertThat(stale.at("/errors/0/message").asText()).containsIgnoringCase("revision 1").containsIgnoringCase("revision 2");
        // nor the current one, which was never submitted
        JsonNode notSubmitted = reviewer.post(APPROVE, Map.of("a", id, "r", 2));
        assertThat(code(notSubmitted)).isEqualTo("CONFLICT");
        assertThat(notSubmitted.at("/errors/0/message").asText()).containsIgnoringCase("revision 1").containsIgnoringCase("revision 2");
        assertThat(state(id)).isEqualTo(changed);

        // the refusals are in the audit trail
        JsonNode audit = ok(admin.post("query($w: String!) { audit(who: $w, first: 50) { action target } }", Map.of("w", "review-analyst")));
        assertThat(audit.at("/audit").findValuesAsText("action")).contains("review-refused", "write-refused");
    }

    @Test
    void comments_AreListedNewestFirst_APageAtATime_PerObjectToo() {
        String id = architecture();
        JsonNode c1 = ok(reviewer.post(COMMENT, Map.of("a", id, "t", "Kiến trúc còn thiếu lớp dữ liệu"))).at("/addComment");
        assertThat(c1.at("/author").asText()).isEqualTo("review-reviewer");
        assertThat(c1.at("/objectId").isNull()).isTrue();
        JsonNode c2 = ok(reviewer.post(COMMENT, Map.of("a", id, "o", "e1", "t", "Cổng này dùng NDXP chưa?"))).at("/addComment");
        assertThat(c2.at("/objectId").asText()).isEqualTo("e1");
        JsonNode c3 = ok(architect.post(COMMENT, Map.of("a", id, "o", "e1", "t", "Đã dùng, sẽ vẽ thêm", "re", c2.at("/id").asText()))).at("/addComment");
        assertThat(c3.at("/replyTo").asText()).isEqualTo(c2.at("/id").asText());
        ok(admin.post(COMMENT, Map.of("a", id, "o", "e2", "t", "Ghi chú của quản trị")));

        String list = "query($a: ID!, $o: ID, $after: String) { architecture(id: $a) { review { commentCount } comments(objectId: $o, first: 3, after: $after) { totalCount edges { cursor node { id } } nodes { id text author objectId replyTo } pageInfo { hasNextPage endCursor } } } }";
        JsonNode first = ok(admin.post(list, Map.of("a", id))).at("/architecture");
        assertThat(first.at("/review/commentCount").asInt()).isEqualTo(4);
        JsonNode page = first.at("/comments");
        assertThat(page.at("/totalCount").asInt()).isEqualTo(4);
        assertThat(page.at("/nodes").findValuesAsText("text")).containsExactly("Ghi chú của quản trị", "Đã dùng, sẽ vẽ thêm", "Cổng này dùng NDXP chưa?");
        assertThat(page.at("/pageInfo/hasNextPage").asBoolean()).isTrue();
        JsonNode second = ok(admin.post(list, Map.of("a", id, "after", page.at("/pageInfo/endCursor").asText()))).at("/architecture/comments");
        assertThat(second.at("/nodes").findValuesAsText("text")).containsExactly("Kiến trúc còn thiếu lớp dữ liệu");
        assertThat(second.at("/pageInfo/hasNextPage").asBoolean()).isFalse();

        JsonNode onE1 = ok(analyst.post(list, Map.of("a", id, "o", "e1"))).at("/architecture/comments");
        assertThat(onE1.at("/totalCount").asInt()).isEqualTo(2);
        assertThat(onE1.at("/nodes").findValuesAsText("author")).containsExactly("review-architect", "review-reviewer");
        JsonNode onItself = ok(admin.post(list, Map.of("a", id, "o", id))).at("/architecture/comments");
        assertThat(onItself.at("/nodes").findValuesAsText("text")).containsExactly("Kiến trúc còn thiếu lớp dữ liệu");

        JsonNode viaObject = ok(admin.post("query($a: ID!) { architecture(id: $a) { object(id: \"e2\") { comments { totalCount nodes { text } } } } }", Map.of("a", id)));
        assertThat(viaObject.at("/architecture/object/comments/nodes").findValuesAsText("text")).containsExactly("Ghi chú của quản trị");
    }

    @Test
    void badInput_IsRefusedInTheUsersTerms_AndStoresNoComment() {
        String id = architecture();
        ok(reviewer.post(COMMENT, Map.of("a", id, "t", "một")));
        JsonNode before = state(id);

        JsonNode empty = reviewer.post(COMMENT, Map.of("a", id, "t", "   "));
        assertThat(code(empty)).as(empty.toString()).isEqualTo("INVALID_INPUT");
        assertThat(empty.at("/errors/0/message").asText()).contains("empty");
        JsonNode tooLong = reviewer.post(COMMENT, Map.of("a", id, "t", "x".repeat(4001)));
        assertThat(code(tooLong)).as(tooLong.toString()).isEqualTo("INVALID_INPUT");
        assertThat(tooLong.at("/errors/0/message").asText()).contains("4000").contains("4001");
        assertThat(code(reviewer.post(COMMENT, Map.of("a", id, "o", "no-such-object", "t", "hai")))).isEqualTo("NOT_FOUND");
        assertThat(code(reviewer.post(COMMENT, Map.of("a", id, "t", "ba", "re", "c999")))).isEqualTo("NOT_FOUND");
        JsonNode unknown = reviewer.post(COMMENT, Map.of("a", "no-such-architecture", "t", "bốn"));
        assertThat(code(unknown)).as(unknown.toString()).isEqualTo("NOT_FOUND");
        assertThat(code(architect.post(SUBMIT, Map.of("a", "no-such-architecture", "r", 1)))).isEqualTo("NOT_FOUND");
        assertThat(code(reviewer.post(APPROVE, Map.of("a", "no-such-architecture", "r", 1)))).isEqualTo("NOT_FOUND");
        assertThat(code(reviewer.post(RETURN, Map.of("a", id, "r", 1, "n", " ")))).isEqualTo("INVALID_INPUT");
        // an analyst reads comments but writes none; an architect out of scope neither
        assertThat(code(analyst.post(COMMENT, Map.of("a", id, "t", "năm")))).isEqualTo("FORBIDDEN");
        assertThat(code(outsider.post(COMMENT, Map.of("a", id, "t", "sáu")))).isEqualTo("FORBIDDEN");
        assertThat(code(admin.post("query($a: ID!) { architecture(id: $a) { comments(first: 0) { totalCount } } }", Map.of("a", id)))).isEqualTo("INVALID_INPUT");
        assertThat(code(admin.post("query($a: ID!) { architecture(id: $a) { comments(after: \"bm90LWEtY3Vyc29y\") { totalCount } } }", Map.of("a", id))))
                .isEqualTo("INVALID_INPUT");
        assertThat(state(id)).isEqualTo(before);
    }

    @Test
    void objectsOutsideAnyArchitecture_HaveNoComments_AndNoError() {
        // bodies are objects of the registry, which is not an architecture under review
        JsonNode found = ok(admin.post("query { search(text: \"Lạng Sơn\", first: 5) { architecture type comments { totalCount } } }", Map.of()));
        assertThat(found.at("/search").size()).as(found.toString()).isPositive();
        assertThat(found.at("/search").findValuesAsText("totalCount")).containsOnly("0");
    }
}
