package vn.ndaf.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
import vn.ndaf.repository.AccountStore;
import vn.ndaf.service.Accounts;

/** Sign-in over HTTP: Basic, bearer tokens, the token URL, the form with its session and CSRF token; what anonymous requests get. */
@SpringBootTest(classes = NdafApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestStoreConfiguration.class)
class SignInIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ME = "{ me { name roles scopes } }";

    @LocalServerPort
    int port;

    @Autowired
    SignInToken signInToken;

    @Autowired
    AccountStore accountStore;

    private final HttpClient http = HttpClient.newHttpClient();

    private GraphQlHttp graphql() {
        return new GraphQlHttp(port);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(path))).GET();
        if (headers.length > 0) {
            b.headers(headers);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A new account of the role, with the password; its name. */
    private String account(String role, String password) {
        String name = role.toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
        JsonNode added = graphql().post("mutation($n: String!, $r: AccountRole!, $p: String!) { addAccount(name: $n, role: $r, scopes: [\"79\"], password: $p) { name } }",
                Map.of("n", name, "r", role, "p", password));
        assertThat(added.at("/data/addAccount/name").asText()).as(added.toString()).isEqualTo(name);
        return name;
    }

    private static String code(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body()).at("/errors/0/extensions/code").asText();
    }

    @Test
    void anonymous_GetsUnauthenticatedOr401_OnlyTheSignInPageAssetsAndBareHealthAnswer() throws Exception {
        HttpResponse<String> graphql = graphql().anonymous().send(ME, Map.of(), null);
        assertThat(graphql.statusCode()).isEqualTo(401);
        assertThat(code(graphql)).isEqualTo("UNAUTHENTICATED");
        assertThat(JSON.readTree(graphql.body()).at("/errors/0/message").asText()).contains("Sign in");

        HttpResponse<String> mutation = graphql().anonymous().send("mutation { addAccount(name: \"intruder\", role: ADMIN, password: \"12345678\") { name } }", Map.of(), null);
        assertThat(mutation.statusCode()).isEqualTo(401);
        assertThat(accountStore.find("intruder")).isEmpty();

        assertThat(get("/architectures/x/views/y").statusCode()).isEqualTo(401);
        HttpResponse<String> page = get("/", "Accept", "text/html");
        assertThat(page.statusCode()).isEqualTo(401);
        assertThat(page.body()).contains("href=\"/login\"").doesNotContain("<div id=\"app\"");
        assertThat(get("/actuator/info").statusCode()).isEqualTo(401);

        HttpResponse<String> login = get("/login");
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.body()).contains("name=\"username\"").contains("name=\"password\"").contains("name=\"_csrf\"");
        assertThat(get("/app/app.js").statusCode()).isEqualTo(200);

        HttpResponse<String> health = get("/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(health.body()).path("status").asText()).isEqualTo("UP");
        assertThat(health.body()).doesNotContain("components").doesNotContain("graphStore").doesNotContain("embedded").doesNotContain("/");
        HttpResponse<String> adminHealth = get("/actuator/health", "Authorization", GraphQlHttp.adminAuthorization());
        assertThat(adminHealth.body()).contains("\"graphStore\"").contains("\"mode\":\"embedded\"");
    }

    @Test
    void securityHeaders_AreSet_AndCorsIsClosed() throws Exception {
        HttpResponse<String> login = get("/login", "Origin", "http://elsewhere.example");
        assertThat(login.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(login.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(login.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        assertThat(login.headers().firstValue("Content-Security-Policy").orElse("")).contains("frame-ancestors 'none'");
        HttpResponse<String> preflight = http.send(HttpRequest.newBuilder(URI.create(url("/graphql")))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).header("Origin", "http://elsewhere.example")
                .header("Access-Control-Request-Method", "POST").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void basic_SignsInTheAccount_WrongPasswordIsUnauthenticated() throws Exception {
        JsonNode me = graphql().post(ME, Map.of());
        assertThat(me.at("/data/me/name").asText()).isEqualTo("admin");
        assertThat(me.at("/data/me/roles").toString()).isEqualTo("[\"ADMIN\"]");

        String name = account("ANALYST", "analyst-password");
        JsonNode analyst = graphql().as(name, "analyst-password").post(ME, Map.of());
        assertThat(analyst.at("/data/me/name").asText()).isEqualTo(name);
        assertThat(analyst.at("/data/me/roles").toString()).isEqualTo("[\"ANALYST\"]");
        assertThat(analyst.at("/data/me/scopes").toString()).isEqualTo("[\"79\"]");

        HttpResponse<String> wrong = graphql().as(name, "not-the-password").send(ME, Map.of(), null);
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(code(wrong)).isEqualTo("UNAUTHENTICATED");
        HttpResponse<String> nobody = graphql().as("nobody-" + UUID.randomUUID(), "whatever-1").send(ME, Map.of(), null);
        assertThat(code(nobody)).isEqualTo("UNAUTHENTICATED");
    }

    @Test
    void bearer_OwnTokensWork_ForgedExpiredAndForeignTokensAreRefusedClearly() throws Exception {
        String name = account("REVIEWER", "reviewer-password");
        JsonNode created = graphql().post("mutation($n: String!) { createToken(name: $n, days: 2) { token expires } }", Map.of("n", name));
        String token = created.at("/data/createToken/token").asText();
        assertThat(token).startsWith("ndaf_");
        assertThat(Instant.parse(created.at("/data/createToken/expires").asText())).isAfter(Instant.now().plusSeconds(86_400));
        assertThat(graphql().bearer(token).post(ME, Map.of()).at("/data/me/name").asText()).isEqualTo(name);

        HttpResponse<String> forged = graphql().bearer("ndaf_" + "A".repeat(43)).send(ME, Map.of(), null);
        assertThat(forged.statusCode()).isEqualTo(401);
        assertThat(code(forged)).isEqualTo("UNAUTHENTICATED");
        assertThat(JSON.readTree(forged.body()).at("/errors/0/message").asText()).contains("no such token was issued by this server");

        String old = Accounts.newSecret();
        accountStore.addToken(new AccountStore.Token(Accounts.digest(old), name, Instant.now().minusSeconds(7200), Instant.now().minusSeconds(60)));
        HttpResponse<String> expired = graphql().bearer(old).send(ME, Map.of(), null);
        assertThat(expired.statusCode()).isEqualTo(401);
        assertThat(JSON.readTree(expired.body()).at("/errors/0/message").asText()).contains("expired");

        HttpResponse<String> jwt = graphql().bearer("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhZG1pbiJ9.c2lnbmF0dXJl").send(ME, Map.of(), null);
        assertThat(jwt.statusCode()).isEqualTo(401);
        assertThat(JSON.readTree(jwt.body()).at("/errors/0/message").asText()).contains("no OpenID Connect issuer is configured");

        JsonNode revoked = graphql().post("mutation($n: String!) { revokeTokens(name: $n) }", Map.of("n", name));
        assertThat(revoked.at("/data/revokeTokens").asInt()).isEqualTo(2);
        assertThat(graphql().bearer(token).send(ME, Map.of(), null).statusCode()).isEqualTo(401);
    }

    @Test
    void tokenUrl_SignsInAdminOnEveryPageDeepLinkAndGraphQlCall() throws Exception {
        String token = URLEncoder.encode(signInToken.value(), StandardCharsets.UTF_8);
        HttpResponse<String> home = get("/?token=" + token, "Accept", "text/html");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("ndaf");
        HttpResponse<String> deep = get("/architectures/some-id/views/some-view?element=1&token=" + token, "Accept", "text/html");
        assertThat(deep.statusCode()).isEqualTo(200);
        assertThat(deep.body()).isEqualTo(home.body());
        HttpResponse<String> graphql = http.send(HttpRequest.newBuilder(URI.create(url("/graphql?token=" + token))).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"" + ME + "\"}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(JSON.readTree(graphql.body()).at("/data/me/name").asText()).as(graphql.body()).isEqualTo("admin");
        assertThat(get("/?token=" + token.substring(0, token.length() - 2) + "xx", "Accept", "text/html").statusCode()).isEqualTo(401);
    }

    @Test
    void form_SignsInWithASessionCookie_GraphQlNeedsTheCsrfToken_TamperedCookieIsRefused() throws Exception {
        String name = account("ARCHITECT", "architect-password");
        CookieManager cookies = new CookieManager();
        HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();
        HttpResponse<String> form = browser.send(HttpRequest.newBuilder(URI.create(url("/login"))).build(), HttpResponse.BodyHandlers.ofString());
        Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(form.body());
        assertThat(csrf.find()).as(form.body()).isTrue();

        HttpResponse<String> noCsrf = browser.send(HttpRequest.newBuilder(URI.create(url("/login"))).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + name + "&password=architect-password")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(noCsrf.statusCode()).as("sign-in without the form's CSRF token").isEqualTo(403);

        HttpResponse<String> signedIn = browser.send(HttpRequest.newBuilder(URI.create(url("/login"))).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + name + "&password=architect-password&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElse("")).endsWith("/");
        assertThat(cookie(cookies, "JSESSIONID")).isNotEmpty();

        assertThat(browser.send(HttpRequest.newBuilder(URI.create(url("/"))).header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString()).statusCode())
                .isEqualTo(200);
        HttpRequest.Builder post = HttpRequest.newBuilder(URI.create(url("/graphql"))).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"" + ME + "\"}"));
        HttpResponse<String> forged = browser.send(post.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(forged.statusCode()).as("a session's GraphQL call without the CSRF token").isEqualTo(403);
        assertThat(code(forged)).isEqualTo("FORBIDDEN");
        String xsrf = cookie(cookies, "XSRF-TOKEN");
        assertThat(xsrf).as("the CSRF token the viewer sends back").isNotEmpty();
        HttpResponse<String> ok = browser.send(HttpRequest.newBuilder(URI.create(url("/graphql"))).header("Content-Type", "application/json").header("X-XSRF-TOKEN", xsrf)
                .POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"" + ME + "\"}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(JSON.readTree(ok.body()).at("/data/me/name").asText()).as(ok.body()).isEqualTo(name);

        String session = cookie(cookies, "JSESSIONID");
        String tampered = session.substring(0, session.length() - 1) + (session.endsWith("A") ? "B" : "A");
        HttpResponse<String> refused = http.send(HttpRequest.newBuilder(URI.create(url("/graphql"))).header("Content-Type", "application/json")
                .header("Cookie", "JSESSIONID=" + tampered + "; XSRF-TOKEN=" + xsrf).header("X-XSRF-TOKEN", xsrf)
                .POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"" + ME + "\"}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(code(refused)).isEqualTo("UNAUTHENTICATED");
    }

    @Test
    void repeatedFailures_LockTheAccount_EvenForTheRightPassword_AndAreAudited() throws Exception {
        String name = account("ANALYST", "locked-password");
        for (int i = 0; i < 5; i++) {
            assertThat(graphql().as(name, "wrong-" + i).send(ME, Map.of(), null).statusCode()).isEqualTo(401);
        }
        HttpResponse<String> locked = graphql().as(name, "locked-password").send(ME, Map.of(), null);
        assertThat(locked.statusCode()).isEqualTo(401);
        assertThat(JSON.readTree(locked.body()).at("/errors/0/message").asText()).contains("is locked");

        JsonNode trail = graphql().post("query($w: String) { audit(who: $w, first: 50) { who action origin } }", Map.of("w", name));
        assertThat(trail.at("/data/audit").findValuesAsText("action")).contains("sign-in-failed", "account-locked", "sign-in-refused");
        assertThat(trail.at("/data/audit/0/origin").asText()).isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
        JsonNode added = graphql().post("{ audit(who: \"admin\", action: \"user-add\", first: 500) { target } }", Map.of());
        assertThat(added.at("/data/audit").findValuesAsText("target")).contains(name);

        String other = account("ANALYST", "analyst-password");
        JsonNode denied = graphql().as(other, "analyst-password").post("{ audit { action } }", Map.of());
        assertThat(denied.at("/errors/0/extensions/code").asText()).isEqualTo("FORBIDDEN");
    }

    private static String cookie(CookieManager cookies, String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name)).map(HttpCookie::getValue).findFirst().orElse("");
    }
}
