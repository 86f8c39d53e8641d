package vn.ndaf.analysis;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

import vn.ndaf.framework.ReferenceData;
import vn.ndaf.framework.registry.Body;
import vn.ndaf.metamodel.Models;

/**
 * What a {@link ModelRule} sees: one architecture's model, its id in the store, its body, and the
 * framework's reference data (registry, templates, catalogue, dictionary). Rules report through it.
 */
public final class ModelContext {

    private final EObject architecture;
    private final String architectureId;
    private final ReferenceData data;
    private final List<Finding> findings = new ArrayList<>();
    private final Map<String, Object> cache = new HashMap<>();
    private LocalDate asOf = LocalDate.now(ZoneOffset.UTC);
    private UnaryOperator<EObject> resolver = UnaryOperator.identity();

    public ModelContext(EObject architecture, String architectureId, ReferenceData data) {
        this.architecture = architecture;
        this.architectureId = architectureId;
        this.data = data;
    }

    public EObject architecture() {
        return architecture;
    }

    public String architectureId() {
        return architectureId;
    }

    /** The architecture's body code, or null. */
    public String bodyCode() {
        if (architecture.eClass().getEStructuralFeature("bodyCode") == null) {
            return null;
        }
        String code = Models.string(architecture, "bodyCode");
        return code == null || code.isBlank() ? null : code;
    }

    public Optional<Body> body() {
        return Optional.ofNullable(bodyCode()).flatMap(c -> data.registry().find(c));
    }

    /** The day lateness is judged on (default: today, UTC). */
    public LocalDate asOf() {
        return asOf;
    }

    public ModelContext asOf(LocalDate day) {
        this.asOf = day;
        return this;
    }

    /** Resolves references to other architectures' elements (default: leaves them as they are). */
    public UnaryOperator<EObject> resolver() {
        return resolver;
    }

    public ModelContext resolver(UnaryOperator<EObject> r) {
        this.resolver = r;
        return this;
    }

    /** A value computed once per check and shared by the rules that need it (the RDF form, a conformance report). */
    @SuppressWarnings("unchecked")
    public <T> T shared(String key, Supplier<T> compute) {
        Object v = cache.get(key);
        if (v == null) {
            v = compute.get();
            cache.put(key, v);
        }
        return (T) v;
    }

    public ReferenceData data() {
        return data;
    }

    /** "the architecture A of body 01 (Thành phố Hà Nội)", for messages. */
    public String where() {
        String code = bodyCode();
        String of = code == null ? "which names no body" : "of body " + code + body().map(b -> " (" + b.fullNameVi() + ")").orElse("");
        return "in architecture " + architectureId + " " + of;
    }

    /** Reports a finding of {@code rule} on {@code object} (an element, relationship, view or diagram node) with its default severity. */
    public void report(Rule rule, EObject object, String message) {
        findings.add(new Finding(rule.id(), rule.defaultSeverity(), architectureId, bodyCode(), idOf(object), nameOf(object), message));
    }

    /** Reports a finding about the architecture as a whole, or about an object it lacks (named by {@code id}). */
    public void reportMissing(Rule rule, String id, String name, String message) {
        findings.add(new Finding(rule.id(), rule.defaultSeverity(), architectureId, bodyCode(), id, name, message));
    }

    public List<Finding> findings() {
        return findings;
    }

    /** The object's id as stored (as in the imported file); for a reference to another architecture, its id there. */
    public static String idOf(EObject object) {
        if (object == null) {
            return null;
        }
        if (object.eIsProxy()) {
            String fragment = EcoreUtil.getURI(object).fragment();
            return fragment;
        }
        var f = object.eClass().getEStructuralFeature("id");
        Object id = f == null ? null : object.eGet(f);
        return id == null ? null : id.toString();
    }

    public static String nameOf(EObject object) {
        if (object == null) {
            return "";
        }
        var f = object.eClass().getEStructuralFeature("name");
        Object name = f == null ? null : object.eGet(f);
        return name == null ? "" : name.toString();
    }
}
