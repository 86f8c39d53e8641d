package vn.ndaf.security;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.WebAuthenticationDetailsSource;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import vn.ndaf.repository.AccountStore;
import vn.ndaf.service.Accounts;
import vn.ndaf.service.AuditLog;
import vn.ndaf.service.Caller;

/**
 * Signs in a request that carries a token, as {@code Authorization: Bearer …} or as the query parameter
 * {@code token}: the server's {@link SignInToken}, one of ndaf's own tokens ({@code ndaf token create}), or, when
 * an issuer is configured, an OpenID Connect / JWT access token whose claims give the roles and scopes. A token
 * that is forged, revoked or expired is refused with a message saying which; the request goes no further.
 */
final class TokenSignIn extends OncePerRequestFilter {

    static final String PARAMETER = "token";

    private final SignInToken serverToken;
    private final AccountStore store;
    private final Optional<JwtDecoder> jwt;
    private final JwtClaims claims;
    private final AuditLog audit;
    private final AuthenticationEntryPoint refuse;
    private final Clock clock;
    private final WebAuthenticationDetailsSource details = new WebAuthenticationDetailsSource();
    private final RequestAttributeSecurityContextRepository contexts = new RequestAttributeSecurityContextRepository();

    TokenSignIn(SignInToken serverToken, AccountStore store, Optional<JwtDecoder> jwt, JwtClaims claims, AuditLog audit, AuthenticationEntryPoint refuse,
            Clock clock) {
        this.serverToken = serverToken;
        this.store = store;
        this.jwt = jwt;
        this.claims = claims;
        this.audit = audit;
        this.refuse = refuse;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws ServletException, IOException {
        String token = token(request);
        if (token == null) {
            chain.doFilter(request, response);
            return;
        }
        String refusal;
        try {
            Authentication signedIn = authenticate(token, request);
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(signedIn);
            SecurityContextHolder.setContext(context);
            // kept for the request's later dispatches (the GraphQL answer is asynchronous), never in a session
            contexts.saveContext(context, request, response);
            try {
                chain.doFilter(request, response);
            } finally {
                SecurityContextHolder.clearContext();
            }
            return;
        } catch (Refused e) {
            refusal = e.getMessage();
        }
        audit.record(new Caller("(token)", Set.of(), Set.of(), false, request.getRemoteAddr()), "sign-in-failed", "(token)", refusal);
        request.setAttribute(SecurityErrors.REASON, refusal);
        refuse.commence(request, response, new InsufficientAuthenticationException(refusal));
    }

    private static final class Refused extends Exception {
        Refused(String message) {
            super(message);
        }
    }

    private Authentication authenticate(String token, HttpServletRequest request) throws Refused {
        UsernamePasswordAuthenticationToken signedIn;
        if (serverToken.matches(token)) {
            AccountStore.Account admin = store.find(Accounts.ADMIN).orElseThrow(() -> new Refused("The account admin no longer exists; sign in with another."));
            signedIn = UsernamePasswordAuthenticationToken.authenticated(admin.name(), null, Authorities.of(admin.roles(), admin.scopes(), admin.cleared()));
        } else if (token.startsWith(Accounts.TOKEN_PREFIX)) {
            AccountStore.Token stored = store.token(Accounts.digest(token))
                    .orElseThrow(() -> new Refused("The token is not valid: no such token was issued by this server, or it was revoked. Create one with 'ndaf token create NAME'."));
            if (stored.expires() != null && !clock.instant().isBefore(stored.expires())) {
                throw new Refused("The token of " + stored.account() + " expired at " + stored.expires() + "; create a new one with 'ndaf token create "
                        + stored.account() + "'.");
            }
            AccountStore.Account a = store.find(stored.account())
                    .orElseThrow(() -> new Refused("The token's account " + stored.account() + " no longer exists."));
            signedIn = UsernamePasswordAuthenticationToken.authenticated(a.name(), null, Authorities.of(a.roles(), a.scopes(), a.cleared()));
        } else if (jwt.isPresent()) {
            Jwt decoded;
            try {
                decoded = jwt.get().decode(token);
            } catch (JwtException e) {
                throw new Refused("The bearer token is not valid: " + e.getMessage());
            }
            signedIn = UsernamePasswordAuthenticationToken.authenticated(claims.name(decoded), null,
                    Authorities.of(claims.roles(decoded), claims.scopes(decoded), claims.cleared(decoded)));
        } else {
            throw new Refused("The bearer token is not valid: it is not one of this server's tokens (they begin with " + Accounts.TOKEN_PREFIX
                    + "), and no OpenID Connect issuer is configured.");
        }
        signedIn.setDetails(details.buildDetails(request));
        return signedIn;
    }

    /** The token the request carries: the bearer header first, else the query parameter; null when none. */
    static String token(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return header.substring(7).strip();
        }
        return queryToken(request);
    }

    /** The {@code token} query parameter, read from the query string only (a form body is never parsed for it). */
    static String queryToken(HttpServletRequest request) {
        String query = request.getQueryString();
        if (query == null) {
            return null;
        }
        for (String part : query.split("&")) {
            int eq = part.indexOf('=');
            if (eq > 0 && part.substring(0, eq).equals(PARAMETER)) {
                String value = URLDecoder.decode(part.substring(eq + 1), StandardCharsets.UTF_8).strip();
                return value.isEmpty() ? null : value;
            }
        }
        return null;
    }

    /** Which claims of a JWT name the account and carry its roles, scopes and clearance (properties ndaf.security.jwt.*). */
    record JwtClaims(String nameClaim, String rolesClaim, String scopesClaim, String clearedClaim) {

        String name(Jwt jwt) {
            String name = jwt.getClaimAsString(nameClaim);
            return name == null || name.isBlank() ? jwt.getSubject() : name;
        }

        List<String> roles(Jwt jwt) {
            List<String> roles = new ArrayList<>();
            for (String r : strings(jwt.getClaim(rolesClaim))) {
                roles.add(r.toUpperCase(Locale.ROOT).replaceFirst("^ROLE_", ""));
            }
            return roles;
        }

        List<String> scopes(Jwt jwt) {
            return strings(jwt.getClaim(scopesClaim));
        }

        boolean cleared(Jwt jwt) {
            Object c = jwt.getClaim(clearedClaim);
            return c instanceof Boolean b ? b : c != null && Boolean.parseBoolean(c.toString());
        }

        private static List<String> strings(Object claim) {
            List<String> out = new ArrayList<>();
            if (claim instanceof Collection<?> c) {
                c.forEach(v -> out.add(String.valueOf(v)));
            } else if (claim instanceof String s) {
                for (String part : s.split("[ ,]+")) {
                    if (!part.isBlank()) {
                        out.add(part);
                    }
                }
            }
            return out;
        }
    }
}
