package vn.ndaf.metamodel.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EObjectValidator;

import vn.ndaf.metamodel.NdafMetamodel;
import vn.ndaf.metamodel.validation.invariants.Invariants;

/**
 * EMF validation of ndaf models: EMF's own structural checks (multiplicities, enum values, dangling
 * references) plus the metamodel's invariants ({@link Invariants}), each reported with its rule id and a
 * message a person can act on. Registered as the EValidator of the ndaf package, so EMF's
 * {@link Diagnostician} runs it too.
 */
public final class ModelValidator extends EObjectValidator {

    public static final String SOURCE = "vn.ndaf.metamodel";
    private static final ModelValidator INSTANCE = new ModelValidator();

    static {
        EValidator.Registry.INSTANCE.put(NdafMetamodel.get().ePackage(), INSTANCE);
    }

    private ModelValidator() {
    }

    public static ModelValidator get() {
        return INSTANCE;
    }

    /** Validates the object and everything it contains; returns every problem found. */
    public List<Problem> validate(EObject root) {
        List<Problem> problems = new ArrayList<>();
        ValidationContext context = new ValidationContext();
        collect(root, problems, context);
        for (TreeIterator<EObject> it = root.eAllContents(); it.hasNext();) {
            collect(it.next(), problems, context);
        }
        return problems;
    }

    /**
     * The metamodel's invariants only ({@link Invariants}), without EMF's structural checks: what every write
     * of the store checks. One pass over the model; invariants share what the pass works out once.
     */
    public List<Problem> invariants(EObject root) {
        List<Problem> problems = new ArrayList<>();
        ValidationContext context = new ValidationContext();
        checkInvariants(root, context, problems);
        for (TreeIterator<EObject> it = root.eAllContents(); it.hasNext();) {
            checkInvariants(it.next(), context, problems);
        }
        return problems;
    }

    /** Whether the problem is one the store keeps and reports as a warning ({@link Invariant#tolerated}). */
    public static boolean tolerated(Problem problem) {
        return problem.severity() == Problem.Severity.WARNING || Invariants.byId(problem.rule()).map(Invariant::tolerated).orElse(false);
    }

    private static void checkInvariants(EObject object, ValidationContext context, List<Problem> problems) {
        for (Invariant invariant : Invariants.all()) {
            if (invariant.appliesTo(object)) {
                invariant.check(object, context, problems::add);
            }
        }
    }

    /** The errors only. */
    public List<Problem> errors(EObject root) {
        return validate(root).stream().filter(p -> p.severity() == Problem.Severity.ERROR).toList();
    }

    private void collect(EObject object, List<Problem> problems, ValidationContext context) {
        BasicDiagnostic emf = new BasicDiagnostic();
        super.validate(object.eClass(), object, emf, new java.util.HashMap<>());
        for (Diagnostic d : emf.getChildren()) {
            problems.add(new Problem("emf." + d.getCode(), d.getSeverity() >= Diagnostic.ERROR ? Problem.Severity.ERROR : Problem.Severity.WARNING, object,
                    d.getMessage()));
        }
        checkInvariants(object, context, problems);
    }

    @Override
    public boolean validate(EClass eClass, EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
        boolean ok = super.validate(eClass, eObject, diagnostics, context);
        for (Invariant invariant : Invariants.all()) {
            if (!invariant.appliesTo(eObject)) {
                continue;
            }
            List<Problem> found = new ArrayList<>();
            invariant.check(eObject, found::add);
            for (Problem p : found) {
                ok = false;
                if (diagnostics != null) {
                    diagnostics.add(new BasicDiagnostic(p.severity() == Problem.Severity.ERROR ? Diagnostic.ERROR : Diagnostic.WARNING, SOURCE, 0,
                            "[" + p.rule() + "] " + p.message(), new Object[] { eObject }));
                }
            }
        }
        return ok;
    }

    /** Runs EMF's Diagnostician (which dispatches to this validator) on an object tree. */
    public static Diagnostic diagnose(EObject root) {
        get();
        return Diagnostician.INSTANCE.validate(root);
    }
}
