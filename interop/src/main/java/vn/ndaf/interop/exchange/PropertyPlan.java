package vn.ndaf.interop.exchange;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;

import vn.ndaf.metamodel.Models;

/**
 * The property definitions of an exchange file: the model's own (all of them, in order, with their ids),
 * then one per further key a written property uses ({@code propid-N}, or {@code specialization} for Archi's
 * Specialization key), so that every property can name its definition.
 */
final class PropertyPlan {

    /** A definition to write: the model's object, or a key ndaf defines. */
    record Definition(String identifier, String name, EObject model) {
    }

    private final ExchangeIds ids;
    private final List<Definition> definitions = new ArrayList<>();
    private final Map<EObject, Definition> byModel = new LinkedHashMap<>();
    private final Map<String, Definition> byName = new LinkedHashMap<>();
    private int next = 1;

    PropertyPlan(EObject architecture, ExchangeIds ids) {
        this.ids = ids;
        for (EObject d : Models.<EObject>list(architecture, "propertyDefinitions")) {
            Definition definition = new Definition(ids.of(d), Models.string(d, "name"), d);
            definitions.add(definition);
            byModel.put(d, definition);
            byName.putIfAbsent(key(Models.string(d, "name")), definition);
        }
    }

    /** The definition of a property object: its own when the model has it, else the one for its key. */
    String identifierFor(EObject property) {
        EObject d = (EObject) Models.get(property, "definition");
        if (d != null && byModel.containsKey(d)) {
            return byModel.get(d).identifier();
        }
        return identifierFor(Models.string(property, "key"));
    }

    /** The definition for a key, defined now when no definition has that name yet. */
    String identifierFor(String key) {
        Definition d = byName.get(key(key));
        if (d == null) {
            String identifier = ExchangeNames.SPECIALIZATION_NAME.equals(key) ? ids.reserve(ExchangeNames.SPECIALIZATION_ID) : nextPropid();
            d = new Definition(identifier, key, null);
            definitions.add(d);
            byName.put(key(key), d);
        }
        return d.identifier();
    }

    private String nextPropid() {
        while (!ids.tryReserve("propid-" + next)) {
            next++;
        }
        return "propid-" + next++;
    }

    private static String key(String name) {
        return name == null ? "" : name;
    }

    List<Definition> definitions() {
        return definitions;
    }
}
