package vn.ndaf.api;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import vn.ndaf.repository.TestStore;
import vn.ndaf.repository.store.Neo4jStore;

/** Server tests share the test JVM's embedded Neo4j; the context must not close it. */
@TestConfiguration(proxyBeanMethods = false)
public class TestStoreConfiguration {

    @Bean(destroyMethod = "")
    Neo4jStore neo4jStore() {
        return TestStore.get();
    }
}
