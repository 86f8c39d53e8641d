package vn.ndaf.api.graphql.limits;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import org.springframework.core.Ordered;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;

import graphql.ExecutionResult;
import graphql.GraphqlErrorBuilder;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;
import vn.ndaf.api.graphql.errors.ErrorCode;

/**
 * Limits of a whole request, checked around its execution: the size of the query document (TOO_COMPLEX before
 * parsing; variables are not counted, imports travel there and have their own limit) and the request's time
 * (TIMEOUT, answered when the time is up even while a field is still busy).
 */
public final class RequestLimits implements WebGraphQlInterceptor, Ordered {

    private final QueryLimits limits;
    private final Scheduler scheduler;

    public RequestLimits(QueryLimits limits) {
        this(limits, Schedulers.boundedElastic());
    }

    RequestLimits(QueryLimits limits, Scheduler scheduler) {
        this.limits = limits;
        this.scheduler = scheduler;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        String document = request.getDocument();
        long bytes = document == null ? 0 : document.getBytes(StandardCharsets.UTF_8).length;
        long max = limits.maxDocumentSize().toBytes();
        if (bytes > max) {
            return Mono.just(refusal(request, ErrorCode.TOO_COMPLEX, "The query document is " + bytes + " bytes; the limit is " + max
                    + " bytes (ndaf.graphql.max-document-size). Send data such as imported files in variables, which are not counted.",
                    Map.of("limit", "max-document-size", "max", max, "actual", bytes)));
        }
        Duration timeout = limits.timeout();
        Deadline deadline = new Deadline(timeout);
        request.configureExecutionInput((input, builder) -> builder.graphQLContext(Map.of(Deadline.KEY, deadline)).build());
        return chain.next(request).subscribeOn(scheduler).timeout(timeout, Mono.fromSupplier(() -> {
            deadline.expire();
            return refusal(request, ErrorCode.TIMEOUT, "The request took longer than " + seconds(timeout)
                    + " (ndaf.graphql.timeout) and was stopped; ask for less at once, e.g. smaller pages.",
                    Map.of("limit", "timeout", "max", timeout.toMillis()));
        }));
    }

    static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    private static WebGraphQlResponse refusal(WebGraphQlRequest request, ErrorCode code, String message, Map<String, Object> details) {
        Map<String, Object> extensions = new java.util.LinkedHashMap<>(details);
        extensions.put(ErrorCode.KEY, code.name());
        ExecutionResult result = ExecutionResult.newExecutionResult()
                .addError(GraphqlErrorBuilder.newError().errorType(graphql.ErrorType.ExecutionAborted).message(message).extensions(extensions).build()).build();
        return new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(), result));
    }
}
