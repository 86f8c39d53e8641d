package vn.ndaf.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;

import vn.ndaf.service.Caller;
import vn.ndaf.service.Caller.Role;

/** How an OpenID Connect / JWT access token's claims become an ndaf caller (properties ndaf.security.jwt.*). */
class JwtClaimsTest {

    private final TokenSignIn.JwtClaims claims = new TokenSignIn.JwtClaims("preferred_username", "roles", "ndaf_scopes", "ndaf_cleared");

    private static Jwt.Builder jwt() {
        return Jwt.withTokenValue("t").header("alg", "RS256").subject("f3a9-subject").issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(60));
    }

    @Test
    void rolesScopesAndClearance_ComeFromTheConfiguredClaims() {
        Jwt token = jwt().claim("preferred_username", "le.van.c").claim("roles", List.of("ROLE_architect", "unknown")).claim("ndaf_scopes", "01 79")
                .claim("ndaf_cleared", true).build();
        Caller caller = Authorities.caller(claims.name(token), Authorities.of(claims.roles(token), claims.scopes(token), claims.cleared(token)), "10.1.1.1");
        assertThat(caller.name()).isEqualTo("le.van.c");
        assertThat(caller.roles()).containsExactly(Role.ARCHITECT);
        assertThat(caller.scopes()).containsExactlyInAnyOrder("01", "79");
        assertThat(caller.cleared()).isTrue();
        assertThat(caller.origin()).isEqualTo("10.1.1.1");
    }

    @Test
    void withoutTheClaims_TheSubjectNamesACallerWithNoRights() {
        Jwt token = jwt().build();
        Caller caller = Authorities.caller(claims.name(token), Authorities.of(claims.roles(token), claims.scopes(token), claims.cleared(token)), "");
        assertThat(caller.name()).isEqualTo("f3a9-subject");
        assertThat(caller.roles()).isEmpty();
        assertThat(caller.scopes()).isEmpty();
        assertThat(caller.cleared()).isFalse();
    }
}
