package vn.ndaf.interop.archi;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

import vn.ndaf.interop.io.Pairs;
import vn.ndaf.interop.io.Pairs.Pair;
import vn.ndaf.interop.io.Problems;
import vn.ndaf.interop.model.LangTexts;
import vn.ndaf.metamodel.Models;
import vn.ndaf.metamodel.NdafMetamodel;

/**
 * What an ndaf object holds that Archi's class for it has no slot for, carried in Archi's own extension
 * point: features named {@code ndaf:<attribute>} (Archi keeps features it does not know). Language
 * variants, drill-down views, attachments, labels' concepts, properties of objects Archi gives none, and
 * any scalar attribute Archi's class lacks. On reading, these features are taken back into the object.
 */
final class ArchiExtras {

    static final String PREFIX = "ndaf:";
    /** Attributes never carried as extras: ids, and those with a slot of their own in every format. */
    private static final Set<String> NEVER = Set.of("id");

    private ArchiExtras() {
    }

    /**
     * The extra features of an object written as an Archi class that has the attributes {@code archiSlots}
     * (ndaf attribute names) and, when {@code hasProperties} is false, no properties.
     */
    static List<Pair> of(EObject o, Set<String> archiSlots, boolean hasProperties) {
        List<Pair> extras = new ArrayList<>();
        for (EAttribute a : o.eClass().getEAllAttributes()) {
            if (NEVER.contains(a.getName()) || archiSlots.contains(a.getName()) || a.isMany() || !o.eIsSet(a)
                    || NdafMetamodel.get().propertyKey(a) != null) {
                continue;
            }
            extras.add(new Pair(PREFIX + a.getName(), EcoreUtil.convertToString(a.getEAttributeType(), o.eGet(a))));
        }
        variants(o, "name", "nameVariants", extras);
        variants(o, "documentation", "documentationVariants", extras);
        if (o.eClass().getEStructuralFeature("properties") != null) {
            if (!hasProperties) {
                List<EObject> properties = Models.list(o, "properties");
                if (!properties.isEmpty()) {
                    List<Pair> pairs = new ArrayList<>();
                    for (EObject p : properties) {
                        pairs.add(new Pair(Models.string(p, "key"), Models.string(p, "value")));
                    }
                    extras.add(new Pair(PREFIX + "properties", Pairs.encode(pairs)));
                }
            } else {
                valueVariants(o, extras);
            }
        }
        references(o, extras);
        if (Models.isA(o, "Architecture")) {
            definitions(o, extras);
        }
        return extras;
    }

    /** The model's property definitions: id, name and type (Archi has no definitions, only keys). */
    private static void definitions(EObject architecture, List<Pair> extras) {
        List<EObject> definitions = Models.list(architecture, "propertyDefinitions");
        if (definitions.isEmpty()) {
            return;
        }
        List<Pair> pairs = new ArrayList<>();
        for (EObject d : definitions) {
            List<Pair> fields = new ArrayList<>();
            fields.add(new Pair("name", Models.string(d, "name")));
            if (Models.string(d, "type") != null && !"string".equals(Models.string(d, "type"))) {
                fields.add(new Pair("type", Models.string(d, "type")));
            }
            if (Models.string(d, "documentation") != null) {
                fields.add(new Pair("documentation", Models.string(d, "documentation")));
            }
            pairs.add(new Pair(Models.id(d), Pairs.encode(fields)));
        }
        extras.add(new Pair(PREFIX + "propertyDefinitions", Pairs.encode(pairs)));
    }

    private static void variants(EObject o, String primary, String variants, List<Pair> extras) {
        if (o.eClass().getEStructuralFeature(variants) == null || Models.list(o, variants).isEmpty()) {
            return;
        }
        boolean valid = LangTexts.hasVariants(o, primary, variants)
                || o.eClass().getEStructuralFeature("content") != null && primary.equals("name") && LangTexts.sameText(
                        Models.string((EObject) Models.list(o, variants).get(0), "value"), Models.string(o, "content"));
        if (valid) {
            extras.add(new Pair(PREFIX + variants, encodeTexts(Models.list(o, variants))));
        }
    }

    private static void valueVariants(EObject o, List<Pair> extras) {
        List<EObject> properties = Models.list(o, "properties");
        List<Pair> byIndex = new ArrayList<>();
        for (int i = 0; i < properties.size(); i++) {
            EObject p = properties.get(i);
            if (LangTexts.hasVariants(p, "value", "valueVariants")) {
                byIndex.add(new Pair(Integer.toString(i), encodeTexts(Models.list(p, "valueVariants"))));
            }
        }
        if (!byIndex.isEmpty()) {
            extras.add(new Pair(PREFIX + "valueVariants", Pairs.encode(byIndex)));
        }
    }

