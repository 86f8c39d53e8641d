package vn.ndaf.service;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.ndaf.service.Caller.Role;

/** The roles and scopes of docs/security.md over a registry of one province with one commune, and a second province. */
class RolePolicyTest {

    private static final Map<String, String> ARCHITECTURES = Map.of("a-province", "11", "a-commune", "03124", "a-other", "12", "a-nobody", "");
    private static final Map<String, String> PARENTS = Map.of("03124", "11");
    private final RolePolicy policy = new RolePolicy(id -> Optional.ofNullable(ARCHITECTURES.get(id)), code -> Optional.ofNullable(PARENTS.get(code)));

    private static Caller caller(Role role, String... scopes) {
        return new Caller("c-" + role, Set.of(role), Set.of(scopes), false, "test");
    }

    @Test
    void architect_WritesItsProvinceAndItsCommunes_NotAnotherProvince() {
        Caller architect = caller(Role.ARCHITECT, "11");
        for (String id : new String[] {"a-province", "a-commune"}) {
            assertThatCode(() -> policy.check(architect, Action.WRITE, Target.architecture(id))).doesNotThrowAnyException();
            assertThatCode(() -> policy.check(architect, Action.IMPORT, Target.architecture(id))).doesNotThrowAnyException();
        }
        assertThatCode(() -> policy.check(architect, Action.IMPORT, Target.body("03124"))).doesNotThrowAnyException();
        assertThatThrownBy(() -> policy.check(architect, Action.WRITE, Target.architecture("a-other"))).isInstanceOf(ForbiddenException.class)
                .hasMessageContaining("c-ARCHITECT").hasMessageContaining("11").hasMessageContaining("body 12");
        assertThatThrownBy(() -> policy.check(architect, Action.IMPORT, Target.body("12"))).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> policy.check(architect, Action.WRITE, Target.architecture("a-nobody"))).isInstanceOf(ForbiddenException.class)
                .hasMessageContaining("no body");
        assertThatThrownBy(() -> policy.check(architect, Action.WRITE, Target.STORE)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> policy.check(architect, Action.ADMINISTER, Target.STORE)).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void aCommuneScope_DoesNotReachUpToItsProvince() {
        Caller communeArchitect = caller(Role.ARCHITECT, "03124");
        assertThatCode(() -> policy.check(communeArchitect, Action.WRITE, Target.architecture("a-commune"))).doesNotThrowAnyException();
        assertThatThrownBy(() -> policy.check(communeArchitect, Action.WRITE, Target.architecture("a-province"))).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void analystAndReviewer_ReadAnalyseAndExport_WriteNothing() {
        for (Role role : new Role[] {Role.ANALYST, Role.REVIEWER}) {
            Caller c = caller(role);
            for (Action open : new Action[] {Action.READ, Action.ANALYSE, Action.EXPORT}) {
                assertThatCode(() -> policy.check(c, open, Target.architecture("a-province"))).doesNotThrowAnyException();
            }
            for (Action closed : new Action[] {Action.WRITE, Action.IMPORT, Action.ADMINISTER}) {
                assertThatThrownBy(() -> policy.check(c, closed, Target.architecture("a-province"))).isInstanceOf(ForbiddenException.class)
                        .hasMessageContaining(role.name());
            }
        }
    }

    @Test
    void reviewer_CommentsAndReviewsEveryArchitecture_WritesNone() {
        Caller reviewer = caller(Role.REVIEWER);
        for (String id : new String[] {"a-province", "a-other", "a-nobody"}) {
            assertThatCode(() -> policy.check(reviewer, Action.COMMENT, Target.architecture(id))).doesNotThrowAnyException();
            assertThatCode(() -> policy.check(reviewer, Action.REVIEW, Target.architecture(id))).doesNotThrowAnyException();
        }
        assertThatThrownBy(() -> policy.check(reviewer, Action.WRITE, Target.architecture("a-province"))).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void architect_CommentsOnlyInScope_AndNeverReviews() {
        Caller architect = caller(Role.ARCHITECT, "11");
        assertThatCode(() -> policy.check(architect, Action.COMMENT, Target.architecture("a-province"))).doesNotThrowAnyException();
        assertThatCode(() -> policy.check(architect, Action.COMMENT, Target.architecture("a-commune"))).doesNotThrowAnyException();
        assertThatThrownBy(() -> policy.check(architect, Action.COMMENT, Target.architecture("a-other"))).isInstanceOf(ForbiddenException.class)
                .hasMessageContaining("comment on").hasMessageContaining("body 12");
        assertThatThrownBy(() -> policy.check(architect, Action.REVIEW, Target.architecture("a-province"))).isInstanceOf(ForbiddenException.class)
                .hasMessageContaining("c-ARCHITECT").hasMessageContaining("approve or return");
    }

    @Test
    void analyst_NeitherCommentsNorReviews() {
        Caller analyst = caller(Role.ANALYST);
        for (Action closed : new Action[] {Action.COMMENT, Action.REVIEW}) {
            assertThatThrownBy(() -> policy.check(analyst, closed, Target.architecture("a-province"))).isInstanceOf(ForbiddenException.class)
                    .hasMessageContaining("ANALYST");
        }
    }

    @Test
    void admin_DoesEverything_AndACallerWithoutARole_Nothing() {
        Caller admin = caller(Role.ADMIN);
        Caller none = new Caller("nobody", Set.of(), Set.of(), false, "test");
        for (Action action : Action.values()) {
            assertThatCode(() -> policy.check(admin, action, Target.architecture("a-other"))).doesNotThrowAnyException();
            assertThatThrownBy(() -> policy.check(none, action, Target.architecture("a-other"))).isInstanceOf(ForbiddenException.class)
                    .hasMessageContaining("no role");
        }
    }

    @Test
    void anArchitectureNotStored_IsLeftToTheOperation_WhichReportsItUnknown() {
        assertThatCode(() -> policy.check(caller(Role.ARCHITECT, "11"), Action.WRITE, Target.architecture("never-stored"))).doesNotThrowAnyException();
    }
}
