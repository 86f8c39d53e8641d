package vn.ndaf.interop.archi;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;

import vn.ndaf.interop.io.XmlElement;
import vn.ndaf.interop.model.ArchimateTypes;
import vn.ndaf.interop.model.LangTexts;
import vn.ndaf.interop.model.Specializations;
import vn.ndaf.metamodel.Models;
import vn.ndaf.metamodel.NdafMetamodel;

/** Reads Archi's folders and the concepts and views filed in them. */
final class ArchiFolderReader {

    private static final Set<String> FOLDER_ATTRIBUTES = Set.of("name", "id", "type");
    private static final Set<String> FOLDER_CHILDREN = Set.of("feature", "folder", "documentation", "property", "element");
    private static final Set<String> CONCEPT_ATTRIBUTES = Set.of("name", "id", "profiles", "source", "target", "accessType", "strength", "directed",
            "type");
    private static final Set<String> CONCEPT_CHILDREN = Set.of("feature", "documentation", "property");
    private static final Set<String> FOLDER_TYPES = Set.of("user", "strategy", "business", "application", "technology", "motivation",
            "implementation_migration", "other", "relations", "diagrams");
    private static final List<String> ACCESS_TYPES = List.of("write", "read", "access", "readwrite");

    private final ArchiContext ctx;
    private final Map<String, EObject> profiles;

    ArchiFolderReader(ArchiContext ctx, Map<String, EObject> profiles) {
        this.ctx = ctx;
        this.profiles = profiles;
    }

    void folder(XmlElement f, EObject parent) {
        ctx.unknowns(f, FOLDER_ATTRIBUTES, FOLDER_CHILDREN);
        EObject folder = NdafMetamodel.get().create("Folder");
        Models.list(parent, "folders").add(folder);
        ctx.register(f, folder);
        Models.set(folder, "name", LangTexts.emptyToNull(f.attr("name")));
        String type = f.attr("type");
        if (type != null) {
            if (FOLDER_TYPES.contains(type)) {
                Models.set(folder, "type", type);
            } else if (ArchiCompatibility.LEGACY_FOLDER_TYPES.contains(type) && parent == ctx.architecture) {
                ctx.legacyFolders.put(folder, type);
            } else {
                ctx.problems.warn(f, "folder '" + f.attr("id") + "' has the unknown type '" + type + "'; it is read as a user folder, as Archi does");
            }
        }
        ctx.common(f, folder);
        for (XmlElement c : f.children()) {
            if (c.localName().equals("folder")) {
                folder(c, folder);
            } else if (c.localName().equals("element")) {
                Models.<EObject>list(folder, "members").add(member(c));
            }
        }
    }

    private EObject member(XmlElement e) {
        String type = ArchiContext.type(e);
        if (type == null) {
            throw ctx.problems.error(e, "<element" + (e.attr("id") == null ? "" : " id=\"" + e.attr("id") + "\"") + "> has no xsi:type");
        }
        String viewClass = ArchiNames.VIEW_CLASSES.get(type);
        if (viewClass != null) {
            return new ArchiViewReader(ctx).view(e, viewClass);
        }
        String archiName = type.startsWith("archimate:") ? ArchimateTypes.currentArchiName(type.substring("archimate:".length())) : null;
        EClass elementClass = archiName == null ? null : ArchimateTypes.element(archiName);
        EClass relationshipClass = archiName == null ? null : ArchimateTypes.relationship(archiName);
        if (elementClass == null && relationshipClass == null) {
            throw ctx.problems.error(e, "element '" + e.attr("id") + "' has the type '" + type + "', which is not an ArchiMate element, relationship or view type");
        }
        ctx.unknowns(e, CONCEPT_ATTRIBUTES, CONCEPT_CHILDREN);
        List<EObject> own = profilesOf(e);
        EClass eClass = elementClass != null ? Specializations.elementClass(archiName, own.isEmpty() ? null : own.get(0)) : relationshipClass;
        EObject concept = NdafMetamodel.get().ePackage().getEFactoryInstance().create(eClass);
        ctx.register(e, concept);
        Models.set(concept, "name", LangTexts.emptyToNull(e.attr("name")));
        Models.<EObject>list(concept, "profiles").addAll(own);
        ctx.common(e, concept);
        if (elementClass != null) {
            if (Models.isA(concept, "Junction") && ("or".equals(e.attr("type")) || type.endsWith(":OrJunction"))) {
                Models.set(concept, "type", "or");
            }
            Models.list(ctx.architecture, "elements").add(concept);
        } else {
            relationship(e, concept);
            Models.list(ctx.architecture, "relationships").add(concept);
        }
        return concept;
    }

    private void relationship(XmlElement e, EObject r) {
        ctx.later(r, "source", e.attr("source"), "Concept", e);
        ctx.later(r, "target", e.attr("target"), "Concept", e);
        if (e.attr("source") == null || e.attr("target") == null) {
            throw ctx.problems.error(e, "relationship '" + e.attr("id") + "' has no " + (e.attr("source") == null ? "source" : "target"));
        }
        if (Models.isA(r, "AccessRelationship")) {
            Integer access = ctx.intAttr(e, "accessType");
            if (access != null && (access < 0 || access > 3)) {
                ctx.problems.warn(e, "relationship '" + e.attr("id") + "' has the unknown accessType " + access + "; the default (write) is used, as Archi does");
            } else if (access != null) {
                Models.set(r, "accessType", ACCESS_TYPES.get(access));
            }
        } else if (Models.isA(r, "InfluenceRelationship")) {
            Models.set(r, "strength", LangTexts.emptyToNull(e.attr("strength")));
        } else if (Models.isA(r, "AssociationRelationship")) {
            Models.set(r, "directed", "true".equalsIgnoreCase(e.attr("directed")));
        }
        ctx.relationships.add(new ArchiContext.Located(r, e.line()));
    }

    private List<EObject> profilesOf(XmlElement e) {
        List<EObject> list = new ArrayList<>();
        String ids = e.attr("profiles");
        if (ids == null) {
            return list;
        }
        for (String id : ids.trim().split("\\s+")) {
            EObject p = profiles.get(id);
            if (p == null) {
                throw ctx.problems.error(e, "element '" + e.attr("id") + "' refers to the specialization '" + id + "', which the file does not define");
            }
            list.add(p);
        }
        return list;
    }
}
