package vn.ndaf.api;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

import vn.ndaf.repository.store.Neo4jStore;
import vn.ndaf.repository.store.StoreStatus;

/** Reports the graph store in {@code /actuator/health}: reachable, embedded or external, where. */
@Component("graphStore")
public class StoreHealthIndicator implements HealthIndicator {

    private final Neo4jStore store;

    public StoreHealthIndicator(Neo4jStore store) {
        this.store = store;
    }

    @Override
    public Health health() {
        StoreStatus status = StoreStatus.of(store);
        Health.Builder builder = status.reachable() ? Health.up() : Health.down();
        return builder.withDetail("mode", store.isEmbedded() ? "embedded" : "external")
                .withDetail("store", store.settings().describe())
                .withDetail("architectures", status.architectures())
                .build();
    }
}