    private static void references(EObject o, List<Pair> extras) {
        if (o.eClass().getEStructuralFeature("viewRefs") != null && !Models.list(o, "viewRefs").isEmpty()) {
            extras.add(new Pair(PREFIX + "viewRefs", String.join(" ", Models.<EObject>list(o, "viewRefs").stream().map(Models::id).toList())));
        }
        for (String point : List.of("sourceAttachment", "targetAttachment")) {
            if (o.eClass().getEStructuralFeature(point) != null && Models.get(o, point) != null) {
                EObject p = (EObject) Models.get(o, point);
                extras.add(new Pair(PREFIX + point, Models.get(p, "x") + "," + Models.get(p, "y")));
            }
        }
        if (o.eClass().getEStructuralFeature("conceptRef") != null && Models.get(o, "conceptRef") != null) {
            extras.add(new Pair(PREFIX + "conceptRef", Models.id((EObject) Models.get(o, "conceptRef"))));
        }
    }

    private static String encodeTexts(List<EObject> langStrings) {
        List<Pair> pairs = new ArrayList<>();
        for (EObject v : langStrings) {
            pairs.add(new Pair(LangTexts.nullToEmpty(Models.string(v, "lang")), LangTexts.nullToEmpty(Models.string(v, "value"))));
        }
        return Pairs.encode(pairs);
    }

    /**
     * Takes the ndaf: features of an object back into it. Unknown ndaf: features stay features. References
     * (views, concepts) are resolved through {@code byId} once the whole file is read, so this runs last.
     */
    static void read(EObject o, Function<String, EObject> byId, Problems problems, int line) {
        if (o.eClass().getEStructuralFeature("features") == null) {
            return;
        }
        for (Iterator<EObject> it = Models.<EObject>list(o, "features").iterator(); it.hasNext();) {
            EObject f = it.next();
            String name = Models.string(f, "name");
            if (name == null || !name.startsWith(PREFIX)) {
                continue;
            }
            String key = name.substring(PREFIX.length());
            String value = Models.string(f, "value");
            try {
                if (apply(o, key, value == null ? "" : value, byId)) {
                    it.remove();
                }
            } catch (RuntimeException e) {
                problems.warn(line, "the feature " + name + "='" + value + "' of " + o.eClass().getName() + " '" + Models.id(o)
                        + "' cannot be read (" + e.getMessage() + "); it is kept as a feature");
            }
        }
    }

    private static boolean apply(EObject o, String key, String value, Function<String, EObject> byId) {
        switch (key) {
        case "nameVariants", "documentationVariants" -> {
            if (o.eClass().getEStructuralFeature(key) == null) {
                return false;
            }
            List<EObject> list = Models.list(o, key);
            list.clear();
            list.addAll(decodeTexts(value));
            return true;
        }
        case "valueVariants" -> {
            List<EObject> properties = Models.list(o, "properties");
            for (Pair p : Pairs.decode(value)) {
                EObject property = properties.get(Integer.parseInt(p.name()));
                Models.<EObject>list(property, "valueVariants").addAll(decodeTexts(p.value()));
            }
            return true;
        }
        case "properties" -> {
            for (Pair p : Pairs.decode(value)) {
                Models.property(o, p.name(), p.value());
            }
            return true;
        }
        case "propertyDefinitions" -> {
            for (Pair p : Pairs.decode(value)) {
                EObject d = NdafMetamodel.get().create("PropertyDefinition");
                Models.set(d, "id", p.name());
                for (Pair field : Pairs.decode(p.value())) {
                    Models.set(d, field.name(), field.value());
                }
                Models.list(o, "propertyDefinitions").add(d);
            }
            return true;
        }
        case "viewRefs" -> {
            for (String id : value.trim().split("\\s+")) {
                EObject view = byId.apply(id);
                if (view == null || !Models.isA(view, "View")) {
                    throw new IllegalArgumentException("'" + id + "' is not a view of the model");
                }
                Models.<EObject>list(o, "viewRefs").add(view);
            }
            return true;
        }
        case "sourceAttachment", "targetAttachment" -> {
            String[] xy = value.split(",");
            EObject point = NdafMetamodel.get().create("Point");
            Models.set(point, "x", Integer.parseInt(xy[0].trim()));
            Models.set(point, "y", Integer.parseInt(xy[1].trim()));
            Models.set(o, key, point);
            return true;
        }
        case "conceptRef" -> {
            EObject concept = byId.apply(value);
            if (concept == null || !Models.isA(concept, "Concept")) {
                throw new IllegalArgumentException("'" + value + "' is not a concept of the model");
            }
            Models.set(o, key, concept);
            return true;
        }
        default -> {
            EStructuralFeature f = o.eClass().getEStructuralFeature(key);
            if (!(f instanceof EAttribute a) || a.isMany() || f instanceof EReference) {
                return false;
            }
            o.eSet(a, EcoreUtil.createFromString(a.getEAttributeType(), value));
            return true;
        }
        }
    }

    private static List<EObject> decodeTexts(String encoded) {
        List<EObject> list = new ArrayList<>();
        for (Pair p : Pairs.decode(encoded)) {
            EObject v = NdafMetamodel.get().create("LangString");
            Models.set(v, "lang", p.name());
            Models.set(v, "value", p.value() == null ? "" : p.value());
            list.add(v);
        }
        return list;
    }
}
