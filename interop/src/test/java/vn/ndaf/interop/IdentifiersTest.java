package vn.ndaf.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;

import vn.ndaf.metamodel.Models;
import vn.ndaf.metamodel.NdafMetamodel;

/** Ids that are not xs:IDs get a deterministic identifier in exchange files; the original comes back on import. */
class IdentifiersTest {

    private static EObject model() {
        EObject a = Models.architecture("42", "Ids");
        EObject x = Models.element(a, "BusinessActor", "3657", "Numeric");
        EObject y = Models.element(a, "BusinessRole", "with space", "Spaced");
        Models.element(a, "BusinessRole", "id-3657", "Clashes with the derived id of 3657");
        EObject r = Models.relationship(a, "AssignmentRelationship", "urn:rel:1", x, y);
        EObject view = NdafMetamodel.get().create("ArchimateView");
        Models.set(view, "id", "7");
        Models.list(a, "views").add(view);
        EObject nx = node("8", x, 10, 10);
        EObject ny = node("9 9", y, 200, 10);
        Models.list(view, "children").add(nx);
        Models.list(view, "children").add(ny);
        EObject c = NdafMetamodel.get().create("Connection");
        Models.set(c, "id", "10");
        Models.set(c, "source", nx);
        Models.set(c, "target", ny);
        Models.set(c, "relationship", r);
        Models.list(view, "connections").add(c);
        EObject folder = NdafMetamodel.get().create("Folder");
        Models.set(folder, "id", "11");
        Models.set(folder, "name", "Business");
        Models.set(folder, "type", "business");
        Models.<EObject>list(folder, "members").add(x);
        Models.list(a, "folders").add(folder);
        return a;
    }

    private static EObject node(String id, EObject element, int x, int y) {
        EObject n = NdafMetamodel.get().create("ElementNode");
        Models.set(n, "id", id);
        Models.set(n, "element", element);
        EObject b = NdafMetamodel.get().create("Bounds");
        Models.set(b, "x", x);
        Models.set(b, "y", y);
        Models.set(b, "width", 120);
        Models.set(b, "height", 55);
        Models.set(n, "bounds", b);
        return n;
    }

    @Test
    void exchangeExport_DerivesValidIdentifiersAndReimportRestoresTheOriginals() {
        EObject original = model();
        byte[] xml = Trips.write(original, Format.EXCHANGE);
        String text = new String(xml, StandardCharsets.UTF_8);

        assertThat(ExchangeSchemas.errorsWithExtension(xml)).isEmpty();
        assertThat(text).contains("identifier=\"id-3657-2\"").contains("identifier=\"id-with_space\"").contains("identifier=\"id-urn_rel_1\"")
                .contains("identifier=\"id-9_9\" xsi:type=\"Element\"").contains("ndaf:sourceId=\"9 9\"").contains("<value>3657</value>");
        EObject again = Trips.read(xml, "ids.xml");
        assertThat(ModelComparison.differences(original, again)).isEmpty();
    }

    @Test
    void standardOnlyExport_KeepsConceptAndViewIdsThroughProperties() {
        EObject again = Trips.read(Trips.write(model(), Format.EXCHANGE, ExportOptions.standard()), "ids.xml");
        assertThat(Models.<EObject>list(again, "elements")).extracting(Models::id).containsExactly("3657", "with space", "id-3657");
        assertThat(Models.<EObject>list(again, "views")).extracting(Models::id).containsExactly("7");
        assertThat(Models.id(again)).isEqualTo("42");
    }
}
