package vn.ndaf.interop.archi;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;

import vn.ndaf.interop.Format;
import vn.ndaf.interop.Trips;
import vn.ndaf.metamodel.Models;
import vn.ndaf.metamodel.NdafMetamodel;

/** Archi needs every concept under the top-level folder of its kind, once; the writer files what is not. */
class ArchiFolderLayoutTest {

    private static EObject folder(EObject parent, String id, String name, String type) {
        EObject f = NdafMetamodel.get().create("Folder");
        Models.set(f, "id", id);
        Models.set(f, "name", name);
        if (type != null) {
            Models.set(f, "type", type);
        }
        Models.list(parent, "folders").add(f);
        return f;
    }

    @Test
    void write_FilesEveryConceptOnceUnderItsKind_WhateverTheFoldersSay() {
        EObject a = Models.architecture("m", "Layout");
        EObject actor = Models.element(a, "BusinessActor", "actor", "Actor");
        EObject app = Models.element(a, "ApplicationComponent", "app", "App");
        EObject loose = Models.element(a, "Goal", "goal", "Loose goal");
        EObject misfiled = Models.element(a, "Node", "node", "Server");
        Models.relationship(a, "AssociationRelationship", "rel", actor, app);
        EObject layer = folder(a, "layer", "Business Layer", null);
        EObject sub = folder(layer, "sub", "Subfolder", null);
        Models.<EObject>list(layer, "members").add(actor);
        Models.<EObject>list(sub, "members").add(app);
        EObject relations = folder(a, "relations", "Relations", "relations");
        Models.<EObject>list(relations, "members").add(misfiled);
        Models.<EObject>list(relations, "members").add(actor);

        String xml = new String(Trips.write(a, Format.ARCHIMATE), StandardCharsets.UTF_8);

        for (String id : new String[] { "actor", "app", "goal", "node", "rel" }) {
            Matcher m = Pattern.compile("<element [^>]*id=\"" + id + "\"").matcher(xml);
            assertThat(m.results().count()).as(id).isEqualTo(1);
        }
        for (String kind : new String[] { "strategy", "business", "application", "technology", "motivation", "implementation_migration", "other",
                "relations", "diagrams" }) {
            assertThat(Pattern.compile("type=\"" + kind + "\"").matcher(xml).results().count()).as(kind).isEqualTo(1);
        }
        EObject back = Trips.read(xml.getBytes(StandardCharsets.UTF_8), "layout.archimate");
        assertThat(pathOf(back, "actor")).isEqualTo("Business/Business Layer");
        assertThat(pathOf(back, "app")).isEqualTo("Application/Business Layer/Subfolder");
        assertThat(pathOf(back, "node")).isEqualTo("Technology & Physical");
        assertThat(pathOf(back, "goal")).isEqualTo("Motivation");
        assertThat(pathOf(back, "rel")).isEqualTo("Relations");
        assertThat(Models.<EObject>list(back, "elements")).extracting(Models::id).containsExactlyInAnyOrder("actor", "app", "goal", "node");
        assertThat(loose).isNotNull();
    }

    private static String pathOf(EObject architecture, String id) {
        for (EObject f : Models.<EObject>list(architecture, "folders")) {
            String p = pathIn(f, id, "");
            if (p != null) {
                return p;
            }
        }
        return null;
    }

    private static String pathIn(EObject folder, String id, String prefix) {
        String here = prefix.isEmpty() ? Models.string(folder, "name") : prefix + "/" + Models.string(folder, "name");
        for (EObject m : Models.<EObject>list(folder, "members")) {
            if (id.equals(Models.id(m))) {
                return here;
            }
        }
        for (EObject sub : Models.<EObject>list(folder, "folders")) {
            String p = pathIn(sub, id, here);
            if (p != null) {
                return p;
            }
        }
        return null;
    }
}
