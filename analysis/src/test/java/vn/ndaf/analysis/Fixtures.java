package vn.ndaf.analysis;

import java.util.Set;

import org.eclipse.emf.ecore.EObject;

import vn.ndaf.framework.ReferenceData;
import vn.ndaf.framework.template.InstantiationOptions;
import vn.ndaf.metamodel.Models;
import vn.ndaf.metamodel.NdafMetamodel;

/** Small models built for the rule fixtures. */
public final class Fixtures {

    private static final NdafMetamodel MM = NdafMetamodel.get();
    private static final ReferenceData DATA = ReferenceData.standard();
    private static EObject national;

    private Fixtures() {
    }

    /** An architecture of body 01 with nothing in it. */
    public static EObject architecture() {
        EObject a = Models.architecture("fx", "fixture");
        Models.set(a, "bodyCode", "01");
        return a;
    }

    public static EObject view(EObject architecture, String id, String viewpoint) {
        EObject v = MM.create("ArchimateView");
        Models.set(v, "id", id);
        Models.set(v, "name", "View " + id);
        if (viewpoint != null) {
            Models.set(v, "viewpoint", viewpoint);
        }
        Models.list(architecture, "views").add(v);
        return v;
    }

    /** A node showing {@code element} in {@code parent} (a view or another node). */
    public static EObject node(EObject parent, String id, EObject element) {
        EObject n = MM.create("ElementNode");
        Models.set(n, "id", id);
        Models.set(n, "element", element);
        Models.list(parent, "children").add(n);
        return n;
    }

    public static EObject connection(EObject view, String id, EObject relationship, EObject source, EObject target) {
        EObject c = MM.create("Connection");
        Models.set(c, "id", id);
        Models.set(c, "relationship", relationship);
        Models.set(c, "source", source);
        Models.set(c, "target", target);
        Models.list(view, "connections").add(c);
        return c;
    }

    /** Every element and relationship of the architecture shown in one new view without a viewpoint. */
    public static EObject showAll(EObject architecture) {
        EObject v = view(architecture, "all", null);
        java.util.Map<EObject, EObject> nodes = new java.util.HashMap<>();
        int i = 0;
        for (EObject e : Models.<EObject>list(architecture, "elements")) {
            nodes.put(e, node(v, "n" + i++, e));
        }
        for (EObject r : Models.<EObject>list(architecture, "relationships")) {
            connection(v, "c" + i++, r, nodes.get(Models.get(r, "source")), nodes.get(Models.get(r, "target")));
        }
        return v;
    }

    /** The province template instantiated for Hà Nội (01), every recommended block included, except {@code omitted}. */
    public static EObject province(Set<String> omitted) {
        var template = DATA.templates().find("province").orElseThrow();
        var body = DATA.registry().find("01").orElseThrow();
        return DATA.instantiator().instantiate(template, body, InstantiationOptions.of(national(), null).omitting(omitted, b -> true)).architecture();
    }

    public static synchronized EObject national() {
        if (national == null) {
            national = DATA.buildNationalArchitecture();
        }
        return national;
    }
}
