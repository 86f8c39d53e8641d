package vn.ndaf.interop.model;

import java.util.List;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;

import vn.ndaf.interop.ImportOptions;
import vn.ndaf.interop.io.Problems;
import vn.ndaf.metamodel.Models;
import vn.ndaf.metamodel.rules.RelationshipRules;
import vn.ndaf.metamodel.validation.Describe;

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

    /** Fails when ArchiMate 3.2 does not allow the relationship between its ends. */
    public static void checkAllowed(EObject relationship, int line, Problems problems) {
        EObject source = (EObject) Models.get(relationship, "source");
        EObject target = (EObject) Models.get(relationship, "target");
        if (!RelationshipRules.get().allows(relationship.eClass(), source.eClass(), target.eClass())) {
            List<String> allowed = RelationshipRules.get().allowed(RelationshipRules.tableType(source.eClass()), RelationshipRules.tableType(target.eClass()))
                    .stream().map(k -> k.className().replace("Relationship", "")).sorted().toList();
            String type = ArchimateTypes.typeOf(relationship.eClass()).replace("Relationship", "");
            throw problems.error(line, "relationship '" + Models.id(relationship) + "' (" + type + " from " + Describe.of(source) + " to "
                    + Describe.of(target) + ") is not allowed by ArchiMate 3.2; between these types only "
                    + (allowed.isEmpty() ? "no relationship" : String.join(", ", allowed)) + " is allowed");
        }
    }
}
