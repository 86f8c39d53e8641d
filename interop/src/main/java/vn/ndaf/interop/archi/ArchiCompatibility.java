package vn.ndaf.interop.archi;

import java.util.Set;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;

import vn.ndaf.interop.io.Problems;
import vn.ndaf.interop.model.ArchimateTypes;
import vn.ndaf.metamodel.Models;
import vn.ndaf.metamodel.NdafMetamodel;

/**
 * What Archi does to files of older model versions when it opens them, so that diagrams look as they did:
 * the figure swap of ArchiMate 3.2 (before 5.0.0), the outline opacity of 4.0.1 and 4.4.0, the left
 * alignment of groups before 4.4.0, and default sizes before 3.0.0.
 */
final class ArchiCompatibility {

    /** Element types whose default figure ArchiMate 3.2 swapped (Archi's Archimate32Handler). */
    private static final Set<String> SWAPPED_FIGURES = Set.of("Grouping", "BusinessObject", "Contract", "Representation", "Product", "DataObject",
            "Meaning", "Value", "Deliverable", "ApplicationComponent", "Artifact", "Device", "Node");

    /** The top-level folder types of ArchiMate 2 models that Archi's converter changes. */
    static final Set<String> LEGACY_FOLDER_TYPES = Set.of("connectors", "derived");

    private ArchiCompatibility() {
    }

    /**
     * What Archi's ArchiMate 2 to 3 converter does to models before version 4.0.0, apart from the type names
     * ({@link ArchimateTypes#currentArchiName}) and the {@code relationship} attribute (read as
     * {@code archimateRelationship}): the Connectors folder becomes the Other folder, the Derived folder's
     * content moves to the Relations folder, Location elements move to the Other folder, Value and Meaning to
     * the Motivation folder.
     */
    static void archimate2(EObject architecture, String version, java.util.Map<EObject, String> legacyFolders) {
        if (compare(parse(version), 4, 0, 0) >= 0 && legacyFolders.isEmpty()) {
            return;
        }
        for (java.util.Map.Entry<EObject, String> f : legacyFolders.entrySet()) {
            EObject folder = f.getKey();
            if (f.getValue().equals("connectors")) {
                Models.set(folder, "type", "other");
                Models.set(folder, "name", "Other");
            }
        }
        EObject relations = topFolder(architecture, "relations");
        for (java.util.Map.Entry<EObject, String> f : legacyFolders.entrySet()) {
            if (f.getValue().equals("derived") && relations != null) {
                EObject derived = f.getKey();
                Models.<EObject>list(relations, "members").addAll(Models.<EObject>list(derived, "members"));
                Models.<EObject>list(relations, "folders").addAll(Models.<EObject>list(derived, "folders"));
                Models.list(architecture, "folders").remove(derived);
            }
        }
        if (compare(parse(version), 4, 0, 0) >= 0) {
            return;
        }
        EObject other = topFolder(architecture, "other");
        EObject motivation = topFolder(architecture, "motivation");
        for (EObject element : Models.<EObject>list(architecture, "elements")) {
            EObject to = Models.isA(element, "Location") ? other : Models.isA(element, "Value") || Models.isA(element, "Meaning") ? motivation : null;
            if (to != null) {
                removeFromFolders(architecture, element);
                Models.<EObject>list(to, "members").add(element);
            }
        }
    }

    private static EObject topFolder(EObject architecture, String type) {
        for (EObject f : Models.<EObject>list(architecture, "folders")) {
            if (type.equals(Models.string(f, "type"))) {
                return f;
            }
        }
        return null;
    }

    private static void removeFromFolders(EObject holder, EObject member) {
        for (EObject f : Models.<EObject>list(holder, "folders")) {
            Models.<EObject>list(f, "members").remove(member);
            removeFromFolders(f, member);
        }
    }

