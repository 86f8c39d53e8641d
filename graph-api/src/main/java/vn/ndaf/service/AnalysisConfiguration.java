package vn.ndaf.service;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.ndaf.analysis.Checker;
import vn.ndaf.analysis.LiveFindings;
import vn.ndaf.analysis.StoreChecker;
import vn.ndaf.framework.ReferenceData;
import vn.ndaf.repository.ArchitectureRepository;
import vn.ndaf.repository.FindingStore;
import vn.ndaf.repository.ObjectEdits;
import vn.ndaf.repository.RuleQueries;
import vn.ndaf.repository.store.Neo4jStore;

/**
 * The analysis in the server: the checker, the stored findings, and the listener that checks an
 * architecture again after each write the server commits (imports, edits, templates, generation), so the
 * stored findings stay current. The check runs on a background thread after the write has returned, and
 * every read of the stored findings first waits for the checks of writes committed before it (ADR 0024).
 * {@code ndaf.analysis.live=false} turns the listener off.
 */
@Configuration(proxyBeanMethods = false)
public class AnalysisConfiguration {

    @Bean
    FindingStore findingStore(Neo4jStore store) {
        return new FindingStore(store.driver());
    }

    @Bean
    StoreChecker storeChecker(Neo4jStore store, ArchitectureRepository repository, ReferenceData data) {
        return new StoreChecker(new Checker(vn.ndaf.analysis.RuleRegistry.standard(), data), repository, new RuleQueries(store.driver()));
    }

    /** Refreshes findings off the writes' path; reads of the finding store wait for the refreshes of earlier writes (ADR 0024). */
    @Bean(destroyMethod = "close")
    LiveFindings liveFindings(StoreChecker checker, FindingStore findings) {
        return LiveFindings.inBackground(checker, findings);
    }

    /** Registers the live findings on the server's write paths. */
    @Bean
    @ConditionalOnProperty(name = "ndaf.analysis.live", havingValue = "true", matchIfMissing = true)
    Object liveFindingsOnWrites(LiveFindings live, ArchitectureRepository repository, ObjectEdits edits) {
        repository.addWriteListener(live);
        edits.addWriteListener(live);
        return new Object();
    }
}
