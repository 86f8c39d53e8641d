package vn.ndaf.metamodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;

import vn.ndaf.metamodel.validation.ModelValidator;

/**
 * Each construct the ArchiSurance case (Archi's Archisurance.archimate, model version 5.0.0) uses, written
 * by hand with the metamodel: typed and nested folders, properties on model and folders, the element types
 * and relationship kinds it has (read access among them), views with viewpoints, groups nesting element
 * nodes, view references, connections with bendpoints, fill colours, fonts, text alignment and the
 * alternate figure. The interop tests read the real file.
 */
class ArchisuranceConstructsTest {

    private final NdafMetamodel mm = NdafMetamodel.get();

    private EObject create(String type, String id) {
        EObject o = mm.create(type);
        Models.set(o, "id", id);
        return o;
    }

    private EObject node(String type, String id, int x, int y, int w, int h) {
        EObject n = create(type, id);
        EObject b = mm.create("Bounds");
        Models.set(b, "x", x);
        Models.set(b, "y", y);
        Models.set(b, "width", w);
        Models.set(b, "height", h);
        Models.set(n, "bounds", b);
        return n;
    }

    EObject archisuranceLike() {
        EObject a = Models.architecture("11f5304f", "Archisurance");
        Models.set(a, "purpose", "An example of a fictional Insurance company.\r\nSecond line.");
        Models.property(a, "Model property", "value");
        EObject customer = Models.element(a, "BusinessActor", "373", "Customer");
        EObject role = Models.element(a, "BusinessRole", "424", "Insurant");
        EObject handle = Models.element(a, "BusinessProcess", "556", "Handle Claim");
        EObject event = Models.element(a, "BusinessEvent", "650", "Request for Insurance");
        EObject policy = Models.element(a, "BusinessObject", "675", "Insurance Policy");
        EObject contract = Models.element(a, "Contract", "800", "Insurance Contract");
        EObject crm = Models.element(a, "ApplicationComponent", "1036", "CRM System");
        EObject service = Models.element(a, "ApplicationService", "1050", "Customer Administration Service");
        EObject unix = Models.element(a, "Node", "1085", "Unix Server Farm");
        Models.element(a, "Principle", "p1", "Reuse before buy");
        Models.relationship(a, "AssignmentRelationship", "r1", customer, role);
        Models.relationship(a, "TriggeringRelationship", "r2", event, handle);
        EObject access = Models.relationship(a, "AccessRelationship", "r3", handle, policy);
        Models.set(access, "accessType", "read");
        EObject serving = Models.relationship(a, "ServingRelationship", "r4", service, handle);
        Models.relationship(a, "RealizationRelationship", "r5", crm, service);
        Models.relationship(a, "SpecializationRelationship", "r6", contract, policy);
        Models.relationship(a, "AssociationRelationship", "r7", role, contract);
        Models.relationship(a, "AggregationRelationship", "r8", unix, unix);

        EObject business = create("Folder", "8c90fdfa");
        Models.set(business, "name", "Business");
        Models.set(business, "type", "business");
        EObject actors = create("Folder", "f-actors");
        Models.set(actors, "name", "Actors");
        Models.property(actors, "F1", "folder property");
        Models.list(actors, "members").addAll(List.of(customer, role));
        Models.list(business, "folders").add(actors);
        Models.list(a, "folders").add(business);

        EObject layered = create("ArchimateView", "4056");
        Models.set(layered, "name", "Layered View");
        Models.set(layered, "viewpoint", "layered");
        EObject other = create("ArchimateView", "4165");
        Models.set(other, "name", "Business Process View");
        Models.set(other, "viewpoint", "business_process_cooperation");
        EObject group = node("GroupNode", "g1", 12, 12, 600, 200);
        Models.set(group, "name", "External Roles and Actors");
        Models.set(group, "textAlignment", 1);
        Models.set(group, "fillColor", "#d2d7d7");
        EObject customerNode = node("ElementNode", "n1", 24, 36, 120, 55);
        Models.set(customerNode, "element", customer);
        Models.set(customerNode, "fillColor", "#ffffb5");
        Models.set(customerNode, "font", "1|Arial|8.0|0|WINDOWS|1|0|0|0|0|0|0|0|0|1|0|0|0|0|Arial");
        EObject roleNode = node("ElementNode", "n2", 228, 36, 120, 55);
        Models.set(roleNode, "element", role);
        Models.set(roleNode, "figureType", 1);
        Models.list(group, "children").addAll(List.of(customerNode, roleNode));
        EObject handleNode = node("ElementNode", "n3", 24, 300, 120, 55);
        Models.set(handleNode, "element", handle);
        EObject serviceNode = node("ElementNode", "n4", 300, 300, 120, 55);
        Models.set(serviceNode, "element", service);
        EObject reference = node("ViewReferenceNode", "n5", 700, 12, 145, 55);
        Models.set(reference, "view", other);
        Models.list(layered, "children").addAll(List.of(group, handleNode, serviceNode, reference));
        EObject assignment = create("Connection", "c1");
        Models.set(assignment, "source", customerNode);
        Models.set(assignment, "target", roleNode);
        Models.set(assignment, "relationship", Models.<EObject>list(a, "relationships").get(0));
        EObject serves = create("Connection", "c2");
        Models.set(serves, "source", serviceNode);
        Models.set(serves, "target", handleNode);
        Models.set(serves, "relationship", serving);
        EObject bendpoint = mm.create("Bendpoint");
        Models.set(bendpoint, "startY", -249);
        Models.set(bendpoint, "endX", -331);
        Models.list(serves, "bendpoints").add(bendpoint);
        Models.list(layered, "connections").addAll(List.of(assignment, serves));
        Models.list(a, "views").addAll(List.of(layered, other));
        EObject views = create("Folder", "f-views");
        Models.set(views, "type", "diagrams");
        Models.list(views, "members").addAll(List.of(layered, other));
        Models.list(a, "folders").add(views);
        return a;
    }

    @Test
    void archisuranceConstructs_SurviveXmi_AndValidate() {
        EObject model = archisuranceLike();
        assertThat(ModelValidator.get().errors(model)).isEmpty();
        EObject loaded = ModelFiles.fromBytes(ModelFiles.toBytes(model));
        assertThat(ModelDifferences.between(model, loaded)).isEmpty();
        EObject access = Models.<EObject>list(loaded, "relationships").get(2);
        assertThat(Models.get(access, "accessType").toString()).isEqualTo("read");
        assertThat(Models.string(loaded, "purpose")).contains("\r\n");
    }
}
