package vn.ndaf.interop.model;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToIntFunction;

import org.eclipse.emf.ecore.EObject;

import vn.ndaf.interop.ImportOptions;
import vn.ndaf.interop.ImportWarning;
import vn.ndaf.interop.io.Problems;
import vn.ndaf.metamodel.Models;
import vn.ndaf.metamodel.rules.RelationshipRules;
import vn.ndaf.metamodel.validation.Describe;
import vn.ndaf.metamodel.validation.Invariant;
import vn.ndaf.metamodel.validation.invariants.Invariants;

/** The steps every import ends with, whatever the format: national concepts, ndaf properties, the caller's settings. */
public final class ModelCompletion {

    private ModelCompletion() {
    }

    /**
     * Takes implied specializations off national concepts, moves ndaf: properties into attributes (warning
     * about those it cannot read), and applies the body, name and state the caller asked for.
     */
    public static void complete(EObject architecture, Problems problems, ImportOptions options, Function<String, EObject> byId) {
        Specializations.finish(architecture);
        for (EObject element : Models.<EObject>list(architecture, "elements")) {
            NationalConcepts.absorb(element, message -> problems.warn(0, message), byId);
        }
        NationalConcepts.absorb(architecture, message -> problems.warn(0, message), byId);
        dropFormatDefinitions(architecture);
        if (options.bodyCode() != null) {
            Models.set(architecture, "bodyCode", options.bodyCode());
        }
        if (options.name() != null) {
            Models.set(architecture, "name", options.name());
            Models.list(architecture, "nameVariants").clear();
        }
        if (options.state() != null) {
            try {
                Models.set(architecture, "state", options.state());
            } catch (IllegalArgumentException e) {
                throw problems.error(0, "the state '" + options.state() + "' is not one of baseline, transition, target");
            }
        }
    }

    /**
     * Removes the property definitions a file needed only for what ndaf read into attributes: ndaf: keys and
     * Archi's Specialization key, once no property refers to them. Definitions of the user's own keys stay,
     * used or not.
     */
    private static void dropFormatDefinitions(EObject architecture) {
        java.util.Set<EObject> used = new java.util.HashSet<>();
        for (java.util.Iterator<EObject> it = architecture.eAllContents(); it.hasNext();) {
            EObject o = it.next();
            if (Models.isA(o, "Property") && Models.get(o, "definition") != null) {
                used.add((EObject) Models.get(o, "definition"));
            }
        }
        Models.<EObject>list(architecture, "propertyDefinitions").removeIf(d -> {
            String name = Models.string(d, "name");
            return !used.contains(d) && name != null && (name.startsWith(NationalConcepts.PREFIX) || name.equals("Specialization"));
        });
    }

    /**
     * A relationship ArchiMate 3.2 does not allow between its ends: kept with a warning of kind
     * {@value ImportWarning#RELATIONSHIP_INVALID} (Archi opens such models and lists them in its validator as
     * invalid relations), or refused in a strict import.
     */
    public static void checkAllowed(EObject relationship, int line, Problems problems) {
        String reason = notAllowed(relationship);
        if (reason != null) {
            problems.tolerate(line, ImportWarning.RELATIONSHIP_INVALID, reason);
        }
    }

    /** Why ArchiMate 3.2 does not allow the relationship between its ends (naming it, its ends and their types), or null when it does. */
    public static String notAllowed(EObject relationship) {
        EObject source = (EObject) Models.get(relationship, "source");
        EObject target = (EObject) Models.get(relationship, "target");
        if (source == null || target == null || RelationshipRules.get().allows(relationship.eClass(), source.eClass(), target.eClass())) {
            return null;
        }
        List<String> allowed = RelationshipRules.get().allowed(RelationshipRules.tableType(source.eClass()), RelationshipRules.tableType(target.eClass()))
                .stream().map(k -> k.className().replace("Relationship", "")).sorted().toList();
        String type = ArchimateTypes.typeOf(relationship.eClass()).replace("Relationship", "");
        return "relationship '" + Models.id(relationship) + "' (" + type + " from " + Describe.of(source) + " to " + Describe.of(target)
                + ") is not allowed by ArchiMate 3.2; between these types only " + (allowed.isEmpty() ? "no relationship" : String.join(", ", allowed))
                + " is allowed";
    }

    /**
     * What Archi opens without complaint although ArchiMate or good practice says otherwise, apart from the
     * relationship table (checked where relationships are read): unknown viewpoints ({@value ImportWarning#VIEWPOINT_UNKNOWN}), junctions joining relationships of
     * different types ({@value ImportWarning#JUNCTION_MIXED}; Archi's validator reports them, ArchiMate 3.2
     * section 5.5.1) and elements and views without a name ({@value ImportWarning#NAME_EMPTY}). Each is a
     * warning at its line, or an error in a strict import.
     */
    public static void checkTolerated(EObject architecture, Problems problems, ToIntFunction<EObject> lineOf) {
        Invariant sameType = Invariants.all().stream().filter(i -> i.id().equals(JUNCTION_RULE)).findFirst().orElse(null);
        for (EObject element : Models.<EObject>list(architecture, "elements")) {
            if (Models.isA(element, "Junction")) {
                if (sameType != null && sameType.appliesTo(element)) {
                    List<String> found = new ArrayList<>();
                    sameType.check(element, p -> found.add(p.message()));
                    for (String message : found) {
                        problems.tolerate(lineOf.applyAsInt(element), ImportWarning.JUNCTION_MIXED, stripAdvice(message));
                    }
                }
            } else if (isBlank(Models.string(element, "name"))) {
                problems.tolerate(lineOf.applyAsInt(element), ImportWarning.NAME_EMPTY, Describe.of(element) + " has no name");
            }
        }
        for (EObject view : Models.<EObject>list(architecture, "views")) {
            String viewpoint = Models.isA(view, "ArchimateView") ? Models.string(view, "viewpoint") : null;
            if (viewpoint != null && !viewpoint.isEmpty() && !Viewpoints.isArchiId(viewpoint)) {
                // Archi keeps the value and shows the view without a viewpoint
                problems.tolerate(lineOf.applyAsInt(view), ImportWarning.VIEWPOINT_UNKNOWN, "view '" + Models.id(view) + "' has the viewpoint '" + viewpoint
                        + "', which is not one of ArchiMate's viewpoints as Archi knows them");
            }
            if (isBlank(Models.string(view, "name"))) {
                problems.tolerate(lineOf.applyAsInt(view), ImportWarning.NAME_EMPTY, "view '" + Models.id(view) + "' has no name");
            }
        }
    }

    private static final String JUNCTION_RULE = "ndaf.junction.sameType";

    private static String stripAdvice(String message) {
        int split = message.indexOf(" Split it");
        String s = split < 0 ? message : message.substring(0, split);
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
