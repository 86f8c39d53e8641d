package vn.ndaf.analysis.rules.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;

import vn.ndaf.metamodel.Models;

/** The parts of an architecture Archi's checks look at, collected as Archi's validator collects them. */
final class ModelParts {

    private ModelParts() {
    }

    static List<EObject> elements(EObject architecture) {
        return Models.list(architecture, "elements");
    }

    static List<EObject> relationships(EObject architecture) {
        return Models.list(architecture, "relationships");
    }

    /** ArchiMate views only: sketches and canvases are not checked (Archi's validator takes IArchimateDiagramModel). */
    static List<EObject> archimateViews(EObject architecture) {
        return Models.<EObject>list(architecture, "views").stream().filter(v -> Models.isA(v, "ArchimateView")).toList();
    }

    /** Every diagram node and connection of every view, at any depth. */
    static List<EObject> diagramContents(EObject architecture) {
        List<EObject> all = new ArrayList<>();
        for (EObject view : Models.<EObject>list(architecture, "views")) {
            view.eAllContents().forEachRemaining(all::add);
        }
        return all;
    }

    /** The concepts some view shows: elements of element nodes, relationships of connections. */
    static Set<EObject> shown(EObject architecture) {
        Set<EObject> shown = new HashSet<>();
        for (EObject o : diagramContents(architecture)) {
            if (Models.isA(o, "ElementNode")) {
                Object e = Models.get(o, "element");
                if (e != null) {
                    shown.add((EObject) e);
                }
            } else if (Models.isA(o, "Connection")) {
                Object r = Models.get(o, "relationship");
                if (r != null) {
                    shown.add((EObject) r);
                }
            }
        }
        return shown;
    }

    static EObject end(EObject relationship, String feature) {
        return (EObject) relationship.eGet(relationship.eClass().getEStructuralFeature(feature), false);
    }
}
