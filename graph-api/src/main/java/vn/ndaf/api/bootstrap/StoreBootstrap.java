package vn.ndaf.api.bootstrap;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.eclipse.emf.ecore.EObject;

import vn.ndaf.api.bootstrap.BootstrapResult.Outcome;
import vn.ndaf.api.bootstrap.BootstrapResult.Step;
import vn.ndaf.repository.ArchitectureRepository;
import vn.ndaf.repository.LoadedModel;
import vn.ndaf.repository.RepositoryException;
import vn.ndaf.repository.RevisionInfo;
import vn.ndaf.repository.StoreMarks;
import vn.ndaf.repository.WriteRequest;

/**
 * Makes a store hold the reference data: the body registry and the national architecture, each under its
 * fixed id. A missing model is created; a model whose stored version differs from the data's is replaced by
 * saving the new model over it, so that the repository's diff records exactly what changed in its history
 * (that is the migration of reference data). Every such write has the kind {@value #KIND} and the message
 * "LABEL version VERSION"; reading the newest such revision is how an unchanged store is recognised
 * without loading the models.
 * <p>
 * Faster still, with {@link StoreMarks}: after a check that left both models at the data's versions, the
 * store records the data's fingerprint ({@link ReferenceModels#fingerprint()}) and those versions in the mark
 * {@value #MARK}. A later check that finds the same fingerprint, and both models still stored, is done in one
 * read, without the framework data being parsed. Any other case runs the full check, which records the mark
 * again.
 */
public final class StoreBootstrap {

    public static final String KIND = "reference-data";
    public static final String AUTHOR = "ndaf reference data";
    static final String REGISTRY_LABEL = "body registry";
    static final String NATIONAL_LABEL = "national architecture";
    /** The store mark holding the fingerprint of the reference data last checked. */
    public static final String MARK = "reference-data";
    private static final String FINGERPRINT = "fingerprint";
    private static final String REGISTRY_VERSION = "registryVersion";
    private static final String NATIONAL_VERSION = "nationalVersion";

    private final ArchitectureRepository repository;
    private final StoreMarks marks;
    private final ReferenceModels models;
    private final ReferenceUids uids;

    /** Without marks: every check compares the stored versions. */
    public StoreBootstrap(ArchitectureRepository repository, ReferenceModels models, ReferenceUids uids) {
        this(repository, null, models, uids);
    }

    /** With marks (may be null): a check of an unchanged store is one read of the mark {@value #MARK}. */
    public StoreBootstrap(ArchitectureRepository repository, StoreMarks marks, ReferenceModels models, ReferenceUids uids) {
        this.repository = repository;
        this.marks = marks;
        this.models = models;
        this.uids = uids;
    }

    public ReferenceUids uids() {
        return uids;
    }

    /** Creates or updates the reference models as needed; fast when both are up to date. */
    public synchronized BootstrapResult ensure() {
        String fingerprint = marks == null ? null : models.fingerprint();
        if (fingerprint != null) {
            Map<String, String> mark = marks.read(MARK, List.of(uids.registry(), uids.national())).orElse(Map.of());
            if (fingerprint.equals(mark.get(FINGERPRINT)) && mark.containsKey(REGISTRY_VERSION) && mark.containsKey(NATIONAL_VERSION)) {
                String registryVersion = mark.get(REGISTRY_VERSION);
                String nationalVersion = mark.get(NATIONAL_VERSION);
                return new BootstrapResult(new Step(uids.registry(), REGISTRY_LABEL, Outcome.UNCHANGED, registryVersion, registryVersion, null),
                        new Step(uids.national(), NATIONAL_LABEL, Outcome.UNCHANGED, nationalVersion, nationalVersion, null));
            }
        }
        Step registry = ensure(uids.registry(), REGISTRY_LABEL, models.registryVersion(), models::buildRegistry);
        Step national = ensure(uids.national(), NATIONAL_LABEL, models.nationalVersion(), models::buildNational);
        if (fingerprint != null && registry.outcome() != Outcome.REFUSED && national.outcome() != Outcome.REFUSED) {
            marks.write(MARK, Map.of(FINGERPRINT, fingerprint, REGISTRY_VERSION, registry.after(), NATIONAL_VERSION, national.after()));
        }
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
