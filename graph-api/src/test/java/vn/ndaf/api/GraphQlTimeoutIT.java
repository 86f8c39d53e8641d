package vn.ndaf.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import com.fasterxml.jackson.databind.JsonNode;

/** With a request timeout far below what a search takes, the answer is a TIMEOUT error, in time. */
@SpringBootTest(classes = NdafApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "ndaf.graphql.timeout=1ms")
@Import(TestStoreConfiguration.class)
class GraphQlTimeoutIT {

    @LocalServerPort
    int port;

    @Test
    void aRequestOverTheTimeout_IsAnsweredWithTimeout_WithinTwoSeconds() {
        GraphQlHttp graphql = new GraphQlHttp(port);
        long start = System.nanoTime();
        JsonNode answer = graphql.post("{ a: search(text: \"cong\") { id } b: search(text: \"ha noi\") { id } architectures { id } }", Map.of());
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(2000);
        assertThat(answer.at("/errors/0/extensions/code").asText()).as(answer.toString()).isEqualTo("TIMEOUT");
        assertThat(answer.at("/errors/0/message").asText()).contains("ndaf.graphql.timeout");
    }
}
