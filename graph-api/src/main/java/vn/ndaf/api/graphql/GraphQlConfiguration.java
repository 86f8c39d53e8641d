package vn.ndaf.api.graphql;

import java.util.List;
import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.DataFetcherExceptionResolver;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.server.WebGraphQlInterceptor;

import graphql.GraphQLError;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.schema.DataFetchingEnvironment;
import vn.ndaf.repository.ConflictException;
import vn.ndaf.repository.NotFoundException;
import vn.ndaf.repository.ReferencedElementException;
import vn.ndaf.repository.RepositoryException;
import vn.ndaf.repository.mapping.MappingException;

/**
 * Limits and error reporting of the GraphQL endpoint: queries deeper than {@value #MAX_DEPTH} levels or
 * more complex than {@value #MAX_COMPLEXITY} fields are refused before they run; refusals from the
 * repository become errors with a classification and the repository's message.
 */
@Configuration(proxyBeanMethods = false)
public class GraphQlConfiguration {

    static final int MAX_DEPTH = 12;
    static final int MAX_COMPLEXITY = 5000;
    /** Request header naming who writes; recorded in the history. */
    public static final String AUTHOR_HEADER = "X-Ndaf-Author";
    static final String AUTHOR_KEY = "ndaf.author";

    @Bean
    MaxQueryDepthInstrumentation maxQueryDepth() {
        return new MaxQueryDepthInstrumentation(MAX_DEPTH);
    }

    /**
     * Each field costs 1 plus what it selects; a paged field ({@code first}) costs that times one per
     * started ten items, so asking for many large pages at once is refused while ordinary pages are not.
     */
    @Bean
    MaxQueryComplexityInstrumentation maxQueryComplexity() {
        return new MaxQueryComplexityInstrumentation(MAX_COMPLEXITY, (environment, childComplexity) -> {
            Object first = environment.getArguments().get("first");
            int pages = first instanceof Number n ? Math.max(1, (n.intValue() + 9) / 10) : 1;
            return (1 + childComplexity) * pages;
        });
    }

    @Bean
    WebGraphQlInterceptor authorFromHeader() {
        return (request, chain) -> {
            String author = request.getHeaders().getFirst(AUTHOR_HEADER);
            request.configureExecutionInput((input, builder) -> builder
                    .graphQLContext(Map.of(AUTHOR_KEY, author == null || author.isBlank() ? "anonymous" : author.strip())).build());
            return chain.next(request);
        };
    }

    @Bean
    DataFetcherExceptionResolver repositoryErrors() {
        return new DataFetcherExceptionResolverAdapter() {
            @Override
            protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
                ErrorType type;
                String code;
                if (ex instanceof NotFoundException) {
                    type = ErrorType.NOT_FOUND;
                    code = "NOT_FOUND";
                } else if (ex instanceof ConflictException) {
                    type = ErrorType.BAD_REQUEST;
                    code = "CONFLICT";
                } else if (ex instanceof ReferencedElementException) {
                    type = ErrorType.BAD_REQUEST;
                    code = "REFERENCED";
                } else if (ex instanceof RepositoryException || ex instanceof MappingException || ex instanceof IllegalArgumentException) {
                    type = ErrorType.BAD_REQUEST;
                    code = "REFUSED";
                } else {
                    return null;
                }
                return GraphQLError.newError().errorType(type).message(ex.getMessage()).path(env.getExecutionStepInfo().getPath())
                        .location(env.getField().getSourceLocation()).extensions(Map.of("code", code)).build();
            }
        };
    }

    /** The author of a write: the request's {@value #AUTHOR_HEADER} header, or "anonymous". */
    static String author(DataFetchingEnvironment env) {
        String author = env.getGraphQlContext().get(AUTHOR_KEY);
        return author == null ? "anonymous" : author;
    }

}
