package vn.ndaf.api;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.ndaf.api.bootstrap.StoredRegistry;
import vn.ndaf.repository.ArchitectureRepository;
import vn.ndaf.repository.ObjectQueries;
import vn.ndaf.repository.store.Neo4jStore;
import vn.ndaf.service.Guard;
import vn.ndaf.service.TraversalService;

/** The service that follows the graph for the GraphQL traversal fields. */
@Configuration(proxyBeanMethods = false)
class TraversalConfiguration {

    @Bean
    TraversalService traversalService(Neo4jStore store, ObjectQueries objects, ArchitectureRepository architectures, StoredRegistry registry, Guard guard) {
        return new TraversalService(store, objects, architectures, registry, guard);
    }
}
