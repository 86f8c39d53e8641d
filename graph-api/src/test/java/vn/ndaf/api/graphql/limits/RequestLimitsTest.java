package vn.ndaf.api.graphql.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.unit.DataSize;

import graphql.ExecutionResult;
import reactor.core.publisher.Mono;

class RequestLimitsTest {

    private static WebGraphQlRequest request(String document) {
        return new WebGraphQlRequest(URI.create("http://localhost/graphql"), new HttpHeaders(), new LinkedMultiValueMap<>(), Map.of(),
                Map.of("query", document), "1", null);
    }

    private static QueryLimits limits(Duration timeout) {
        return new QueryLimits(12, 5000, 1000, DataSize.ofKilobytes(100), timeout);
    }

    @Test
    void intercept_AnswersTimeoutWhenTheTimeIsUp_WhileTheExecutionIsStillBusy() {
        AtomicBoolean finished = new AtomicBoolean();
        RequestLimits interceptor = new RequestLimits(limits(Duration.ofMillis(200)));
        WebGraphQlRequest request = request("{ ndaf { version } }");
        long start = System.nanoTime();
        WebGraphQlResponse response = interceptor.intercept(request, r -> Mono.fromCallable(() -> {
            Thread.sleep(5000);
            finished.set(true);
            return new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(r.toExecutionInput(), ExecutionResult.newExecutionResult().data(Map.of()).build()));
        })).block(Duration.ofSeconds(10));
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(millis).isLessThan(2000);
        assertThat(finished).isFalse();
        assertThat(response.getErrors()).hasSize(1);
        assertThat(response.getErrors().get(0).getExtensions()).containsEntry("code", "TIMEOUT").containsEntry("max", 200L);
        assertThat(response.getErrors().get(0).getMessage()).contains("200 ms").contains("ndaf.graphql.timeout");
    }

    @Test
    void intercept_RefusesAnOversizedDocumentWithoutRunningIt() {
        AtomicBoolean ran = new AtomicBoolean();
        RequestLimits interceptor = new RequestLimits(limits(Duration.ofSeconds(30)));
        String big = "{ " + "ndaf { version } ".repeat(7000) + "}";
        WebGraphQlResponse response = interceptor.intercept(request(big), r -> {
            ran.set(true);
            return Mono.empty();
        }).block(Duration.ofSeconds(5));
        assertThat(ran).isFalse();
        assertThat(response.getErrors().get(0).getExtensions()).containsEntry("code", "TOO_COMPLEX").containsEntry("max", 102400L)
                .containsEntry("actual", (long) big.length());
    }

    @Test
    void intercept_PassesAnOrdinaryRequestThrough_WithItsDeadlineInTheContext() {
        RequestLimits interceptor = new RequestLimits(limits(Duration.ofSeconds(30)));
        WebGraphQlRequest request = request("{ ndaf { version } }");
        WebGraphQlResponse response = interceptor.intercept(request, r -> Mono.just(new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(
                r.toExecutionInput(), ExecutionResult.newExecutionResult().data(Map.of("ndaf", Map.of())).build())))).block(Duration.ofSeconds(5));
        assertThat(response.getErrors()).isEmpty();
        Deadline deadline = response.getExecutionInput().getGraphQLContext().get(Deadline.KEY);
        assertThat(deadline.passed()).isFalse();
        assertThat(deadline.timeout()).isEqualTo(Duration.ofSeconds(30));
    }
}
