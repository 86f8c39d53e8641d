package vn.ndaf.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import com.fasterxml.jackson.databind.JsonNode;

import vn.ndaf.repository.ArchitectureRepository;
import vn.ndaf.repository.TestModels;
import vn.ndaf.repository.WriteRequest;

/** Runs every example of docs/graphql.md, in order, against a real server; an example may declare the error it expects. */
@SpringBootTest(classes = NdafApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestStoreConfiguration.class)
class GraphQlGuideIT {

    private static final Pattern EXAMPLE = Pattern.compile("(<!-- expect-error (\\w+) -->\\s*)?```graphql\\n(.*?)```", Pattern.DOTALL);

    @LocalServerPort
    int port;

    @Autowired
    ArchitectureRepository repository;

    record Example(String document, String expectedError) {
    }

    static List<Example> examples(Path guide) throws Exception {
        List<Example> examples = new ArrayList<>();
        Matcher m = EXAMPLE.matcher(Files.readString(guide));
        while (m.find()) {
            examples.add(new Example(m.group(3), m.group(2)));
        }
        return examples;
    }

    @Test
    void everyExampleOfTheGuide_RunsAsDocumented() throws Exception {
        String uid = repository.create(TestModels.tiny(), WriteRequest.by("guide", "")).uid();
        GraphQlHttp graphql = new GraphQlHttp(port);
        List<Example> examples = examples(Path.of("../docs/graphql.md"));
        assertThat(examples).hasSizeGreaterThanOrEqualTo(8);
        for (Example example : examples) {
            JsonNode result = graphql.post(example.document().replace("ARCHITECTURE_ID", uid), Map.of(), "guide-reader");
            if (example.expectedError() == null) {
                assertThat(result.get("errors")).as(example.document() + "\n" + result).isNull();
                assertThat(result.get("data")).as(example.document()).isNotNull();
            } else {
                assertThat(result.at("/errors/0/extensions/code").asText()).as(example.document() + "\n" + result).isEqualTo(example.expectedError());
            }
        }
    }
}
