package vn.ndaf.interop.exchange;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;

import vn.ndaf.interop.ImportOptions;
import vn.ndaf.interop.io.Problems;
import vn.ndaf.interop.io.XmlElement;
import vn.ndaf.interop.model.IdIndex;
import vn.ndaf.interop.model.Specializations;

/**
 * The state of one exchange-format import: the architecture being built, its ids (the file's identifiers,
 * which references use, and the final ids, which are the source ids ndaf kept where the file's had to
 * differ), property definitions and specializations.
 */
final class ExchangeContext {

    final Problems problems;
    final ImportOptions options;
    final EObject architecture;
    final Set<String> usedIds = new HashSet<>();
    final IdIndex ids = new IdIndex(usedIds);
    final Map<String, EObject> byIdentifier = new HashMap<>();
    private final Map<String, Integer> identifierLines = new HashMap<>();
    final Map<String, EObject> definitions = new HashMap<>();
    /** Definitions ndaf wrote only because the format needs one per key: properties read with them get none. */
    final Set<EObject> generatedDefinitions = new HashSet<>();
    final Map<String, EObject> profilesById = new HashMap<>();
    final Specializations specializations;
    private final Map<EObject, Integer> lines = new java.util.IdentityHashMap<>();
    private long created;

    ExchangeContext(Problems problems, ImportOptions options, EObject architecture) {
        this.problems = problems;
        this.options = options;
        this.architecture = architecture;
        this.specializations = new Specializations(architecture, usedIds);
    }

    /** Registers an object under the file's identifier (for references) and its final id (for uniqueness). */
    void register(XmlElement at, String identifier, String finalId, EObject object) {
        if (identifier != null && byIdentifier.putIfAbsent(identifier, object) != null) {
            throw problems.error(at, "the identifier '" + identifier + "' is used twice, first at line " + identifierLines.get(identifier)
                    + "; identifiers must be unique in a file");
        }
        if (identifier != null) {
            identifierLines.put(identifier, at.line());
        }
        ids.register(finalId, object, at.line(), problems);
        lines.put(object, at.line());
        counted();
    }

    void counted() {
        created++;
        if (created % 10_000 == 0) {
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

    /** The identifier attribute of an element; an error when it is missing. */
    String identifier(XmlElement e) {
        String id = e.attr("identifier");
        if (id == null || id.isBlank()) {
            throw problems.error(e, "<" + e.localName() + "> has no identifier");
        }
        return id;
    }

    /** An integer attribute; {@code required} makes absence an error; a non-integer is an error either way. */
    Integer intAttr(XmlElement e, String ns, String name, boolean required) {
        String value = e.attr(ns, name);
        if (value == null) {
            if (required) {
                throw problems.error(e, "<" + e.localName() + "> has no " + name + " attribute");
            }
            return null;
        }
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException ex) {
            throw problems.error(e, "the " + name + " attribute of <" + e.localName() + "> is '" + value + "', not a whole number");
        }
    }
}
