package vn.ndaf.api.graphql;

import java.util.Map;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;

import graphql.introspection.Introspection;
import reactor.core.publisher.Mono;

/**
 * Introspection ({@code __schema}, {@code __type}) on or off for this server's requests (property
 * {@code ndaf.graphql.introspection.enabled}, {@code ndaf serve --graphiql}): decided per request in the request's
 * context, because Spring's own switch turns it off for the whole JVM, and then for every server in it.
 */
public final class IntrospectionSwitch implements WebGraphQlInterceptor {

    private final boolean enabled;

    public IntrospectionSwitch(boolean enabled) {
        this.enabled = enabled;
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        if (!enabled) {
            request.configureExecutionInput((input, builder) -> builder.graphQLContext(Map.of(Introspection.INTROSPECTION_DISABLED, true)).build());
        }
        return chain.next(request);
    }
}
