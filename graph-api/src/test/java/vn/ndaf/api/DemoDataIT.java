package vn.ndaf.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import vn.ndaf.api.demo.DemoData;
import vn.ndaf.repository.ArchitectureRepository;
import vn.ndaf.repository.ArchitectureSummary;
import vn.ndaf.repository.TestStore;
import vn.ndaf.repository.store.Neo4jStore;
import vn.ndaf.repository.store.StoreSettings;

/** What {@code ndaf serve --demo} loads into a new store, and that it loads it once. */
@SpringBootTest(classes = NdafApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
@Import(DemoDataIT.FreshStore.class)
class DemoDataIT {

    private static final Path FOLDER = TestStore.tempDir("ndaf-demo-");

    @TestConfiguration(proxyBeanMethods = false)
    static class FreshStore {
        @Bean(destroyMethod = "close")
        Neo4jStore neo4jStore() {
            return Neo4jStore.open(StoreSettings.embedded(FOLDER), "demo test");
        }
    }

    @AfterAll
    static void cleanUp() {
        TestStore.deleteRecursively(FOLDER);
    }

    @Autowired
    ApplicationContext context;

    @Autowired
    ArchitectureRepository repository;

    @Test
    void loadIfEmpty_StoresReferenceDataAndASmallSyntheticNation_Once() {
        StringWriter first = new StringWriter();
        DemoData.loadIfEmpty(context, new PrintWriter(first, true));

        assertThat(repository.exists("registry")).isTrue();
        assertThat(repository.isKnownBody("01")).isTrue();
        var synthetic = repository.list(null).stream().filter(s -> s.uid().startsWith("syn-")).toList();
        assertThat(synthetic).hasSizeGreaterThanOrEqualTo(7);
        assertThat(synthetic).allSatisfy(s -> assertThat(s.elements()).isPositive());
        assertThat(synthetic.stream().mapToLong(ArchitectureSummary::elements).sum()).isGreaterThan(5_000);
        assertThat(first.toString()).contains("synthetic architectures").contains("planted deviations");

        StringWriter second = new StringWriter();
        DemoData.loadIfEmpty(context, new PrintWriter(second, true));
        assertThat(second.toString()).contains("already holds").contains("nothing loaded");
        assertThat(repository.list(null).stream().filter(s -> s.uid().startsWith("syn-")).count()).isEqualTo(synthetic.size());
    }
}
