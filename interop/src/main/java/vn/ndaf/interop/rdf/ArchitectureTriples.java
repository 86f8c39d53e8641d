package vn.ndaf.interop.rdf;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

import vn.ndaf.interop.model.ArchiMateProjection;
import vn.ndaf.interop.model.ArchimateTypes;
import vn.ndaf.interop.model.ForeignReferences;
import vn.ndaf.interop.model.NationalConcepts;
import vn.ndaf.metamodel.Models;
import vn.ndaf.metamodel.NdafMetamodel;

/**
 * The triples of an architecture: the architecture, its elements (typed by ndaf class and ArchiMate type),
 * relationships (as nodes with source and target, and as one direct triple), views (with what they show),
 * names and documentation with their languages, user properties (as nodes and as direct triples) and the
 * national attributes.
 */
final class ArchitectureTriples {

    private final Model model;
    private final EObject architecture;
    private final String architectureId;
    private final ArchiMateProjection projection;

    ArchitectureTriples(Model model, EObject architecture) {
        this.model = model;
        this.architecture = architecture;
        this.architectureId = Models.id(architecture);
        this.projection = new ArchiMateProjection(architecture);
    }

    void add() {
        Resource a = model.createResource(NdafVocabulary.architectureIri(architectureId));
        a.addProperty(RDF.type, NdafVocabulary.ARCHITECTURE);
        common(a, architecture);
        for (EObject e : Models.<EObject>list(architecture, "elements")) {
            Resource r = resource(e);
            a.addProperty(NdafVocabulary.ELEMENT_OF, r);
            r.addProperty(RDF.type, NdafVocabulary.cls(e.eClass().getName()));
            String type = ArchimateTypes.typeOf(e.eClass());
            if (!type.equals(e.eClass().getName())) {
                r.addProperty(RDF.type, NdafVocabulary.cls(type));
            }
            r.addProperty(RDF.type, NdafVocabulary.ELEMENT);
            r.addProperty(NdafVocabulary.ARCHIMATE_TYPE, type);
            common(r, e);
            if (Models.isA(e, "Junction")) {
                r.addProperty(NdafVocabulary.prop("junctionType"), Models.string(e, "type"));
            }
        }
        for (EObject rel : Models.<EObject>list(architecture, "relationships")) {
            relationship(a, rel);
        }
        for (EObject v : Models.<EObject>list(architecture, "views")) {
            view(a, v);
        }
    }

    private void relationship(Resource a, EObject rel) {
        Resource r = resource(rel);
        a.addProperty(NdafVocabulary.RELATIONSHIP_OF, r);
        String type = ArchimateTypes.typeOf(rel.eClass());
        r.addProperty(RDF.type, NdafVocabulary.cls(type));
        r.addProperty(RDF.type, NdafVocabulary.RELATIONSHIP);
        r.addProperty(NdafVocabulary.ARCHIMATE_TYPE, type);
        Resource source = resource((EObject) Models.get(rel, "source"));
        Resource target = resource((EObject) Models.get(rel, "target"));
        r.addProperty(NdafVocabulary.SOURCE, source);
        r.addProperty(NdafVocabulary.TARGET, target);
        source.addProperty(NdafVocabulary.direct(type), target);
        common(r, rel);
        if (Models.isA(rel, "AccessRelationship")) {
            r.addProperty(NdafVocabulary.prop("accessType"), Models.string(rel, "accessType"));
        } else if (Models.isA(rel, "InfluenceRelationship") && Models.string(rel, "strength") != null) {
            r.addProperty(NdafVocabulary.prop("strength"), Models.string(rel, "strength"));
        } else if (Models.isA(rel, "AssociationRelationship")) {
            r.addLiteral(NdafVocabulary.prop("directed"), Literals.of(model, Models.get(rel, "directed")));
        }
    }

    private void view(Resource a, EObject v) {
        Resource r = resource(v);
        a.addProperty(NdafVocabulary.VIEW_OF, r);
        r.addProperty(RDF.type, NdafVocabulary.cls(v.eClass().getName()));
        r.addProperty(RDF.type, NdafVocabulary.VIEW);
        common(r, v);
        if (Literals.string(v, "viewpoint") != null) {
            r.addProperty(NdafVocabulary.VIEWPOINT, Models.string(v, "viewpoint"));
        }
        Set<EObject> shown = new LinkedHashSet<>();
        for (TreeIterator<EObject> it = v.eAllContents(); it.hasNext();) {
            EObject o = it.next();
            if (Models.isA(o, "ElementNode") && Models.get(o, "element") != null) {
                shown.add((EObject) Models.get(o, "element"));
            } else if (Models.isA(o, "Connection") && Models.get(o, "relationship") != null) {
                shown.add((EObject) Models.get(o, "relationship"));
            }
        }
        for (EObject concept : shown) {
            r.addProperty(NdafVocabulary.SHOWS, resource(concept));
        }
    }

    /** Identifier, names, documentation, specializations, user properties and ndaf attributes. */
    private void common(Resource r, EObject o) {
        r.addProperty(NdafVocabulary.IDENTIFIER, Models.id(o));
        Literals.texts(model, r, RDFS.label, o, "name", "nameVariants");
        Literals.texts(model, r, RDFS.comment, o, "documentation", "documentationVariants");
        if (Models.isA(o, "Concept")) {
            for (EObject p : projection.profilesOf(o)) {
                r.addProperty(NdafVocabulary.SPECIALIZATION, Models.string(p, "name"));
            }
        }
        for (EObject p : Models.<EObject>list(o, "properties")) {
            String key = Models.string(p, "key");
            String value = Models.string(p, "value");
            Resource node = model.createResource();
            node.addProperty(RDF.type, NdafVocabulary.PROPERTY_VALUE);
            node.addProperty(NdafVocabulary.KEY, key == null ? "" : key);
            Literals.texts(model, node, NdafVocabulary.VALUE, p, "value", "valueVariants");
            r.addProperty(NdafVocabulary.HAS_PROPERTY, node);
            if (value != null) {
                r.addProperty(NdafVocabulary.userKey(key), value);
            }
        }
        nationalAttributes(r, o);
    }

    private void nationalAttributes(Resource r, EObject o) {
        for (EStructuralFeature f : NationalConcepts.bindings(o.eClass())) {
            boolean always = NationalConcepts.isNational(f.getEContainingClass());
            if (!always && !o.eIsSet(f)) {
                continue;
            }
            String key = NdafMetamodel.get().propertyKey(f).substring(NationalConcepts.PREFIX.length());
            Object value = o.eGet(f);
            List<?> values = value == null ? List.of() : f.isMany() ? (List<?>) value : List.of(value);
            for (Object v : values) {
                if (f instanceof EReference) {
                    r.addProperty(NdafVocabulary.prop(key), resource((EObject) v));
                } else {
                    r.addLiteral(NdafVocabulary.prop(key), Literals.of(model, v));
                }
            }
        }
    }

    /** The IRI of an object; an object of another architecture (a proxy) gets that architecture's IRI for it. */
    private Resource resource(EObject o) {
        if (o.eIsProxy()) {
            String[] target = ForeignReferences.target(o);
            if (target != null) {
                return model.createResource(NdafVocabulary.objectIri(target[0], target[1]));
            }
        }
        return model.createResource(NdafVocabulary.objectIri(architectureId, Models.id(o)));
    }
}
