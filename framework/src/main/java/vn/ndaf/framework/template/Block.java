package vn.ndaf.framework.template;

import java.util.List;
import java.util.Map;

/**
 * A building block of a template: the metamodel class of its element, name patterns, whether it is
 * required, its place in the framework (national layer, reference model, category), attribute values to
 * set, the attributes that identify it in an architecture, and for a plan task the plan's task code.
 */
public record Block(String key, String type, String nameVi, String nameEn, boolean required, String layer, String referenceModel, String category,
        Map<String, Object> attributes, List<String> identifyBy, String task, String note) {

    public Block {
        attributes = Map.copyOf(attributes);
        identifyBy = List.copyOf(identifyBy);
    }

    /** The value an element must have for attribute {@code name} to be this block, as text (enum literal, number, code). */
    public String identityValue(String name) {
        if (name.equals("referenceCategory")) {
            return category;
        }
        if (name.equals("taskCode")) {
            return task;
        }
        Object v = attributes.get(name);
        return v == null ? null : v.toString();
    }
}
