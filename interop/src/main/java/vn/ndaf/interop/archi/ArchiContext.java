package vn.ndaf.interop.archi;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;

import vn.ndaf.interop.ImportOptions;
import vn.ndaf.interop.io.Problems;
import vn.ndaf.interop.io.XmlAttribute;
import vn.ndaf.interop.io.XmlElement;
import vn.ndaf.interop.model.IdIndex;
import vn.ndaf.interop.model.LangTexts;
import vn.ndaf.interop.model.Specializations;
import vn.ndaf.metamodel.Models;
import vn.ndaf.metamodel.NdafMetamodel;
import vn.ndaf.metamodel.validation.Describe;

/**
 * The state of one Archi-file import: the architecture, its ids (one id space for the whole file, as in
 * Archi), references to resolve once everything is read, and the objects whose ndaf: features are taken
 * back at the end.
 */
final class ArchiContext {

    /** A reference to resolve when the whole file is read. */
    private record Pending(EObject owner, String feature, String ref, String expected, XmlElement at) {
    }

    private record Extras(EObject owner, int line) {
    }

    /** An object read, with its line, for checks once references are resolved. */
    record Located(EObject object, int line) {
    }

    final Problems problems;
    final ImportOptions options;
    final EObject architecture;
    final Set<String> usedIds = new HashSet<>();
    final IdIndex ids = new IdIndex(usedIds);
    final Specializations specializations;
    private final List<Pending> pending = new ArrayList<>();
    private final List<Extras> extras = new ArrayList<>();
    final List<Located> relationships = new ArrayList<>();
    final List<Located> connections = new ArrayList<>();
    /** Top-level folders of ArchiMate 2 models (connectors, derived) and their type, for {@link ArchiCompatibility}. */
    final java.util.Map<EObject, String> legacyFolders = new java.util.LinkedHashMap<>();
    private final java.util.Map<EObject, Integer> lines = new java.util.IdentityHashMap<>();
    private long created;

    ArchiContext(Problems problems, ImportOptions options, EObject architecture) {
        this.problems = problems;
        this.options = options;
        this.architecture = architecture;
        this.specializations = new Specializations(architecture, usedIds);
    }

    void register(XmlElement at, EObject object) {
        String id = at.attr("id");
        if (id == null || id.isEmpty()) {
            throw problems.error(at, "<" + at.localName() + "> (" + object.eClass().getName() + ") has no id");
        }
        Models.set(object, "id", id);
        ids.register(id, object, at.line(), problems);
        extras.add(new Extras(object, at.line()));
        lines.put(object, at.line());
        if (++created % 10_000 == 0) {
            options.progress().objectsCreated(created);
        }
    }

    /** The line an object was read from, 0 when it was not read from the file. */
    int lineOf(EObject object) {
        return lines.getOrDefault(object, 0);
    }

    long created() {
        return created;
    }

    /** Resolves {@code ref} into {@code owner.feature} later; {@code expected} is the class the target must have. */
    void later(EObject owner, String feature, String ref, String expected, XmlElement at) {
        if (ref != null && !ref.isEmpty()) {
            pending.add(new Pending(owner, feature, ref, expected, at));
        }
    }

    void resolve() {
        for (Pending p : pending) {
            for (String ref : p.ref().trim().split("\\s+")) {
                EObject target = ids.get(ref);
                if (target == null) {
                    throw problems.error(p.at(), Describe.of(p.owner()) + " refers to '" + ref + "' (" + p.feature() + "), which is not in the file");
                }
                if (!Models.isA(target, p.expected())) {
                    throw problems.error(p.at(), Describe.of(p.owner()) + " refers to " + Describe.of(target) + " as its " + p.feature()
                            + ", which must be a " + p.expected());
                }
                if (Models.feature(p.owner(), p.feature()).isMany()) {
                    Models.<EObject>list(p.owner(), p.feature()).add(target);
                } else {
                    Models.set(p.owner(), p.feature(), target);
                }
            }
        }
    }

    /** Takes the ndaf: features back into every object read. */
    void readExtras() {
        for (Extras e : extras) {
            ArchiExtras.read(e.owner(), ids::get, problems, e.line());
        }
    }

    /** Reads feature, property and documentation children into an object (whichever it can hold). */
    void common(XmlElement e, EObject o) {
        for (XmlElement c : e.children()) {
            switch (c.localName()) {
            case "feature" -> {
                unknowns(c, Set.of("name", "value"), Set.of());
                EObject f = NdafMetamodel.get().create("Feature");
                Models.set(f, "name", c.attr("name") == null ? "" : c.attr("name"));
                Models.set(f, "value", c.attr("value") == null ? "" : c.attr("value"));
                Models.list(o, "features").add(f);
            }
            case "property" -> {
                unknowns(c, Set.of("key", "value"), Set.of());
                Models.property(o, LangTexts.emptyToNull(c.attr("key")), LangTexts.emptyToNull(c.attr("value")));
            }
            case "documentation" -> Models.set(o, "documentation", LangTexts.emptyToNull(c.text()));
            default -> {
                // the caller reads the rest
            }
            }
        }
    }

    /** An int attribute, or null when absent; a non-integer is reported and left at its default, as Archi does. */
    Integer intAttr(XmlElement e, String name) {
        String v = e.attr(name);
        if (v == null) {
            return null;
        }
        try {
            return Integer.valueOf(v.trim());
        } catch (NumberFormatException ex) {
            problems.warn(e, "the " + name + " attribute '" + v + "' of <" + e.localName() + (e.attr("id") == null ? "" : " id=\"" + e.attr("id") + "\"")
                    + "> is not a whole number; the default is used");
            return null;
        }
    }

    /** Warns about attributes and child elements the reader does not know. */
    void unknowns(XmlElement e, Set<String> attributes, Set<String> children) {
        for (XmlAttribute a : e.attributes()) {
            if (a.namespace().isEmpty() ? !attributes.contains(a.localName()) : !a.namespace().equals(ArchiNames.XSI)) {
                problems.warn(e, vn.ndaf.interop.ImportWarning.XML_UNKNOWN, "unknown attribute " + a.qualifiedName() + "=\"" + a.value() + "\" on <" + e.localName()
                        + (e.attr("id") == null ? "" : " id=\"" + e.attr("id") + "\"") + "> is not kept");
            }
        }
        for (XmlElement c : e.children()) {
            if (!children.contains(c.localName()) || !c.namespace().isEmpty()) {
                problems.warn(c, vn.ndaf.interop.ImportWarning.XML_UNKNOWN, "unknown element <" + c.qualifiedName() + "> in <" + e.localName() + (e.attr("id") == null ? "" : " id=\"" + e.attr("id") + "\"")
                        + "> is not kept");
            }
        }
    }

    /** The xsi:type of an element as prefix:Local with Archi's prefixes, whatever prefixes the file declares; null if none. */
    static String type(XmlElement e) {
        String value = e.attr(ArchiNames.XSI, "type");
        if (value == null) {
            return null;
        }
        int colon = value.indexOf(':');
        String prefix = colon < 0 ? "" : value.substring(0, colon);
        String local = colon < 0 ? value : value.substring(colon + 1);
        String ns = e.resolvePrefix(prefix);
        if (ArchiNames.NS.equals(ns)) {
            return "archimate:" + local;
        }
        if (ArchiNames.CANVAS.equals(ns)) {
            return "canvas:" + local;
        }
        return value;
    }
}
