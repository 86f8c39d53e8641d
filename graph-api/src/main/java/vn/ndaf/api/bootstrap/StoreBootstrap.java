package vn.ndaf.api.bootstrap;

import java.util.function.Supplier;

import org.eclipse.emf.ecore.EObject;

import vn.ndaf.api.bootstrap.BootstrapResult.Outcome;
import vn.ndaf.api.bootstrap.BootstrapResult.Step;
import vn.ndaf.repository.ArchitectureRepository;
import vn.ndaf.repository.LoadedModel;
import vn.ndaf.repository.RepositoryException;
import vn.ndaf.repository.RevisionInfo;
import vn.ndaf.repository.WriteRequest;

/**
 * Makes a store hold the reference data: the body registry and the national architecture, each under its
 * fixed id. A missing model is created; a model whose stored version differs from the data's is replaced by
 * saving the new model over it, so that the repository's diff records exactly what changed in its history
 * (that is the migration of reference data). Every such write has the kind {@value #KIND} and the message
 * "LABEL version VERSION"; reading the newest such revision is how an unchanged store is recognised
 * without loading the models.
 */
public final class StoreBootstrap {

    public static final String KIND = "reference-data";
    public static final String AUTHOR = "ndaf reference data";
    static final String REGISTRY_LABEL = "body registry";
    static final String NATIONAL_LABEL = "national architecture";

    private final ArchitectureRepository repository;
    private final ReferenceModels models;
    private final ReferenceUids uids;

    public StoreBootstrap(ArchitectureRepository repository, ReferenceModels models, ReferenceUids uids) {
        this.repository = repository;
        this.models = models;
        this.uids = uids;
    }

    public ReferenceUids uids() {
        return uids;
    }

    /** Creates or updates the reference models as needed; fast when both are up to date. */
    public synchronized BootstrapResult ensure() {
        Step registry = ensure(uids.registry(), REGISTRY_LABEL, models.registryVersion(), models::buildRegistry);
        Step national = ensure(uids.national(), NATIONAL_LABEL, models.nationalVersion(), models::buildNational);
        return new BootstrapResult(registry, national);
    }

    private Step ensure(String uid, String label, String version, Supplier<EObject> build) {
        WriteRequest request = new WriteRequest(AUTHOR, label + " version " + version, KIND, null);
        if (!repository.exists(uid)) {
            try {
                repository.createAs(uid, build.get(), request);
                return new Step(uid, label, Outcome.CREATED, null, version, null);
            } catch (RepositoryException e) {
                if (!repository.exists(uid)) {
                    throw e;
                }
                // another process created it meanwhile: compare versions below
            }
        }
        String stored = storedVersion(uid, label);
        if (version.equals(stored)) {
            return new Step(uid, label, Outcome.UNCHANGED, stored, version, null);
        }
        LoadedModel loaded = repository.load(uid);
        try {
            repository.save(loaded, build.get(), request);
            return new Step(uid, label, Outcome.UPDATED, stored, version, null);
        } catch (RepositoryException e) {
            return new Step(uid, label, Outcome.REFUSED, stored, version, e.getMessage());
        }
    }

    /** The version of the newest reference-data write of the model, or null. */
    String storedVersion(String uid, String label) {
        String prefix = label + " version ";
        for (RevisionInfo revision : repository.revisions(uid)) {
            if (KIND.equals(revision.kind()) && revision.message() != null && revision.message().startsWith(prefix)) {
                return revision.message().substring(prefix.length());
            }
        }
        return null;
    }
}