    static void apply(EObject architecture, String version, Problems problems) {
        int[] v = parse(version);
        if (v[0] > 5) {
            problems.warn(0, "the model was written by a later Archi (model version " + version + "); it is read as version 5");
        }
        if (compare(v, 5, 0, 0) >= 0) {
            return;
        }
        boolean outlineOpacity = compare(v, 4, 0, 1) == 0 || compare(v, 4, 4, 0) == 0;
        boolean leftGroups = compare(v, 4, 4, 0) < 0;
        boolean defaultSizes = compare(v, 3, 0, 0) < 0;
        for (EObject view : Models.<EObject>list(architecture, "views")) {
            for (TreeIterator<EObject> it = view.eAllContents(); it.hasNext();) {
                EObject o = it.next();
                if (!Models.isA(o, "DiagramObject")) {
                    if (Models.isA(o, "Connection")) {
                        it.prune();
                    }
                    continue;
                }
                swapFigure(o);
                if (outlineOpacity && Models.get(o, "alpha") != null) {
                    setFeature(o, "lineAlpha", Models.get(o, "alpha").toString());
                }
                if (leftGroups && isGroupLike(o) && (Models.get(o, "textAlignment") == null || (Integer) Models.get(o, "textAlignment") == 2)) {
                    Models.set(o, "textAlignment", 1);
                }
                if (defaultSizes) {
                    defaultSize(o);
                }
            }
        }
        if (defaultSizes) {
            problems.warn(0, "the model is older than Archi 3 (version " + version + "); figures without a size get Archi's default size 120 x 55");
        }
    }

    /** ArchiMate 3.2 made the former alternate figure the default for these types; Archi flips the flag to keep the look. */
    private static void swapFigure(EObject node) {
        if (!Models.isA(node, "ElementNode") || Models.get(node, "element") == null) {
            return;
        }
        String type = ArchimateTypes.typeOf(((EObject) Models.get(node, "element")).eClass());
        if (!SWAPPED_FIGURES.contains(type)) {
            return;
        }
        Integer figure = (Integer) Models.get(node, "figureType");
        int flipped = (figure == null ? 0 : figure) ^ 1;
        Models.set(node, "figureType", flipped == 0 ? null : flipped);
    }

    private static boolean isGroupLike(EObject o) {
        if (Models.isA(o, "GroupNode")) {
            return true;
        }
        return Models.isA(o, "ElementNode") && Models.get(o, "element") != null && Models.isA((EObject) Models.get(o, "element"), "Grouping");
    }

    private static void defaultSize(EObject o) {
        EObject b = (EObject) Models.get(o, "bounds");
        if (b == null || Models.isA(o, "ImageNode")) {
            return;
        }
        if ((Integer) Models.get(b, "width") == -1) {
            Models.set(b, "width", 120);
        }
        if ((Integer) Models.get(b, "height") == -1) {
            Models.set(b, "height", 55);
        }
    }

    private static void setFeature(EObject o, String name, String value) {
        for (EObject f : Models.<EObject>list(o, "features")) {
            if (name.equals(Models.string(f, "name"))) {
                Models.set(f, "value", value);
                return;
            }
        }
        EObject f = NdafMetamodel.get().create("Feature");
        Models.set(f, "name", name);
        Models.set(f, "value", value);
        Models.list(o, "features").add(f);
    }

    static int[] parse(String version) {
        int[] v = new int[3];
        if (version == null) {
            return v;
        }
        String[] parts = version.trim().split("\\.");
        for (int i = 0; i < Math.min(3, parts.length); i++) {
            try {
                v[i] = Integer.parseInt(parts[i].replaceAll("\\D.*", ""));
            } catch (NumberFormatException e) {
                v[i] = 0;
            }
        }
        return v;
    }

    private static int compare(int[] v, int major, int minor, int micro) {
        int c = Integer.compare(v[0], major);
        if (c == 0) {
            c = Integer.compare(v[1], minor);
        }
        return c == 0 ? Integer.compare(v[2], micro) : c;
    }
}
