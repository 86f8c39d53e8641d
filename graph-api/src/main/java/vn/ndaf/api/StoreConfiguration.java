package vn.ndaf.api;

import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.ndaf.repository.ArchitectureRepository;
import vn.ndaf.repository.ObjectEdits;
import vn.ndaf.repository.ObjectQueries;
import vn.ndaf.repository.store.Neo4jStore;
import vn.ndaf.repository.store.StoreSettings;

/**
 * The graph store the server works on. {@code ndaf serve} opens the store itself (so that a refused data
 * folder is reported before Spring starts) and hands it in; otherwise it is opened here from
 * {@code ndaf.data} or {@code NDAF_NEO4J_URI}.
 */
@Configuration(proxyBeanMethods = false)
public class StoreConfiguration {

    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    Neo4jStore neo4jStore(@Value("${ndaf.data:ndaf-data}") String dataDir) {
        return Neo4jStore.open(StoreSettings.resolve(Path.of(dataDir), System.getenv()), "ndaf server");
    }

    @Bean
    ArchitectureRepository architectureRepository(Neo4jStore store) {
        return new ArchitectureRepository(store.driver());
    }

    @Bean
    ObjectQueries objectQueries(Neo4jStore store) {
        return new ObjectQueries(store.driver());
    }

    @Bean
    ObjectEdits objectEdits(Neo4jStore store) {
        return new ObjectEdits(store.driver());
    }
}
