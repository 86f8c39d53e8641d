package vn.ndaf.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import com.fasterxml.jackson.databind.JsonNode;

import vn.ndaf.interop.ExportOptions;
import vn.ndaf.interop.Format;
import vn.ndaf.interop.ModelExporter;
import vn.ndaf.metamodel.ModelDifferences;
import vn.ndaf.metamodel.Models;
import vn.ndaf.repository.ArchitectureRepository;
import vn.ndaf.repository.TestModels;
import vn.ndaf.repository.WriteRequest;

/** deleteArchitecture, revertArchitecture, architectureHistory and importIntoArchitecture with dryRun and expectedRevision, over HTTP. */
@SpringBootTest(classes = NdafApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestStoreConfiguration.class)
class LifecycleGraphQlIT {

    @LocalServerPort
    int port;

    @Autowired
    ArchitectureRepository repository;

    private List<String> listed(GraphQlHttp graphql) {
        List<String> ids = new ArrayList<>();
        graphql.post("{ architectures { id } }", Map.of()).at("/data/architectures").forEach(a -> ids.add(a.path("id").asText()));
        return ids;
    }

    @Test
    void deleteThenRevert_HidesTheArchitectureKeepsItsHistoryAndBringsItBack() {
        String id = repository.create(TestModels.tiny(), WriteRequest.by("test", "")).uid();
        EObject before = repository.load(id).root();
        int objects = repository.load(id).states().size() - 1;
        GraphQlHttp graphql = new GraphQlHttp(port);

        JsonNode deleted = graphql.post("mutation($id: ID!) { deleteArchitecture(id: $id, expectedRevision: 1) { revision deleted } }", Map.of("id", id));

        assertThat(deleted.get("errors")).as(deleted.toString()).isNull();
        assertThat(deleted.at("/data/deleteArchitecture/revision").asInt()).isEqualTo(2);
        assertThat(deleted.at("/data/deleteArchitecture/deleted").asInt()).isEqualTo(objects);
        assertThat(listed(graphql)).doesNotContain(id);
        assertThat(graphql.post("query($id: ID!) { architecture(id: $id) { id } }", Map.of("id", id)).at("/data/architecture").isNull()).isTrue();
        JsonNode history = graphql.post("query($id: ID!) { architectureHistory(id: $id) { number kind } }", Map.of("id", id));
        assertThat(history.at("/data/architectureHistory/0/kind").asText()).isEqualTo("delete");
        assertThat(history.at("/data/architectureHistory").size()).isEqualTo(2);

        JsonNode reverted = graphql.post("mutation($id: ID!) { revertArchitecture(id: $id, toRevision: 1, expectedRevision: 2) { revision created } }",
                Map.of("id", id));

        assertThat(reverted.get("errors")).as(reverted.toString()).isNull();
        assertThat(reverted.at("/data/revertArchitecture/revision").asInt()).isEqualTo(3);
        assertThat(listed(graphql)).contains(id);
        assertThat(ModelDifferences.between(before, repository.load(id).root())).isEmpty();
    }

    @Test
    void importIntoArchitecture_TakesAnExchangeFile_DryRunWritesNothing_StaleRevisionConflicts() {
        String id = repository.create(TestModels.tiny(), WriteRequest.by("test", "")).uid();
        EObject edited = repository.load(id).root();
        Models.set(Models.<EObject>list(edited, "elements").get(0), "name", "Renamed");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ModelExporter.write(edited, Format.EXCHANGE, out, ExportOptions.defaults());
        String content = out.toString(StandardCharsets.UTF_8);
        GraphQlHttp graphql = new GraphQlHttp(port);
        String mutation = "mutation($id: ID!, $c: String!, $r: Int, $d: Boolean) { importIntoArchitecture(id: $id, content: $c, fileName: \"m.xml\", "
                + "expectedRevision: $r, dryRun: $d) { revision dryRun changes { operation id name changedKeys } } }";

        JsonNode dry = graphql.post(mutation, Map.of("id", id, "c", content, "r", 1, "d", true));

        assertThat(dry.get("errors")).as(dry.toString()).isNull();
        assertThat(dry.at("/data/importIntoArchitecture/dryRun").asBoolean()).isTrue();
        assertThat(dry.at("/data/importIntoArchitecture/changes").size()).isEqualTo(1);
        assertThat(dry.at("/data/importIntoArchitecture/changes/0/name").asText()).isEqualTo("Renamed");
        assertThat(repository.load(id).revision()).isEqualTo(1);

        JsonNode written = graphql.post(mutation, Map.of("id", id, "c", content, "r", 1, "d", false));
        assertThat(written.get("errors")).as(written.toString()).isNull();
        assertThat(written.at("/data/importIntoArchitecture/revision").asInt()).isEqualTo(2);

        JsonNode stale = graphql.post(mutation, Map.of("id", id, "c", content.replace("Renamed", "Again"), "r", 1, "d", false));
        assertThat(stale.at("/errors/0/extensions/code").asText()).as(stale.toString()).isEqualTo("CONFLICT");
        assertThat(stale.at("/errors/0/message").asText()).contains("revision 2 is newer");
        assertThat(Models.string(Models.<EObject>list(repository.load(id).root(), "elements").get(0), "name")).isEqualTo("Renamed");
    }
}
