package vn.ndaf.api.bootstrap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.ndaf.framework.ReferenceData;
import vn.ndaf.framework.synthetic.SyntheticNation;
import vn.ndaf.repository.ArchitectureRepository;

/**
 * The framework data and the services built on it; at start the store is brought up to date with the
 * reference data (unless {@code ndaf.bootstrap.enabled=false}).
 */
@Configuration(proxyBeanMethods = false)
public class ReferenceDataConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(ReferenceDataConfiguration.class);

    @Bean
    ReferenceData referenceData() {
        return ReferenceData.standard();
    }

    @Bean
    StoreBootstrap storeBootstrap(ArchitectureRepository repository, ReferenceData data) {
        return new StoreBootstrap(repository, ReferenceModels.of(data), ReferenceUids.STANDARD);
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
    ApplicationRunner referenceDataOnStart(StoreBootstrap bootstrap, StartupReferenceData startup, @Value("${ndaf.bootstrap.enabled:true}") boolean enabled) {
        return args -> {
            if (enabled) {
                BootstrapResult result = bootstrap.ensure();
                startup.set(result);
                result.lines().forEach(line -> LOG.debug("Reference data: {}", line));
            }
        };
    }
}
