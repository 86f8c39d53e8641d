package vn.ndaf.interop;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

import vn.ndaf.metamodel.Models;

/**
 * Compares two models feature by feature, reflectively: every attribute, every contained object (matched by
 * id where objects have one), every reference by the id of its target. Differences are reported as readable
 * paths, e.g. {@code ArchimateView 'Layered' (4056) > ElementNode (4071) > bounds > x: 12 != 14}.
 */
public final class ModelComparison {

    private final Set<String> ignored = new HashSet<>();
    private final Set<String> unordered = new HashSet<>(Set.of("Architecture.elements", "Architecture.relationships", "Architecture.views",
            "Architecture.profiles", "Architecture.propertyDefinitions", "View.connections"));
    private final List<String> differences = new ArrayList<>();

    /** Leaves out a feature: {@code Class.feature} (any subclass) or {@code feature} (every class). */
    public ModelComparison ignoring(String... features) {
        ignored.addAll(Arrays.asList(features));
        return this;
    }

    public static List<String> differences(EObject expected, EObject actual, String... ignoredFeatures) {
        ModelComparison c = new ModelComparison().ignoring(ignoredFeatures);
        c.compare(describe(expected), expected, actual);
        return c.differences;
    }

    private void compare(String path, EObject a, EObject b) {
        if (a == null || b == null) {
            if (a != b) {
                differences.add(path + ": " + describe(a) + " != " + describe(b));
            }
            return;
        }
        if (a.eClass() != b.eClass()) {
            differences.add(path + ": class " + a.eClass().getName() + " != " + b.eClass().getName());
            return;
        }
        for (EStructuralFeature f : a.eClass().getEAllStructuralFeatures()) {
            if (isIgnored(a, f)) {
                continue;
            }
            String here = path + " > " + f.getName();
            if (f instanceof EAttribute) {
                Object va = a.eGet(f);
                Object vb = b.eGet(f);
                if (!(va instanceof byte[] ba && vb instanceof byte[] bb ? Arrays.equals(ba, bb) : Objects.equals(va, vb))) {
                    differences.add(here + ": " + show(va) + " != " + show(vb));
                }
            } else {
                EReference r = (EReference) f;
                if (r.isContainment()) {
                    containment(here, a, b, r);
                } else {
                    reference(here, a, b, r);
                }
            }
        }
    }

    private boolean isIgnored(EObject o, EStructuralFeature f) {
        if (ignored.contains(f.getName())) {
            return true;
        }
        for (String entry : ignored) {
            int dot = entry.indexOf('.');
            if (dot > 0 && entry.substring(dot + 1).equals(f.getName()) && Models.isA(o, entry.substring(0, dot))) {
                return true;
            }
        }
        return false;
    }

    @SuppressWarnings("unchecked")
    private void containment(String path, EObject a, EObject b, EReference r) {
        if (!r.isMany()) {
            EObject va = (EObject) a.eGet(r);
            EObject vb = (EObject) b.eGet(r);
            compare(path + (va == null ? "" : ""), va, vb);
            return;
        }
        List<EObject> la = (List<EObject>) a.eGet(r);
        List<EObject> lb = (List<EObject>) b.eGet(r);
        boolean identified = !la.isEmpty() && Models.isA(la.get(0), "Identified") || !lb.isEmpty() && Models.isA(lb.get(0), "Identified");
        if (identified) {
            Map<String, EObject> mb = byId(lb);
            List<String> orderA = new ArrayList<>();
            List<String> orderB = new ArrayList<>(mb.keySet());
            for (EObject x : la) {
                String id = Models.id(x);
                orderA.add(id);
                EObject y = mb.get(id);
                if (y == null) {
                    differences.add(path + ": " + describe(x) + " is missing");
                } else {
                    compare(path + " > " + describe(x), x, y);
                }
            }
            for (EObject y : lb) {
                if (!byId(la).containsKey(Models.id(y))) {
                    differences.add(path + ": " + describe(y) + " is extra");
                }
            }
            if (!unordered.contains(r.getEContainingClass().getName() + "." + r.getName()) && orderA.size() == orderB.size()
                    && new HashSet<>(orderA).equals(new HashSet<>(orderB)) && !orderA.equals(orderB)) {
                differences.add(path + ": order " + orderA + " != " + orderB);
            }
            return;
        }
        if (la.size() != lb.size()) {
            differences.add(path + ": " + la.size() + " items != " + lb.size() + " items (" + la.stream().map(ModelComparison::shortForm).toList() + " != "
                    + lb.stream().map(ModelComparison::shortForm).toList() + ")");
            return;
        }
        for (int i = 0; i < la.size(); i++) {
            compare(path + "[" + i + "]", la.get(i), lb.get(i));
        }
    }

    private static Map<String, EObject> byId(List<EObject> list) {
        Map<String, EObject> map = new LinkedHashMap<>();
        for (EObject o : list) {
            map.put(Models.id(o), o);
        }
        return map;
    }

    @SuppressWarnings("unchecked")
    private void reference(String path, EObject a, EObject b, EReference r) {
        if (r.isMany()) {
            List<String> ia = ((List<EObject>) a.eGet(r)).stream().map(ModelComparison::shortForm).toList();
            List<String> ib = ((List<EObject>) b.eGet(r)).stream().map(ModelComparison::shortForm).toList();
            if (!ia.equals(ib)) {
                differences.add(path + ": " + ia + " != " + ib);
            }
        } else {
            String ia = shortForm((EObject) a.eGet(r));
            String ib = shortForm((EObject) b.eGet(r));
            if (!Objects.equals(ia, ib)) {
                differences.add(path + ": " + ia + " != " + ib);
            }
        }
    }

    private static String shortForm(EObject o) {
        if (o == null) {
            return null;
        }
        var f = o.eClass().getEStructuralFeature("id");
        if (f != null) {
            return o.eClass().getName() + "#" + o.eGet(f);
        }
        var key = o.eClass().getEStructuralFeature("key");
        var name = o.eClass().getEStructuralFeature("name");
        var value = o.eClass().getEStructuralFeature("value");
        return (key != null ? o.eGet(key) : name != null ? o.eGet(name) : o.eClass().getName()) + (value != null ? "=" + o.eGet(value) : "");
    }

    static String describe(EObject o) {
        if (o == null) {
            return "nothing";
        }
        var id = o.eClass().getEStructuralFeature("id");
        var name = o.eClass().getEStructuralFeature("name");
        Object n = name == null ? null : o.eGet(name);
        return o.eClass().getName() + (n == null ? "" : " '" + n + "'") + (id == null ? "" : " (" + o.eGet(id) + ")");
    }

    private static String show(Object v) {
        return v instanceof String s ? "'" + s.replace("\r", "\\r").replace("\n", "\\n") + "'" : String.valueOf(v);
    }
}
