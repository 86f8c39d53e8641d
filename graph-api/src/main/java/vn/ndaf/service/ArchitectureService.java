package vn.ndaf.service;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.ndaf.repository.ArchitectureRepository;
import vn.ndaf.repository.ArchitectureSummary;
import vn.ndaf.repository.ChangeEntry;
import vn.ndaf.repository.LoadedModel;
import vn.ndaf.repository.ObjectEdits;
import vn.ndaf.repository.ObjectPage;
import vn.ndaf.repository.ObjectQueries;
import vn.ndaf.repository.ObjectRecord;
import vn.ndaf.repository.RevisionInfo;
import vn.ndaf.repository.SaveResult;
import vn.ndaf.repository.WriteRequest;

/**
 * Architectures and their objects: reading, paging, searching, history, single-object edits, and the
 * architecture-level writes (delete, revert). The history's author of every write is the caller's name.
 */
public final class ArchitectureService {

    private final ArchitectureRepository architectures;
    private final ObjectQueries objects;
    private final ObjectEdits edits;
    private final Guard guard;

    public ArchitectureService(ArchitectureRepository architectures, ObjectQueries objects, ObjectEdits edits, Guard guard) {
        this.architectures = architectures;
        this.objects = objects;
        this.edits = edits;
        this.guard = guard;
    }

    /** The architecture's summary, or empty if none is stored (or it is deleted). */
    public Optional<ArchitectureSummary> summary(Caller caller, String id) {
        return guard.read(caller, Action.READ, Target.architecture(id), () -> architectures.summary(id));
    }

    /** The stored architectures, of one body or (null) of all. */
    public List<ArchitectureSummary> list(Caller caller, String bodyCode) {
        return guard.read(caller, Action.READ, Target.bodyOrStore(bodyCode), () -> architectures.list(bodyCode));
    }

    /** Whether an architecture of this id is stored. */
    public boolean exists(Caller caller, String id) {
        return guard.read(caller, Action.READ, Target.architecture(id), () -> architectures.exists(id));
    }

    /** The architecture's current model. */
    public LoadedModel load(Caller caller, String id) {
        return guard.read(caller, Action.READ, Target.architecture(id), () -> architectures.load(id));
    }

    /** One object of an architecture by its id there. */
    public Optional<ObjectRecord> object(Caller caller, String architecture, String id) {
        return guard.read(caller, Action.READ, Target.architecture(architecture), () -> objects.find(architecture, id));
    }

    /** Any stored object by its uid (an architecture's root included). */
    public Optional<ObjectRecord> objectByUid(Caller caller, String uid) {
        return guard.read(caller, Action.READ, Target.architecture(uid), () -> objects.findByUid(uid));
    }

    /** A page of an architecture's objects of one label. */
    public ObjectPage page(Caller caller, String architecture, String label, String nameContains, int first, String after) {
        return guard.read(caller, Action.READ, Target.architecture(architecture), () -> objects.page(architecture, label, nameContains, first, after));
    }

    /** Objects whose words match {@code text}, in one architecture, one body, or everywhere. */
    public List<ObjectRecord> search(Caller caller, String text, String architecture, String bodyCode, int first) {
        Target target = architecture != null && !architecture.isBlank() ? Target.architecture(architecture) : Target.bodyOrStore(bodyCode);
        return guard.read(caller, Action.READ, target, () -> objects.search(text, architecture, bodyCode, first));
    }

    /** The architecture's revisions, newest first (also once it is deleted). */
    public List<RevisionInfo> revisions(Caller caller, String id) {
        return guard.read(caller, Action.READ, Target.architecture(id), () -> architectures.revisions(id));
    }

    /** The changes of the architecture since an instant, in order. */
    public List<ChangeEntry> changesSince(Caller caller, String id, Instant since) {
        return guard.read(caller, Action.READ, Target.architecture(id), () -> architectures.changesSince(id, since));
    }

    /** The changes one revision made. */
    public List<ChangeEntry> changesIn(Caller caller, String id, long revision) {
        return guard.read(caller, Action.READ, Target.architecture(id), () -> architectures.changesIn(id, revision));
    }

    /** Sets attributes of one object, if it is still at {@code expectedVersion}. */
    public ObjectRecord setAttributes(Caller caller, String architecture, String id, long expectedVersion, Map<String, String> values, String message) {
        return guard.write(caller, Action.WRITE, Target.architecture(architecture), "set attributes " + values.keySet() + " of " + id,
                () -> edits.setAttributes(architecture, id, expectedVersion, values, new WriteRequest(caller.name(), message, "edit", null)));
    }

    /** Deletes one element, relationship or view, if it is still at {@code expectedVersion}. */
    public void deleteConcept(Caller caller, String architecture, String id, long expectedVersion, String message) {
        guard.write(caller, Action.WRITE, Target.architecture(architecture), "delete " + id,
                () -> edits.deleteConcept(architecture, id, expectedVersion, new WriteRequest(caller.name(), message, "edit", null)));
    }

    /** Deletes a whole architecture (its history stays), if it is still at {@code expectedRevision} (null: any). */
    public SaveResult deleteArchitecture(Caller caller, String id, Long expectedRevision, String message) {
        return guard.write(caller, Action.WRITE, Target.architecture(id), "delete the architecture",
                () -> architectures.deleteArchitecture(id, expectedRevision, new WriteRequest(caller.name(), message, "delete", null)));
    }

    /** Makes a new revision equal to {@code toRevision}, if the architecture is still at {@code expectedRevision} (null: any). */
    public SaveResult revert(Caller caller, String id, long toRevision, Long expectedRevision, String message) {
        return guard.write(caller, Action.WRITE, Target.architecture(id), "revert to revision " + toRevision,
                () -> architectures.revert(id, toRevision, expectedRevision, new WriteRequest(caller.name(), message, "revert", null)));
    }
}
