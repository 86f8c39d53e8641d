package vn.ndaf.interop;

import org.eclipse.emf.ecore.EObject;

import vn.ndaf.metamodel.Models;
import vn.ndaf.metamodel.NdafMetamodel;

/**
 * An architecture using every construct ndaf keeps that the exchange format or Archi has no slot for:
 * sketch and canvas views, every node class, connection-to-connection, negative and default coordinates,
 * exact alpha values, odd colours, attachments, languages, typed property definitions, several
 * specializations, folder details, model metadata.
 */
public final class KitchenSink {

    private static final NdafMetamodel MM = NdafMetamodel.get();

    private KitchenSink() {
    }

    public static EObject model() {
        EObject a = Models.architecture("ks", "Kitchen sink");
        Models.set(a, "documentation", "The description\r\nwith CRLF");
        Models.set(a, "purpose", "Archi purpose kept apart");
        Models.set(a, "modelVersion", "2.1");
        Models.set(a, "metadataXml", "<metadata xmlns=\"http://www.opengroup.org/xsd/archimate/3.0/\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
                + "<schema>Dublin Core</schema><schemaversion>1.1</schemaversion><dc:title>Sink</dc:title></metadata>");
        feature(a, "jarchi.script", "console.log('x')");
        EObject meta = MM.create("Feature");
        Models.set(meta, "name", "legacy");
        Models.set(meta, "value", "entry");
        Models.list(a, "archiMetadata").add(meta);
        lang(a, "nameVariants", "en", "Kitchen sink", "vi", "Bồn rửa");

        EObject date = MM.create("PropertyDefinition");
        Models.set(date, "id", "pd-date");
        Models.set(date, "name", "Review date");
        Models.set(date, "type", "date");
        Models.list(a, "propertyDefinitions").add(date);

        EObject image = MM.create("ImageAsset");
        Models.set(image, "path", "images/logo.png");
        Models.set(image, "data", new byte[] { (byte) 0x89, 'P', 'N', 'G', 0, 1, 2, 3 });
        Models.list(a, "images").add(image);

        EObject p1 = profile(a, "p1", "Core system", "ApplicationComponent");
        Models.set(p1, "imagePath", "images/logo.png");
        EObject p2 = profile(a, "p2", "Legacy", "ApplicationComponent");
        Models.set(p2, "specialization", false);
        feature(p2, "colour", "grey");

        EObject app = Models.element(a, "ApplicationComponent", "app", "Registry");
        Models.<EObject>list(app, "profiles").add(p1);
        Models.<EObject>list(app, "profiles").add(p2);
        lang(app, "nameVariants", "en", "Registry", "vi", "Sổ đăng ký");
        Models.set(app, "documentation", "  leading and trailing blanks  ");
        EObject reviewed = Models.property(app, "Review date", "2026-01-31");
        Models.set(reviewed, "definition", date);
        EObject multi = Models.property(app, "Label", "Registry");
        lang(multi, "valueVariants", "en", "Registry", "vi", "Sổ");
        Models.property(app, "Label", "duplicate key kept");
        Models.property(app, null, null);
        feature(app, "custom", "1");
        EObject data = Models.element(a, "DataObject", "data", "Record");
        EObject service = Models.element(a, "ApplicationService", "svc", "Lookup");
        EObject or = Models.element(a, "Junction", "j", null);
        Models.set(or, "type", "or");
        EObject goal = Models.element(a, "Goal", "goal", "Faster service");
        EObject driver = Models.element(a, "Driver", "drv", "Citizens' demand");

        EObject access = Models.relationship(a, "AccessRelationship", "acc", app, data);
        Models.set(access, "accessType", "read");
        EObject realization = Models.relationship(a, "RealizationRelationship", "real", app, service);
        Models.relationship(a, "ServingRelationship", "s1", service, or);
        EObject influence = Models.relationship(a, "InfluenceRelationship", "inf", driver, goal);
        Models.set(influence, "strength", "++");
        EObject association = Models.relationship(a, "AssociationRelationship", "assoc", goal, realization);
        Models.set(association, "directed", true);

        EObject sketch = view(a, "SketchView", "sketch", "Sketch");
        Models.set(sketch, "background", 2);
        EObject sticky = node(sketch, "StickyNode", "st", -40, -25, 200, 100);
        Models.set(sticky, "name", "Sticky title");
        Models.set(sticky, "content", "Sticky\ncontent");
        Models.set(sticky, "fillColor", "#fff0a0");
        Models.set(sticky, "borderColor", "#123456");
        EObject actor = node(sticky, "SketchActorNode", "actor", 10, 30, -1, -1);
        Models.set(actor, "name", "Clerk");
        Models.set(actor, "documentation", "An actor");
        EObject sketchLine = connection(sketch, "sl", sticky, actor, null);
        Models.set(sketchLine, "name", "talks to");
        Models.set(sketchLine, "connectionType", 17);
        Models.set(sketchLine, "textPosition", 0);

        EObject canvas = view(a, "CanvasView", "canvas", "Canvas");
        Models.set(canvas, "hintTitle", "Hint");
        Models.set(canvas, "hintContent", "Hint content");
        EObject block = node(canvas, "CanvasBlockNode", "block", 0, 0, 300, 200);
        Models.set(block, "content", "Block");
        Models.set(block, "hintTitle", "Block hint");
        Models.set(block, "hintContent", "Block hint content");
        Models.set(block, "locked", true);
        Models.set(block, "borderColor", "#000000");
        Models.property(block, "k", "v");
        EObject cSticky = node(block, "CanvasStickyNode", "csticky", 20, 20, 100, 60);
        Models.set(cSticky, "content", "Sticky");
        Models.set(cSticky, "notes", "Notes");
        EObject cImage = node(canvas, "CanvasImageNode", "cimage", 320, 0, 64, 64);
        Models.set(cImage, "imagePath", "images/logo.png");
        EObject canvasLine = connection(canvas, "cl", block, cImage, null);
        Models.set(canvasLine, "locked", true);

        EObject view = view(a, "ArchimateView", "main", "Main");
        Models.set(view, "viewpoint", "Application Platform");
        Models.set(view, "connectionRouterType", 2);
        lang(view, "documentationVariants", "en", "Doc", "vi", "Tài liệu");
        Models.set(view, "documentation", "Doc");
        feature(view, "labelExpression", "${name}");
        EObject group = node(view, "GroupNode", "grp", -100, -50, 500, 300);
        Models.set(group, "name", "Group");
        Models.set(group, "borderType", 1);
        Models.set(group, "textAlignment", 1);
        Models.set(group, "alpha", 100);
        feature(group, "lineAlpha", "100");
        feature(group, "gradient", "2");
        EObject appNode = node(group, "ElementNode", "n-app", 20, 40, 120, 55);
        Models.set(appNode, "font", "1|Segoe UI Semibold|9.0|2|WINDOWS|1|-12|0|0|0|600|1|0|0|0|3|2|1|34|Segoe UI Semibold");
        Models.set(appNode, "fontColor", "#ff0000");
        Models.set(appNode, "fillColor", "#b5ffff");
        Models.set(appNode, "lineColor", "#5c5c5c");
        Models.set(appNode, "lineWidth", 2);
        Models.set(appNode, "figureType", 1);
        Models.set(appNode, "imagePosition", 9);
        Models.set(appNode, "name", "Label override");
        Models.set(appNode, "documentation", "Node documentation");
        Models.property(appNode, "node key", "node value");
        Models.<EObject>list(appNode, "viewRefs").add(sketch);
        Models.set(appNode, "element", app);
        EObject dataNode = node(group, "ElementNode", "n-data", 250, 40, 120, 55);
        Models.set(dataNode, "element", data);
        Models.set(dataNode, "fillColor", "red");
        EObject serviceNode = node(view, "ElementNode", "n-svc", 450, 300, 120, 55);
        Models.set(serviceNode, "element", service);
        Models.set(serviceNode, "alpha", 0);
        EObject junctionNode = node(view, "ElementNode", "n-j", 650, 320, 15, 15);
        Models.set(junctionNode, "element", or);
        EObject goalNode = node(view, "ElementNode", "n-goal", 650, 100, 120, 55);
        Models.set(goalNode, "element", goal);
        EObject note = node(view, "NoteNode", "note", 700, 200, 185, 80);
        Models.set(note, "content", "A note\r\nover two lines");
        Models.set(note, "borderType", 2);
        Models.set(note, "name", "Legend title");
        feature(note, "legend", "display=15,rows=15");
        Models.set(note, "conceptRef", goal);
        Models.set(note, "xpathPart", "name");
        EObject label = node(view, "NoteNode", "label", 700, 300, 185, 40);
        Models.set(label, "content", "Label");
        lang(label, "nameVariants", "en", "Label", "vi", "Nhãn");
        EObject ref = node(view, "ViewReferenceNode", "ref", 900, 0, 120, 55);
        Models.set(ref, "view", sketch);
        EObject pic = node(view, "ImageNode", "pic", 900, 100, -1, -1);
        Models.set(pic, "imagePath", "images/logo.png");
        Models.set(pic, "borderColor", "#00ff00");

        EObject accessConnection = connection(view, "c-acc", appNode, dataNode, access);
        bendpoint(accessConnection, 10, -60, -120, -60);
        bendpoint(accessConnection, 30, 80, -100, 80);
        Models.set(accessConnection, "lineColor", "#0000ff");
        Models.set(accessConnection, "lineWidth", 3);
        Models.set(accessConnection, "font", "1|Arial|8.0|1|WINDOWS|1|0|0|0|0|0|0|0|0|1|0|0|0|0|Arial");
        feature(accessConnection, "nameVisible", "false");
        EObject realizationConnection = connection(view, "c-real", appNode, serviceNode, realization);
        Models.set(realizationConnection, "name", "realizes");
        EObject point = MM.create("Point");
        Models.set(point, "x", 100);
        Models.set(point, "y", 20);
        Models.set(realizationConnection, "sourceAttachment", point);
        EObject servingConnection = connection(view, "c-s1", serviceNode, junctionNode, (EObject) Models.list(a, "relationships").get(2));
        Models.set(servingConnection, "textAlignment", 4);
        EObject associationConnection = connection(view, "c-assoc", goalNode, realizationConnection, association);
        bendpoint(associationConnection, 5, 5, 6, 6);
        EObject noteLine = connection(view, "c-note", note, goalNode, null);
        Models.set(noteLine, "documentation", "Line documentation");
        Models.property(noteLine, "line key", "line value");
        Models.<EObject>list(noteLine, "viewRefs").add(canvas);

        EObject folder = MM.create("Folder");
        Models.set(folder, "id", "f-app");
        Models.set(folder, "name", "Application");
        Models.set(folder, "type", "application");
        Models.set(folder, "documentation", "Application folder");
        Models.property(folder, "folder key", "folder value");
        feature(folder, "labelExpression", "${type}");
        Models.list(a, "folders").add(folder);
        EObject sub = MM.create("Folder");
        Models.set(sub, "id", "f-sub");
        Models.set(sub, "name", "Registries");
        lang(sub, "nameVariants", "en", "Registries", "vi", "Sổ");
        Models.list(folder, "folders").add(sub);
        Models.<EObject>list(sub, "members").add(app);
        Models.<EObject>list(folder, "members").add(data);
        EObject views = MM.create("Folder");
        Models.set(views, "id", "f-views");
        Models.set(views, "name", "Views");
        Models.set(views, "type", "diagrams");
        Models.list(a, "folders").add(views);
        Models.<EObject>list(views, "members").add(view);
        Models.<EObject>list(views, "members").add(sketch);
        return a;
    }

