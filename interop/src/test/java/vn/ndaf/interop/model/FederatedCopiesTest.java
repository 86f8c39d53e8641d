package vn.ndaf.interop.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

import vn.ndaf.interop.ExportOptions;
import vn.ndaf.interop.Format;
import vn.ndaf.interop.ImportException;
import vn.ndaf.interop.ImportOptions;
import vn.ndaf.interop.ModelExporter;
import vn.ndaf.interop.ModelImporter;
import vn.ndaf.metamodel.ModelDifferences;
import vn.ndaf.metamodel.Models;
import vn.ndaf.metamodel.NdafMetamodel;

/** Copies of other architectures' objects out to one-model formats and back to references. */
class FederatedCopiesTest {

    /** The owning model, as the store would load it. */
    private static EObject national() {
        EObject n = Models.architecture("national", "Kiến trúc quốc gia");
        EObject platform = Models.element(n, "ApplicationComponent", "p1", "Nền tảng chia sẻ dữ liệu");
        Models.set(platform, "documentation", "Nền tảng quốc gia");
        Models.property(platform, "operator", "BCA");
        return n;
    }

    private static EObject proxy(String type, String architecture, String id) {
        EObject p = EcoreUtil.create(NdafMetamodel.get().eClass(type));
        ((InternalEObject) p).eSetProxyURI(URI.createURI("ndaf:/graph/" + architecture + "#" + id));
        return p;
    }

    /** A province whose system is served by the national platform (a proxy, as loaded from the store). */
    private static EObject province() {
        EObject a = Models.architecture("prov", "Tỉnh");
        Models.set(a, "bodyCode", "01");
        EObject system = Models.element(a, "ApplicationComponent", "s1", "Hệ thống một cửa");
        Models.relationship(a, "ServingRelationship", "r1", proxy("ApplicationComponent", "national", "p1"), system);
        return a;
    }

    private static FederatedCopies.Owners owners(EObject... models) {
        Map<String, EObject> byUid = new HashMap<>();
        for (EObject m : models) {
            m.eAllContents().forEachRemaining(o -> {
                if (o.eClass().getEStructuralFeature("id") != null && Models.id(o) != null) {
                    byUid.put(Models.id(m) + "/" + Models.id(o), o);
                }
            });
        }
        return new FederatedCopies.Owners() {
            @Override
            public EObject object(String uid) {
                return byUid.get(uid);
            }

            @Override
            public String folderName(String architectureId) {
                return "Owner " + architectureId;
            }
        };
    }

    @Test
    void localize_ReplacesTheReferenceByAMarkedCopyInAFolderNamedForItsOwner() {
        EObject province = province();

        FederatedCopies.localize(province, owners(national()));

        assertThat(FederatedCopies.foreignUids(province)).isEmpty();
        EObject copy = Models.<EObject>list(province, "elements").stream().filter(e -> FederatedCopies.refOf(e) != null).findFirst().orElseThrow();
        assertThat(FederatedCopies.refOf(copy)).isEqualTo("national/p1");
        assertThat(Models.id(copy)).isEqualTo("ref-national-p1");
        assertThat(Models.string(copy, "name")).isEqualTo("Nền tảng chia sẻ dữ liệu");
        assertThat(Models.string(copy, "documentation")).isEqualTo("Nền tảng quốc gia");
        EObject relationship = Models.<EObject>list(province, "relationships").get(0);
        assertThat(relationship.eGet(relationship.eClass().getEStructuralFeature("source"))).isSameAs(copy);
        EObject folder = Models.<EObject>list(province, "folders").get(0);
        assertThat(Models.string(folder, "name")).isEqualTo("Owner national");
        assertThat(Models.list(folder, "members")).containsExactly(copy);
    }

    @ParameterizedTest
    @EnumSource(value = Format.class, names = { "EXCHANGE", "ARCHIMATE", "CSV" })
    void restore_TurnsTheCopiesOfAnExportedFileBackIntoTheReferences(Format format) {
        EObject province = province();
        EObject expected = EcoreUtil.copy(province);
        FederatedCopies.localize(province, owners(national()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ModelExporter.write(province, format, out, ExportOptions.defaults());
        EObject back = ModelImporter.read(out.toByteArray(), ImportOptions.named("p." + format.extension())).architecture();

        List<String> detached = FederatedCopies.restore(back, Map.of("national/p1", proxy("ApplicationComponent", "national", "p1")), false, "p");

        assertThat(detached).isEmpty();
        assertThat(FederatedCopies.copies(back)).isEmpty();
        assertThat(Models.list(back, "elements")).hasSize(1);
        assertThat(FederatedCopies.foreignUids(back)).containsExactly("national/p1");
        assertThat(Models.<EObject>list(back, "folders").stream().filter(f -> "user".equals(Models.string(f, "type")))).isEmpty();
        if (format != Format.CSV) {
            EObject r = Models.<EObject>list(back, "relationships").get(0);
            EObject e = Models.<EObject>list(expected, "relationships").get(0);
            assertThat(((InternalEObject) r.eGet(r.eClass().getEStructuralFeature("source"), false)).eProxyURI())
                    .isEqualTo(((InternalEObject) e.eGet(e.eClass().getEStructuralFeature("source"), false)).eProxyURI());
        }
    }

    @Test
    void restore_RefusesACopyWhoseObjectIsNotStored_UnlessDetached() {
        EObject province = province();
        FederatedCopies.localize(province, owners(national()));
        EObject again = EcoreUtil.copy(province);

        assertThatThrownBy(() -> FederatedCopies.restore(province, Map.of(), false, "p.xml")).isInstanceOf(ImportException.class)
                .hasMessageContaining("'Nền tảng chia sẻ dữ liệu' (id ref-national-p1) (ndaf:ref national/p1)").hasMessageContaining("--detach");

        List<String> detached = FederatedCopies.restore(again, Map.of(), true, "p.xml");

        assertThat(detached).singleElement().asString().contains("national/p1");
        assertThat(FederatedCopies.copies(again)).isEmpty();
        assertThat(Models.list(again, "elements")).hasSize(2);
        assertThat(FederatedCopies.foreignUids(again)).isEmpty();
    }

    @Test
    void localize_RefusesByName_WhenTheReferencedObjectIsNotStored() {
        EObject province = province();
        assertThatThrownBy(() -> FederatedCopies.localize(province, owners())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("national/p1").hasMessageContaining("not stored");
        assertThat(ModelDifferences.between(province(), province)).isEmpty();
    }
}
