package vn.ndaf.api.bootstrap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.ndaf.analysis.LiveFindings;
import vn.ndaf.framework.ReferenceData;
import vn.ndaf.framework.synthetic.SyntheticNation;
import vn.ndaf.repository.ArchitectureRepository;
import vn.ndaf.repository.StoreMarks;
import vn.ndaf.repository.store.Neo4jStore;

/**
 * The framework data and the services built on it; at start the store is brought up to date with the
 * reference data (unless {@code ndaf.bootstrap.enabled=false}), and only then is the server ready
 * ({@link StartupReferenceData}).
 */
@Configuration(proxyBeanMethods = false)
public class ReferenceDataConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(ReferenceDataConfiguration.class);

    @Bean
    ReferenceData referenceData() {
        return ReferenceData.standard();
    }

    @Bean
    StoreBootstrap storeBootstrap(ArchitectureRepository repository, Neo4jStore store, ReferenceData data) {
        return new StoreBootstrap(repository, new StoreMarks(store.driver()), ReferenceModels.of(data), ReferenceUids.STANDARD);
    }

    @Bean
    ArchitectureFromTemplate architectureFromTemplate(ArchitectureRepository repository, ReferenceData data, StoreBootstrap bootstrap) {
        return new ArchitectureFromTemplate(repository, data, bootstrap.uids());
    }

    @Bean
    SyntheticNation syntheticNation() {
        return SyntheticNation.standard();
    }

    @Bean
    NationGeneration nationGeneration(ArchitectureRepository repository, SyntheticNation nation, StoreBootstrap bootstrap) {
        return new NationGeneration(repository, nation, bootstrap.uids());
    }

    @Bean
    StoredRegistry storedRegistry(ArchitectureRepository repository, ReferenceData data, StoreBootstrap bootstrap) {
        return new StoredRegistry(repository, data, bootstrap.uids());
    }

    @Bean
    StartupReferenceData startupReferenceData() {
        return new StartupReferenceData();
    }

    @Bean
    ApplicationRunner referenceDataOnStart(StoreBootstrap bootstrap, StartupReferenceData startup, @Value("${ndaf.bootstrap.enabled:true}") boolean enabled,
            @Value("${" + StartupReferenceData.HOLD_PROPERTY + ":false}") boolean holdReady, ObjectProvider<LiveFindings> live) {
        return args -> {
            if (enabled) {
                startup.starting("storing the reference data (body registry, national architecture)");
                BootstrapResult result = bootstrap.ensure();
                startup.set(result);
                result.lines().forEach(line -> LOG.debug("Reference data: {}", line));
                // the reference models written now are checked in the background (ADR 0024): the start includes
                // those checks, as it did when they ran inside the writes, so that no first request waits for them
                startup.starting("checking the reference data");
                live.ifAvailable(LiveFindings::awaitRefreshed);
            }
            if (!holdReady) {
                startup.markReady();
            }
        };
    }
}
