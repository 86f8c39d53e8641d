package vn.ndaf.api.graphql;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.DataFetcherExceptionResolver;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.config.annotation.AsyncSupportConfigurer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import vn.ndaf.api.graphql.errors.ErrorCode;
import vn.ndaf.api.graphql.errors.ErrorCodeInterceptor;
import vn.ndaf.api.graphql.errors.ResolverErrors;
import vn.ndaf.api.graphql.limits.DeadlineInstrumentation;
import vn.ndaf.api.graphql.limits.FieldCosts;
import vn.ndaf.api.graphql.limits.Limits;
import vn.ndaf.api.graphql.limits.QueryLimits;
import vn.ndaf.api.graphql.limits.RequestLimits;
import vn.ndaf.service.CallerSource;

/**
 * Limits and error reporting of the GraphQL endpoint: page sizes, depth and complexity are checked before any
 * field runs, the query document's size and the request's time around it (properties ndaf.graphql.*); every
 * error carries a code of {@link ErrorCode} (docs/graphql.md).
 */
@Configuration(proxyBeanMethods = false)
public class GraphQlConfiguration {

    /** The limits of one request, from the properties ndaf.graphql.* (docs/graphql.md). */
    @Bean
    QueryLimits queryLimits(@Value("${ndaf.graphql.max-depth:" + QueryLimits.DEFAULT_MAX_DEPTH + "}") int maxDepth,
            @Value("${ndaf.graphql.max-complexity:" + QueryLimits.DEFAULT_MAX_COMPLEXITY + "}") int maxComplexity,
            @Value("${ndaf.graphql.max-page-size:" + QueryLimits.DEFAULT_MAX_PAGE_SIZE + "}") int maxPageSize,
            @Value("${ndaf.graphql.max-document-size:100KB}") DataSize maxDocumentSize, @Value("${ndaf.graphql.timeout:30s}") Duration timeout) {
        return new QueryLimits(maxDepth, maxComplexity, maxPageSize, maxDocumentSize, timeout);
    }

    @Bean
    Limits.PageSize maxPageSize(QueryLimits limits) {
        return new Limits.PageSize(limits.maxPageSize());
    }

    @Bean
    Limits.Depth maxQueryDepth(QueryLimits limits) {
        return new Limits.Depth(limits.maxDepth());
    }

    /** Costs per field from the data file {@value FieldCosts#RESOURCE}; aliases count. */
    @Bean
    Limits.Complexity maxQueryComplexity(QueryLimits limits) {
        return new Limits.Complexity(limits.maxComplexity(), FieldCosts.load());
    }

    @Bean
    DeadlineInstrumentation requestDeadline() {
        return new DeadlineInstrumentation();
    }

    @Bean
    RequestLimits requestLimits(QueryLimits limits) {
        return new RequestLimits(limits);
    }

    @Bean
    ErrorCodeInterceptor errorCodes() {
        return new ErrorCodeInterceptor();
    }

    /** Answers to /graphql are asynchronous; the servlet container must wait past the request timeout, which answers TIMEOUT itself. */
    @Bean
    WebMvcConfigurer graphQlAsyncTimeout(QueryLimits limits) {
        return new WebMvcConfigurer() {
            @Override
            public void configureAsyncSupport(AsyncSupportConfigurer configurer) {
                configurer.setDefaultTimeout(limits.timeout().plusSeconds(10).toMillis());
            }
        };
    }

    /** The caller of each request, from the signed-in account (vn.ndaf.security.SignedInCallerSource; docs/adr/0019-one-service-layer.md). */
    @Bean
    RequestCallers requestCallers(CallerSource source) {
        return new RequestCallers(source);
    }

    /** Puts the request's caller into its GraphQL context, where the resolvers take it for the services. */
    @Bean
    WebGraphQlInterceptor callerOfTheRequest(RequestCallers callers) {
        return callers.interceptor();
    }

    /** Introspection answered only when switched on ({@link IntrospectionSwitch}; docs/security.md). */
    @Bean
    WebGraphQlInterceptor introspectionSwitch(@Value("${ndaf.graphql.introspection.enabled:false}") boolean enabled) {
        return new IntrospectionSwitch(enabled);
    }

    /** Field failures become errors with a code of the documented list ({@link ErrorCode}) and a message in the user's terms. */
    @Bean
    DataFetcherExceptionResolver repositoryErrors() {
        return new ResolverErrors();
    }


}
