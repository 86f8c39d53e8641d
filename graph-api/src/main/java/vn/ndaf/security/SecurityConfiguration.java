package vn.ndaf.security;

import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

import jakarta.servlet.DispatcherType;

import vn.ndaf.repository.AccountStore;
import vn.ndaf.repository.store.Neo4jStore;
import vn.ndaf.service.Accounts;
import vn.ndaf.service.AuditLog;
import vn.ndaf.service.CallerSource;
import vn.ndaf.service.StoredAuditLog;

/**
 * Who may reach the server (docs/security.md, docs/adr/0020-accounts-and-sign-in.md): {@code /graphql} and every
 * page take HTTP Basic, a bearer token (ndaf's own, or an OpenID Connect / JWT token when an issuer is configured)
 * or the session of the sign-in form (CSRF-protected); without them only the sign-in page, the viewer's static
 * assets and a bare health status answer. Lock-out, throttling, CORS and security headers are set here too
 * (docs/adr/0021-hardening.md).
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

    @Bean
    AccountStore accountStore(Neo4jStore store) {
        return new AccountStore(store.driver());
    }

    @Bean
    AuditLog auditLog(AccountStore store) {
        return new StoredAuditLog(store);
    }

    @Bean
    Accounts accounts(AccountStore store, AuditLog audit) {
        return new Accounts(store, audit);
    }

    @Bean
    SignInPage signInPage() {
        return new SignInPage();
    }

    @Bean
    SignInToken signInToken() {
        return new SignInToken();
    }

    @Bean
    AdministratorBootstrap administratorBootstrap(Accounts accounts, @Value("${ndaf.security.admin-password:${NDAF_ADMIN_PASSWORD:}}") String password,
            @Value("${ndaf.security.log-generated-password:true}") boolean logGenerated) {
        return new AdministratorBootstrap(accounts, password, logGenerated);
    }

    @Bean
    SignInAttempts signInAttempts(@Value("${ndaf.security.lockout.max-failures:5}") int maxFailures,
            @Value("${ndaf.security.lockout.duration:15m}") Duration lockFor, @Value("${ndaf.security.throttle.max-failures-per-minute:20}") int perMinute) {
        return new SignInAttempts(maxFailures, lockFor, perMinute, Clock.systemUTC());
    }

    @Bean
    @Primary
    SignedInCallerSource signedInCaller() {
        return new SignedInCallerSource();
    }

    /** The filter chain, where there is a servlet web server (not in contexts without one). */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    @EnableWebSecurity
    static class Web {

        /** The one way passwords are checked; declaring it also keeps Spring Boot from making a default user. */
        @Bean
        AuthenticationManager authenticationManager(AccountStore store, Accounts accounts, SignInAttempts attempts, AuditLog audit,
                @Value("${ndaf.security.basic-cache:60s}") Duration cacheFor) {
            return new ProviderManager(new PasswordSignIn(store, accounts.encoder(), attempts, audit, cacheFor, Clock.systemUTC()));
        }

        /** CORS is closed unless origins are listed in ndaf.security.cors.allowed-origins. */
        @Bean
        CorsConfigurationSource corsConfigurationSource(@Value("${ndaf.security.cors.allowed-origins:}") String origins) {
            UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
            List<String> allowed = Arrays.stream(origins.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
            if (!allowed.isEmpty()) {
                CorsConfiguration cors = new CorsConfiguration();
                cors.setAllowedOrigins(allowed);
                cors.setAllowedMethods(List.of("GET", "POST"));
                cors.setAllowedHeaders(List.of("Authorization", "Content-Type", "Accept"));
                cors.setMaxAge(Duration.ofHours(1));
                source.registerCorsConfiguration("/graphql", cors);
            }
            return source;
        }

        @Bean
        SecurityFilterChain ndafSecurity(HttpSecurity http, AuthenticationManager authentication, SignInToken serverToken, AccountStore store,
                ObjectProvider<JwtDecoder> jwt, AuditLog audit, @Value("${ndaf.security.jwt.name-claim:preferred_username}") String nameClaim,
                @Value("${ndaf.security.jwt.roles-claim:roles}") String rolesClaim, @Value("${ndaf.security.jwt.scopes-claim:ndaf_scopes}") String scopesClaim,
                @Value("${ndaf.security.jwt.cleared-claim:ndaf_cleared}") String clearedClaim) throws Exception {
            SecurityErrors errors = new SecurityErrors();
            TokenSignIn tokens = new TokenSignIn(serverToken, store, Optional.ofNullable(jwt.getIfAvailable()),
                    new TokenSignIn.JwtClaims(nameClaim, rolesClaim, scopesClaim, clearedClaim), audit, errors, Clock.systemUTC());
            // a request that brings its own credentials is no cross-site forgery of a browser's session
            RequestMatcher ownCredentials = request -> request.getHeader("Authorization") != null || TokenSignIn.queryToken(request) != null;
            http.authenticationManager(authentication)
                    .addFilterBefore(tokens, BasicAuthenticationFilter.class)
                    .httpBasic(basic -> basic.authenticationEntryPoint(errors))
                    .formLogin(form -> form.loginPage(SecurityErrors.SIGN_IN_PAGE).defaultSuccessUrl("/", false).permitAll())
                    .logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
                    .csrf(csrf -> csrf.spa().ignoringRequestMatchers(ownCredentials))
                    .cors(cors -> {
                    })
                    .exceptionHandling(e -> e.authenticationEntryPoint(errors).accessDeniedHandler(errors))
                    .headers(headers -> headers
                            .referrerPolicy(r -> r.policy(ReferrerPolicy.NO_REFERRER))
                            .contentSecurityPolicy(csp -> csp.policyDirectives("frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'")))
                    .authorizeHttpRequests(requests -> requests
                            .dispatcherTypeMatchers(DispatcherType.FORWARD, DispatcherType.ERROR, DispatcherType.ASYNC).permitAll()
                            .requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness").permitAll()
                            // the bundled scripts and styles hold no data; a page opened with ?token= loads them without it
                            .requestMatchers(HttpMethod.GET, "/app/**", "/graphiql/graphiql.js", "/graphiql/graphiql.css", "/favicon.ico").permitAll()
                            .requestMatchers("/login", "/error").permitAll()
                            .requestMatchers("/actuator/**").hasRole("ADMIN")
                            .anyRequest().authenticated());
            return http.build();
        }
    }
}
