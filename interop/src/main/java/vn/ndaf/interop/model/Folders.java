package vn.ndaf.interop.model;

import java.util.List;

import org.eclipse.emf.ecore.EObject;

import vn.ndaf.metamodel.Models;

/**
 * Archi's top-level folders: one per kind, in Archi's order, with their English default names, and which
 * kind of folder each concept or view belongs in.
 */
public final class Folders {

    /** The top-level folder kinds (FolderType literals) in the order Archi creates them. */
    public static final List<String> TOP_LEVEL = List.of("strategy", "business", "application", "technology", "motivation",
            "implementation_migration", "other", "relations", "diagrams");

    private Folders() {
    }

    /** Archi's English default name of a top-level folder kind. */
    public static String defaultName(String kind) {
        return switch (kind) {
        case "strategy" -> "Strategy";
        case "business" -> "Business";
        case "application" -> "Application";
        case "technology" -> "Technology & Physical";
        case "motivation" -> "Motivation";
        case "implementation_migration" -> "Implementation & Migration";
        case "other" -> "Other";
        case "relations" -> "Relations";
        case "diagrams" -> "Views";
        default -> throw new IllegalArgumentException("'" + kind + "' is not a top-level folder kind");
        };
    }

    /** The top-level folder kind whose default name is {@code name} (exact match), or null. */
    public static String kindOfDefaultName(String name) {
        for (String kind : TOP_LEVEL) {
            if (defaultName(kind).equals(name)) {
                return kind;
            }
        }
        return null;
    }

    /** The kind of top-level folder Archi files an element, relationship or view under. */
    public static String kindFor(EObject object) {
        if (Models.isA(object, "View")) {
            return "diagrams";
        }
        if (Models.isA(object, "Relationship")) {
            return "relations";
        }
        String layer = ArchimateTypes.layerOf(object.eClass());
        if (layer == null) {
            return "other";
        }
        return switch (layer) {
        case "strategy", "business", "application", "technology", "motivation", "implementation_migration" -> layer;
        case "physical" -> "technology";
        default -> "other";
        };
    }
}
