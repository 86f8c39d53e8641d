package vn.ndaf.api.bootstrap;

import java.util.List;

import vn.ndaf.framework.ReferenceData;
import vn.ndaf.framework.registry.Body;
import vn.ndaf.framework.registry.Registry;
import vn.ndaf.framework.registry.RegistryModel;
import vn.ndaf.repository.ArchitectureRepository;
import vn.ndaf.repository.RevisionInfo;

/**
 * The registry of bodies as the store holds it, read once per revision of the stored model (a cheap check of
 * its newest revision tells whether it changed). Before the store has a registry, the framework data's.
 */
public final class StoredRegistry {

    private final ArchitectureRepository repository;
    private final ReferenceData data;
    private final ReferenceUids uids;
    private Registry cached;
    private long cachedRevision = -1;

    public StoredRegistry(ArchitectureRepository repository, ReferenceData data, ReferenceUids uids) {
        this.repository = repository;
        this.data = data;
        this.uids = uids;
    }

    public synchronized Registry current() {
        List<RevisionInfo> revisions = repository.revisions(uids.registry());
        if (revisions.isEmpty()) {
            return data.registry();
        }
        long revision = revisions.get(0).number();
        if (cached == null || revision != cachedRevision) {
            cached = RegistryModel.read(repository.load(uids.registry()).root());
            cachedRevision = revision;
        }
        return cached;
    }

    /**
     * The bodies {@code filter} selects from the stored registry. When the stored registry is still the one the
     * framework data wrote (its newest revision is the reference-data write of the data's version), its bodies'
     * codes, tiers, kinds and parents are the data's, so they are selected from the data without loading the
     * stored model (3,400 bodies: seconds); otherwise from {@link #current()}.
     */
    public List<Body> select(BodyFilter filter) {
        List<RevisionInfo> revisions = repository.revisions(uids.registry());
        if (!revisions.isEmpty() && isDataWrite(revisions.get(0))) {
            return filter.apply(data.registry());
        }
        return filter.apply(current());
    }

    private boolean isDataWrite(RevisionInfo revision) {
        return StoreBootstrap.KIND.equals(revision.kind())
                && (StoreBootstrap.REGISTRY_LABEL + " version " + data.registry().version()).equals(revision.message());
    }

    /**
     * The registry as stored at revision {@code revision}, read in the same statement as other data: the cached one
     * when it is of that revision, else {@link #current()}.
     */
    public synchronized Registry atRevision(Long revision) {
        if (revision != null && cached != null && revision == cachedRevision) {
            return cached;
        }
        return current();
    }

    /** The uid the registry is stored under. */
    public String uid() {
        return uids.registry();
    }
}
