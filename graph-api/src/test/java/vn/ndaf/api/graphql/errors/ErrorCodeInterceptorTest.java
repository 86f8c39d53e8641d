package vn.ndaf.api.graphql.errors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.graphql.execution.ErrorType;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;

class ErrorCodeInterceptorTest {

    @Test
    void withCode_MakesAnUnexpectedErrorInternal_WithAReferenceAndNoDetail() {
        GraphQLError internal = GraphqlErrorBuilder.newError().errorType(ErrorType.INTERNAL_ERROR)
                .message("java.lang.NullPointerException: Cannot invoke \"vn.ndaf.repository.ObjectRecord.id()\"").build();
        GraphQLError coded = ErrorCodeInterceptor.withCode(internal, "4f1c");
        assertThat(coded.getExtensions()).containsEntry("code", "INTERNAL").containsEntry("reference", "4f1c");
        assertThat(coded.getMessage()).contains("4f1c").doesNotContain("NullPointer", "vn.ndaf", "ObjectRecord");
    }

    @Test
    void withCode_KeepsACodeOfTheList_AndGivesEngineErrorsOne() {
        GraphQLError conflict = GraphqlErrorBuilder.newError().message("stale").extensions(Map.of("code", "CONFLICT")).build();
        assertThat(ErrorCodeInterceptor.withCode(conflict, "r").getExtensions()).containsEntry("code", "CONFLICT");
        GraphQLError syntax = GraphqlErrorBuilder.newError().errorType(graphql.ErrorType.InvalidSyntax).message("Invalid syntax with offending token '<EOF>'").build();
        assertThat(ErrorCodeInterceptor.withCode(syntax, "r").getExtensions()).containsEntry("code", "INVALID_INPUT");
        GraphQLError tokens = GraphqlErrorBuilder.newError().errorType(graphql.ErrorType.InvalidSyntax)
                .message("More than 15000 'grammar' tokens have been presented.").build();
        assertThat(ErrorCodeInterceptor.withCode(tokens, "r").getExtensions()).containsEntry("code", "TOO_COMPLEX");
        GraphQLError forbidden = GraphqlErrorBuilder.newError().errorType(ErrorType.FORBIDDEN).message("no").build();
        assertThat(ErrorCodeInterceptor.withCode(forbidden, "r").getExtensions()).containsEntry("code", "FORBIDDEN");
        GraphQLError unauthorized = GraphqlErrorBuilder.newError().errorType(ErrorType.UNAUTHORIZED).message("no").build();
        assertThat(ErrorCodeInterceptor.withCode(unauthorized, "r").getExtensions()).containsEntry("code", "UNAUTHENTICATED");
        GraphQLError oldCode = GraphqlErrorBuilder.newError().errorType(ErrorType.BAD_REQUEST).message("x").extensions(Map.of("code", "REFUSED")).build();
        assertThat(ErrorCodeInterceptor.withCode(oldCode, "r").getExtensions()).containsEntry("code", "INVALID_INPUT");
    }
}
