package vn.ndaf.api.graphql.errors;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.core.Ordered;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.ExecutionId;
import reactor.core.publisher.Mono;

/**
 * Gives every error of an answer a code of {@link ErrorCode}, including those the GraphQL engine makes before
 * any field runs (syntax, validation, limits), and puts messages in the user's terms. An error the server did
 * not expect keeps no detail: it says so, with the request's execution id, under which the server logged it.
 */
public class ErrorCodeInterceptor implements WebGraphQlInterceptor, Ordered {

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        return chain.next(request).map(response -> {
            List<GraphQLError> errors = response.getExecutionResult().getErrors();
            if (errors.isEmpty()) {
                return response;
            }
            ExecutionId id = response.getExecutionInput().getExecutionId();
            List<GraphQLError> coded = new ArrayList<>(errors.size());
            for (GraphQLError error : errors) {
                coded.add(withCode(error, id == null ? request.getId() : id.toString()));
            }
            return response.transform(builder -> builder.errors(coded));
        });
    }

    /** The error with a code of the list and a message in the user's terms. */
    public static GraphQLError withCode(GraphQLError error, String reference) {
        Map<String, Object> extensions = new LinkedHashMap<>(error.getExtensions() == null ? Map.of() : error.getExtensions());
        ErrorCode code = ErrorCode.of(extensions.get(ErrorCode.KEY));
        String message = UserMessages.translate(error.getMessage());
        if (code == null) {
            code = classify(error.getErrorType(), message);
        }
        if (code == ErrorCode.INTERNAL && !"INTERNAL".equals(extensions.get(ErrorCode.KEY))) {
            message = "Something went wrong on the server; nothing is known to have been changed by the failed part. Quote reference " + reference
                    + " to the administrator, who finds the details in the server's log.";
            extensions.clear();
            extensions.put("reference", reference);
        }
        extensions.put(ErrorCode.KEY, code.name());
        GraphqlErrorBuilder<?> builder = GraphqlErrorBuilder.newError().message(message).extensions(extensions);
        if (error.getErrorType() != null) {
            builder.errorType(error.getErrorType());
        }
        if (error.getLocations() != null) {
            builder.locations(error.getLocations());
        }
        if (error.getPath() != null) {
            builder.path(error.getPath());
        }
        return builder.build();
    }

    /** The code of an error that has none, from the engine's or Spring's classification. */
    static ErrorCode classify(ErrorClassification type, String message) {
        String kind = type == null ? "" : type.toString();
        String text = message == null ? "" : message;
        return switch (kind) {
            case "InvalidSyntax" -> text.contains("tokens") || text.contains("characters") || text.contains("too deep") ? ErrorCode.TOO_COMPLEX
                    : ErrorCode.INVALID_INPUT;
            case "ValidationError", "OperationNotSupported", "BAD_REQUEST" -> ErrorCode.INVALID_INPUT;
            case "ExecutionAborted" -> text.contains("cancel") ? ErrorCode.TIMEOUT : ErrorCode.TOO_COMPLEX;
            case "NOT_FOUND" -> ErrorCode.NOT_FOUND;
            case "UNAUTHORIZED" -> ErrorCode.UNAUTHENTICATED;
            case "FORBIDDEN" -> ErrorCode.FORBIDDEN;
            default -> text.toLowerCase(java.util.Locale.ROOT).contains("introspection") ? ErrorCode.TOO_COMPLEX : ErrorCode.INTERNAL;
        };
    }
}
