package vn.ndaf.api;

import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

import vn.ndaf.repository.store.Neo4jStore;
import vn.ndaf.repository.store.StoreSettings;
import vn.ndaf.service.ServiceConfiguration;

/**
 * The graph store the server works on. {@code ndaf serve} opens the store itself (so that a refused data
 * folder is reported before Spring starts) and hands it in; otherwise it is opened here from
 * {@code ndaf.data} or {@code NDAF_NEO4J_URI}. Everything that reads or writes it is made by the service layer
 * ({@link ServiceConfiguration}).
 */
@Configuration(proxyBeanMethods = false)
@Import(ServiceConfiguration.class)
public class StoreConfiguration {

    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    Neo4jStore neo4jStore(@Value("${ndaf.data:ndaf-data}") String dataDir) {
        return Neo4jStore.open(StoreSettings.resolve(Path.of(dataDir), System.getenv()), "ndaf server");
    }
}