    private static EObject profile(EObject a, String id, String name, String type) {
        EObject p = MM.create("Profile");
        Models.set(p, "id", id);
        Models.set(p, "name", name);
        Models.set(p, "conceptType", type);
        Models.list(a, "profiles").add(p);
        return p;
    }

    private static void feature(EObject holder, String name, String value) {
        EObject f = MM.create("Feature");
        Models.set(f, "name", name);
        Models.set(f, "value", value);
        Models.list(holder, "features").add(f);
    }

    private static void lang(EObject holder, String feature, String... pairs) {
        for (int i = 0; i < pairs.length; i += 2) {
            EObject v = MM.create("LangString");
            Models.set(v, "lang", pairs[i]);
            Models.set(v, "value", pairs[i + 1]);
            Models.list(holder, feature).add(v);
        }
    }

    private static EObject view(EObject a, String type, String id, String name) {
        EObject v = MM.create(type);
        Models.set(v, "id", id);
        Models.set(v, "name", name);
        Models.list(a, "views").add(v);
        return v;
    }

    private static EObject node(EObject parent, String type, String id, int x, int y, int w, int h) {
        EObject n = MM.create(type);
        Models.set(n, "id", id);
        EObject b = MM.create("Bounds");
        Models.set(b, "x", x);
        Models.set(b, "y", y);
        Models.set(b, "width", w);
        Models.set(b, "height", h);
        Models.set(n, "bounds", b);
        Models.list(parent, "children").add(n);
        return n;
    }

    private static EObject connection(EObject view, String id, EObject source, EObject target, EObject relationship) {
        EObject c = MM.create("Connection");
        Models.set(c, "id", id);
        Models.set(c, "source", source);
        Models.set(c, "target", target);
        Models.set(c, "relationship", relationship);
        Models.list(view, "connections").add(c);
        return c;
    }

    private static void bendpoint(EObject c, int sx, int sy, int ex, int ey) {
        EObject b = MM.create("Bendpoint");
        Models.set(b, "startX", sx);
        Models.set(b, "startY", sy);
        Models.set(b, "endX", ex);
        Models.set(b, "endY", ey);
        Models.list(c, "bendpoints").add(b);
    }
}
