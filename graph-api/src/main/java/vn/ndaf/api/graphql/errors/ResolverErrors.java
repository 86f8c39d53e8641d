package vn.ndaf.api.graphql.errors;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.validation.BindException;

import graphql.GraphQLError;
import graphql.schema.DataFetchingEnvironment;
import vn.ndaf.interop.ImportException;
import vn.ndaf.repository.ConflictException;
import vn.ndaf.repository.NotFoundException;
import vn.ndaf.repository.ReferencedElementException;
import vn.ndaf.repository.RepositoryException;
import vn.ndaf.repository.mapping.MappingException;
import vn.ndaf.repository.store.StoreException;

/**
 * What a field's failure becomes: an error with a code of {@link ErrorCode} and a message in the user's terms.
 * Exceptions not known here are left to the default handling (logged with the request's execution id) and
 * become INTERNAL errors carrying that id as reference ({@link ErrorCodeInterceptor}).
 */
public class ResolverErrors extends DataFetcherExceptionResolverAdapter {

    /** Class names of the store driver's "cannot reach the database" failures (the driver is the repository's, not ours). */
    private static final java.util.Set<String> UNREACHABLE = java.util.Set.of("ServiceUnavailableException", "SessionExpiredException",
            "ConnectionReadTimeoutException");

    @Override
    protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
        Map<String, Object> extensions = new LinkedHashMap<>();
        ErrorCode code = classify(ex, extensions);
        if (code == null) {
            return null;
        }
        extensions.put(ErrorCode.KEY, code.name());
        return GraphQLError.newError().errorType(errorType(code)).message(UserMessages.translate(ex.getMessage()))
                .path(env.getExecutionStepInfo().getPath()).location(env.getField().getSourceLocation()).extensions(extensions).build();
    }

    static ErrorCode classify(Throwable ex, Map<String, Object> extensions) {
        if (ex instanceof NotFoundException) {
            return ErrorCode.NOT_FOUND;
        }
        if (ex instanceof ConflictException) {
            return ErrorCode.CONFLICT;
        }
        if (ex instanceof ReferencedElementException r) {
            extensions.put("referrers", r.referrers().stream().map(UserMessages::translate).toList());
            return ErrorCode.REFERENCED;
        }
        if (ex instanceof ImportException e) {
            extensions.put("line", e.line());
            extensions.put("part", e.part() == null ? "" : e.part());
            return ErrorCode.IMPORT_REFUSED;
        }
        if (ex instanceof vn.ndaf.service.ForbiddenException || ex instanceof org.springframework.security.access.AccessDeniedException) {
            return ErrorCode.FORBIDDEN;
        }
        if (ex instanceof RequestTimeoutException) {
            return ErrorCode.TIMEOUT;
        }
        if (ex instanceof RefusedRequest refused) {
            extensions.putAll(refused.getExtensions());
            return refused.code();
        }
        if (ex instanceof vn.ndaf.service.AccessDeniedException) {
            return ErrorCode.FORBIDDEN;
        }
        if (ex instanceof UnknownNameException) {
            return ErrorCode.NOT_FOUND;
        }
        if (unreachable(ex)) {
            return ErrorCode.UNAVAILABLE;
        }
        if (ex instanceof RepositoryException || ex instanceof MappingException || ex instanceof IllegalArgumentException
                || ex instanceof BindException || ex instanceof vn.ndaf.analysis.gaps.GapInputException) {
            return ErrorCode.INVALID_INPUT;
        }
        return null;
    }

    private static boolean unreachable(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof StoreException || UNREACHABLE.contains(t.getClass().getSimpleName())) {
                return true;
            }
        }
        return false;
    }

    static ErrorType errorType(ErrorCode code) {
        return switch (code) {
            case NOT_FOUND -> ErrorType.NOT_FOUND;
            case UNAUTHENTICATED -> ErrorType.UNAUTHORIZED;
            case FORBIDDEN -> ErrorType.FORBIDDEN;
            case INTERNAL, UNAVAILABLE, TIMEOUT -> ErrorType.INTERNAL_ERROR;
            default -> ErrorType.BAD_REQUEST;
        };
    }
}
