package vn.ndaf.api.graphql;

import java.util.Map;

import org.springframework.graphql.server.WebGraphQlInterceptor;

import graphql.GraphQLContext;
import graphql.schema.DataFetchingEnvironment;
import vn.ndaf.service.Caller;
import vn.ndaf.service.CallerSource;

/**
 * The caller of a GraphQL request, for the services every resolver calls: asked of the {@link CallerSource} once
 * per request, as the request enters (on the thread that received it, where the signed-in account is known), and
 * kept in the request's GraphQL context under {@value #KEY}; a resolver reads it with {@link #of}.
 */
public final class RequestCallers {

    /** The GraphQL context key of the request's {@link Caller}. */
    public static final String KEY = "ndaf.caller";

    private final CallerSource source;

    public RequestCallers(CallerSource source) {
        this.source = source;
    }

    /** The interceptor that puts the request's caller into its GraphQL context. */
    WebGraphQlInterceptor interceptor() {
        return (request, chain) -> {
            Caller caller = source.current();
            request.configureExecutionInput((input, builder) -> builder.graphQLContext(Map.of(KEY, caller)).build());
            return chain.next(request);
        };
    }

    /** The caller of the request a resolver serves. */
    public Caller of(DataFetchingEnvironment env) {
        return of(env.getGraphQlContext());
    }

    /** The caller of the request a batch loader serves; the {@link CallerSource}'s when the request did not come over HTTP. */
    public Caller of(GraphQLContext context) {
        Caller caller = context == null ? null : context.get(KEY);
        return caller != null ? caller : source.current();
    }
}
