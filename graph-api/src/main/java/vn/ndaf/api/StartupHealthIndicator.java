package vn.ndaf.api;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

import vn.ndaf.api.bootstrap.StartupReferenceData;

/** Reports the start in {@code /actuator/health}: {@code OUT_OF_SERVICE} (HTTP 503) until the server is ready, then {@code UP}. */
@Component("startup")
public class StartupHealthIndicator implements HealthIndicator {

    private final StartupReferenceData startup;

    public StartupHealthIndicator(StartupReferenceData startup) {
        this.startup = startup;
    }

    @Override
    public Health health() {
        return (startup.isReady() ? Health.up() : Health.outOfService()).withDetail("step", startup.step()).build();
    }
}
