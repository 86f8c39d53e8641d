package vn.ndaf.framework.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.ndaf.framework.registry.Body;

/** The framework's templates, in the order framework.yaml lists them. */
public final class Templates {

    private final Map<String, Template> byName;
    private final List<String> order;

    /** {@code byName} in the framework's order (an insertion-ordered map). */
    public Templates(Map<String, Template> byName) {
        this.byName = Map.copyOf(byName);
        this.order = List.copyOf(byName.keySet());
    }

    public List<String> names() {
        return order;
    }

    public List<Template> all() {
        List<Template> all = new ArrayList<>();
        order.forEach(n -> all.add(byName.get(n)));
        return all;
    }

    public Optional<Template> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** The template made for this body: the first, in framework order, that applies to its tier and kind. */
    public Optional<Template> forBody(Body body) {
        return all().stream().filter(t -> t.appliesTo(body)).findFirst();
    }

    /** The templates that apply to this body. */
    public List<Template> applicableTo(Body body) {
        return all().stream().filter(t -> t.appliesTo(body)).toList();
    }
}
