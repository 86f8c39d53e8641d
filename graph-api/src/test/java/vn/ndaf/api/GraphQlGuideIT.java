package vn.ndaf.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.ndaf.metamodel.Models;
import vn.ndaf.repository.ArchitectureRepository;
import vn.ndaf.repository.TestModels;
import vn.ndaf.repository.WriteRequest;

/** Runs every example of docs/graphql.md, in order, against a real server; an example may declare the error it expects. */
@SpringBootTest(classes = NdafApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestStoreConfiguration.class)
class GraphQlGuideIT {

    private static final Pattern EXAMPLE = Pattern.compile(
            "(<!-- expect-error (\\w+) -->\\s*)?```graphql\\n(.*?)```(\\s*<!-- result -->\\s*```json\\n(.*?)```)?", Pattern.DOTALL);

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    ArchitectureRepository repository;

    /** An example, the error it expects or null, and the result (the response's data) the guide shows for it, or null. */
    record Example(String document, String expectedError, String result) {
    }

    static List<Example> examples(Path guide) throws Exception {
        List<Example> examples = new ArrayList<>();
        Matcher m = EXAMPLE.matcher(Files.readString(guide));
        while (m.find()) {
            examples.add(new Example(m.group(3), m.group(2), m.group(5)));
        }
        return examples;
    }

    @Test
    void everyExampleOfTheGuide_RunsAsDocumented() throws Exception {
        EObject model = TestModels.tiny();
        // the portal is served by the national data sharing platform, as a province's is
        EObject ndxp = repository.references(List.of("national/p-NDXP")).get("national/p-NDXP");
        Models.relationship(model, "ServingRelationship", "r2", ndxp, Models.<EObject>list(model, "elements").get(0));
        String uid = repository.create(model, WriteRequest.by("guide", "")).uid();
        GraphQlHttp graphql = new GraphQlHttp(port);
        List<Example> examples = examples(Path.of("../docs/graphql.md"));
        assertThat(examples).hasSizeGreaterThanOrEqualTo(8);
        for (Example example : examples) {
            JsonNode result = graphql.post(example.document().replace("ARCHITECTURE_ID", uid), Map.of(), "guide-reader");
            if (example.expectedError() == null) {
                assertThat(result.get("errors")).as(example.document() + "\n" + result).isNull();
                assertThat(result.get("data")).as(example.document()).isNotNull();
                if (example.result() != null) {
                    JsonNode shown = JSON.readTree(example.result().replace("ARCHITECTURE_ID", uid));
                    assertThat(result.get("data")).as("the result the guide shows for\n" + example.document()).isEqualTo(shown);
                }
            } else {
                assertThat(result.at("/errors/0/extensions/code").asText()).as(example.document() + "\n" + result).isEqualTo(example.expectedError());
            }
        }
    }
}
