package vn.ndaf.metamodel.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import vn.ndaf.metamodel.ModelFiles;
import vn.ndaf.metamodel.Models;
import vn.ndaf.metamodel.NdafMetamodel;

class MetamodelMigrationsTest {

    private static final String CURRENT = NdafMetamodel.get().nsUri();
    private static final String OLDER = "http://ndaf.vn/metamodel/0.9";
    private static final String OLDEST = "http://ndaf.vn/metamodel/0.8";

    /** A step as a real release would write one: 0.9 called an element's layer 'layer'. */
    private static final MetamodelMigration RENAME_LAYER = new MetamodelMigration() {
        public String fromNsUri() {
            return OLDER;
        }

        public String toNsUri() {
            return CURRENT;
        }

        public String description() {
            return "Element.layer is now Element.nationalLayer";
        }

        public void migrate(Document xmi) {
            NodeList elements = xmi.getElementsByTagName("elements");
            for (int i = 0; i < elements.getLength(); i++) {
                Element e = (Element) elements.item(i);
                if (e.hasAttribute("layer")) {
                    e.setAttribute("nationalLayer", e.getAttribute("layer"));
                    e.removeAttribute("layer");
                }
            }
        }
    };

    private static final MetamodelMigration NOTHING_FROM_OLDEST = new MetamodelMigration() {
        public String fromNsUri() {
            return OLDEST;
        }

        public String toNsUri() {
            return OLDER;
        }

        public String description() {
            return "no structural change";
        }

        public void migrate(Document xmi) {
        }
    };

    private static byte[] oldFile(String nsUri) {
        return ("""
                <?xml version="1.0" encoding="UTF-8"?>
                <ndaf:Architecture xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                    xmlns:ndaf="%s" id="a" name="Old">
                  <elements xsi:type="ndaf:ApplicationComponent" id="e1" name="Cổng" layer="data_platforms"/>
                </ndaf:Architecture>
                """.formatted(nsUri)).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void migrate_BringsAnOlderFileToTheCurrentMetamodel_ThroughEveryStep() {
        MetamodelMigrations migrations = new MetamodelMigrations(List.of(RENAME_LAYER, NOTHING_FROM_OLDEST), CURRENT);
        assertThat(migrations.chainFrom(OLDEST)).containsExactly(NOTHING_FROM_OLDEST, RENAME_LAYER);

        byte[] migrated = migrations.migrate(oldFile(OLDEST));

        String text = new String(migrated, StandardCharsets.UTF_8);
        assertThat(text).contains(CURRENT).doesNotContain(OLDEST).contains("nationalLayer=\"data_platforms\"");
        EObject model = ModelFiles.fromBytes(migrated);
        EObject element = Models.<EObject>list(model, "elements").get(0);
        assertThat(Models.get(element, "nationalLayer").toString()).isEqualTo("data_platforms");
    }

    @Test
    void migrate_LeavesCurrentFilesByteForByte() {
        byte[] current = ModelFiles.toBytes(Models.architecture("a", "A"));
        assertThat(MetamodelMigrations.released().migrate(current)).isSameAs(current);
    }

    @Test
    void migrate_RefusesAFileFromAnUnknownOrNewerMetamodel_SayingWhichItReads() {
        assertThatThrownBy(() -> MetamodelMigrations.released().migrate(oldFile("http://ndaf.vn/metamodel/7.0")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("metamodel http://ndaf.vn/metamodel/7.0")
                .hasMessageContaining("it reads " + CURRENT).hasMessageContaining("newer ndaf");
    }

    @Test
    void migrate_RefusesADoctype() {
        byte[] hostile = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> MetamodelMigrations.released().migrate(hostile)).hasMessageContaining("DOCTYPE");
    }
}
