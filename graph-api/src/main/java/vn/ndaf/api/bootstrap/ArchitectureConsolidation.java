package vn.ndaf.api.bootstrap;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;

import vn.ndaf.framework.ReferenceData;
import vn.ndaf.framework.registry.Body;
import vn.ndaf.framework.registry.DissolvedUnits;
import vn.ndaf.framework.registry.PreReformUnits;
import vn.ndaf.framework.restructuring.ConsolidationReport;
import vn.ndaf.framework.restructuring.Consolidator;
import vn.ndaf.framework.template.Template;
import vn.ndaf.metamodel.Models;
import vn.ndaf.metamodel.validation.ModelValidator;
import vn.ndaf.metamodel.validation.Problem;
import vn.ndaf.repository.ArchitectureRepository;
import vn.ndaf.repository.LoadedModel;
import vn.ndaf.repository.NotFoundException;
import vn.ndaf.repository.SaveResult;
import vn.ndaf.repository.WriteRequest;

/**
 * Builds and stores a successor body's baseline architecture from its predecessors' stored architectures
 * (used by {@code ndaf consolidate} and the GraphQL mutation {@code consolidate}). The predecessors are only
 * read; the new architecture's first revision names every origin.
 */
public final class ArchitectureConsolidation {

    /** The revision kind of a consolidation. */
    public static final String KIND = "consolidation";
    /** The validator's rule for a reference not resolved in memory: a reference into another stored architecture. */
    private static final String UNRESOLVED_REFERENCE = "emf.4";

    /** What was stored: the new architecture's id and revision, and the report. */
    public record Outcome(String id, long revision, ConsolidationReport report, String message) {
    }

    private final ArchitectureRepository repository;
    private final ReferenceData data;
    private final ReferenceUids uids;

    public ArchitectureConsolidation(ArchitectureRepository repository, ReferenceData data, ReferenceUids uids) {
        this.repository = repository;
        this.data = data;
        this.uids = uids;
    }

    public Outcome consolidate(String bodyCode, List<String> from, String name, String author) {
        Body successor = successor(bodyCode);
        Template template = data.templates().forBody(successor)
                .orElseThrow(() -> new IllegalArgumentException("No template is made for " + successor.code() + " " + successor.fullNameVi()));
        Set<String> ids = new LinkedHashSet<>();
        for (String id : from == null ? List.<String>of() : from) {
            if (id != null && !id.isBlank() && !ids.add(id.strip())) {
                throw new IllegalArgumentException("The architecture " + id.strip() + " is named twice in --from");
            }
        }
        if (ids.isEmpty()) {
            throw new IllegalArgumentException("Name the predecessors' architectures to consolidate: --from ID[,ID...] (see ndaf list)");
        }
        List<Consolidator.Origin> origins = new ArrayList<>();
        for (String id : ids) {
            if (id.equals(uids.national()) || id.equals(uids.registry())) {
                throw new IllegalArgumentException(id + " is reference data, not a body's architecture");
            }
            LoadedModel loaded;
            try {
                loaded = repository.load(id);
            } catch (NotFoundException e) {
                throw new IllegalArgumentException("No architecture has the id '" + id + "' (see ndaf list)", e);
            }
            if (!Models.isA(loaded.root(), "Architecture")) {
                throw new IllegalArgumentException(id + " is not an architecture");
            }
            origins.add(origin(id, loaded.root()));
        }
        EObject national;
        try {
            national = repository.load(uids.national()).root();
        } catch (NotFoundException e) {
            throw new IllegalStateException("The store holds no national architecture (" + uids.national() + ")", e);
        }
        String newId = ArchitectureRepository.newArchitectureId();
        Consolidator.Result result = new Consolidator(data.instantiator(), data.catalogue()).consolidate(newId, successor, template, origins, national,
                name == null || name.isBlank() ? null : name.strip());
        // references into other stored architectures than the national one (a commune's province) stay unresolved here, as in any loaded model
        List<Problem> errors = ModelValidator.get().errors(result.architecture()).stream().filter(p -> !UNRESOLVED_REFERENCE.equals(p.rule())).toList();
        if (!errors.isEmpty()) {
            throw new IllegalStateException("The consolidated architecture is not valid: "
                    + errors.stream().limit(10).map(Problem::toString).collect(Collectors.joining("; ")));
        }
        String message = "consolidated from " + origins.stream().map(o -> o.architectureId() + (o.formerUnit() == null ? "" : " (" + o.formerUnit() + " "
                + o.formerName() + ")")).collect(Collectors.joining(", ")) + " into the baseline of " + successor.code() + " " + successor.fullNameVi();
        SaveResult saved = repository.createAs(newId, result.architecture(), new WriteRequest(author, message, KIND, null));
        return new Outcome(saved.uid(), saved.revision(), result.report(), message);
    }

    private Body successor(String code) {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("Name the successor body by its code: --body 25 for Phú Thọ");
        }
        String c = code.strip();
        Restructuring.refuseRetiredBody(c);
        Body body = data.registry().find(c).orElseThrow(() -> new IllegalArgumentException("No body has the code '" + c + "' (see ndaf bodies)"));
        if (body.isCentral()) {
            throw new IllegalArgumentException(c + " is a central body; consolidation is for provinces and communes formed on 1 July 2025");
        }
        return body;
    }

    /** The pre-reform unit an architecture was for: its {@code ndaf:formerUnit} property, else the first dissolved province its name names. */
    private Consolidator.Origin origin(String id, EObject root) {
        String recorded = Models.<EObject>list(root, "properties").stream().filter(p -> Consolidator.FORMER_UNIT.equals(Models.string(p, "key")))
                .map(p -> Models.string(p, "value")).findFirst().orElse(null);
        String former = recorded != null ? recorded : Restructuring.detector().scan(root).stream().filter(m -> m.objectId().equals(Models.id(root)) && m.field().equals("name"))
                    .map(DissolvedUnits.Mention::formerCode).findFirst().orElse(null);
        String formerName = former == null ? null : data.predecessors().preReform().province(former).map(PreReformUnits.Unit::fullName)
                .or(() -> data.predecessors().preReform().district(former).map(PreReformUnits.Unit::fullName)).orElse(null);
        return new Consolidator.Origin(id, root, former, formerName);
    }
}
