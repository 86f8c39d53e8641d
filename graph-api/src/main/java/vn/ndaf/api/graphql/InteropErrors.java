package vn.ndaf.api.graphql;

import java.util.Map;

import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

import graphql.GraphQLError;
import graphql.schema.DataFetchingEnvironment;
import vn.ndaf.interop.ImportException;

/**
 * Files that cannot be imported become GraphQL errors with the importer's message (file, line, reason) and
 * the code IMPORT_REFUSED; nothing is stored.
 */
@Component
public class InteropErrors extends DataFetcherExceptionResolverAdapter {

    @Override
    protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
        if (!(ex instanceof ImportException e)) {
            return null;
        }
        return GraphQLError.newError().errorType(ErrorType.BAD_REQUEST).message(e.getMessage()).path(env.getExecutionStepInfo().getPath())
                .location(env.getField().getSourceLocation())
                .extensions(Map.of("code", "IMPORT_REFUSED", "line", e.line(), "part", e.part() == null ? "" : e.part())).build();
    }
}
