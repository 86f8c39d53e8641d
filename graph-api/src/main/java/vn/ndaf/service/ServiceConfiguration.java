package vn.ndaf.service;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

import vn.ndaf.analysis.LiveFindings;
import vn.ndaf.analysis.StoreChecker;
import vn.ndaf.api.bootstrap.ArchitectureFromTemplate;
import vn.ndaf.api.bootstrap.NationGeneration;
import vn.ndaf.api.bootstrap.StoreBootstrap;
import vn.ndaf.api.bootstrap.StoredRegistry;
import vn.ndaf.framework.ReferenceData;
import vn.ndaf.framework.ReferenceData;
import vn.ndaf.framework.registry.Body;
import vn.ndaf.repository.ArchitectureRepository;
import vn.ndaf.repository.ArchitectureSummary;
import vn.ndaf.repository.FindingStore;
import vn.ndaf.repository.GapQueries;
import vn.ndaf.repository.ObjectEdits;
import vn.ndaf.repository.ObjectQueries;
import vn.ndaf.repository.ReviewStore;
import vn.ndaf.repository.StoreBackup;
import vn.ndaf.repository.store.Neo4jStore;

/**
 * The server's service layer: the store's readers and writers, and the services over them that GraphQL calls,
 * guarded by the {@link AccessPolicy} (roles and scopes: {@link RolePolicy}) and the {@link AuditLog} (the security
 * configuration's audit trail).
 */
@Configuration(proxyBeanMethods = false)
@Import(AnalysisConfiguration.class)
public class ServiceConfiguration {

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

    /** Roles and scopes (docs/security.md): an architecture's body from the store, a body's parent from the registry. */
    @Bean
    AccessPolicy accessPolicy(ArchitectureRepository repository, ReferenceData data) {
        return new RolePolicy(id -> repository.summary(id).map(ArchitectureSummary::bodyCode),
                code -> data.registry().find(code).map(Body::parentCode));
    }

    @Bean
    Guard serviceGuard(AccessPolicy policy, AuditLog audit) {
        return new Guard(policy, audit);
    }

    @Bean
    ArchitectureService architectureService(ArchitectureRepository repository, ObjectQueries objects, ObjectEdits edits, Guard guard) {
        return new ArchitectureService(repository, objects, edits, guard);
    }

    @Bean
    BackupService backupService(Neo4jStore store, Guard guard) {
        return new BackupService(new StoreBackup(store.driver()), guard);
    }

    @Bean
    ReviewService reviewService(Neo4jStore store, Guard guard) {
        return new ReviewService(new ReviewStore(store.driver()), guard);
    }

    @Bean
    TransferService transferService(ArchitectureRepository repository, Guard guard) {
        return new TransferService(repository, guard);
    }

    @Bean
    FrameworkService frameworkService(ArchitectureRepository repository, ReferenceData data, StoredRegistry registry, StoreBootstrap bootstrap,
            ObjectProvider<ArchitectureFromTemplate> fromTemplate, ObjectProvider<NationGeneration> generation, Guard guard) {
        return new FrameworkService(repository, () -> data, bootstrap.uids(), registry, () -> bootstrap, fromTemplate::getObject, generation::getObject, guard);
    }

    @Bean
    AnalysisService analysisService(ArchitectureRepository repository, Neo4jStore store, FindingStore findings, ObjectProvider<StoreChecker> checker,
            ObjectProvider<LiveFindings> live, ReferenceData data, StoreBootstrap bootstrap, Guard guard) {
        return new AnalysisService(repository, new GapQueries(store.driver()), findings, checker::getObject, live::getObject, () -> data,
                bootstrap.uids().national(), guard);
    }

    /** Following the graph for the GraphQL traversal fields. */
    @Bean
    TraversalService traversalService(Neo4jStore store, ObjectQueries objects, ArchitectureRepository architectures, StoredRegistry registry, Guard guard) {
        return new TraversalService(store, objects, architectures, registry, guard);
    }
}
