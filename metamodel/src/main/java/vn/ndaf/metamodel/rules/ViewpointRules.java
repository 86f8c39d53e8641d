package vn.ndaf.metamodel.rules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;

import vn.ndaf.metamodel.NdafMetamodel;

/**
 * The ArchiMate 3.2 viewpoints (Appendix C), loaded from {@code model/viewpoints.tsv}: each viewpoint's Archi
 * id, its name in the Open Group exchange format, and the element types a view with that viewpoint may show.
 * Junction and Grouping are allowed in every viewpoint; a viewpoint with an empty list, no viewpoint and an
 * unknown viewpoint allow every type; national concepts count as the ArchiMate type they specialize.
 */
public final class ViewpointRules {

    private static final String RESOURCE = "/vn/ndaf/metamodel/model/viewpoints.tsv";
    private static final Set<String> ALWAYS = Set.of("Junction", "Grouping");
    private static final ViewpointRules INSTANCE = load();

    /** One viewpoint: Archi's id, the exchange format's name, the allowed ArchiMate element types (empty: all). */
    public record Viewpoint(String id, String exchangeName, Set<String> allowed) {

        /** Whether a view with this viewpoint may show an element of this ArchiMate type. */
        public boolean allows(String archimateType) {
            return allowed.isEmpty() || ALWAYS.contains(archimateType) || allowed.contains(archimateType);
        }
    }

    private final Map<String, Viewpoint> byId;

    private ViewpointRules(Map<String, Viewpoint> byId) {
        this.byId = byId;
    }

    public static ViewpointRules get() {
        return INSTANCE;
    }

    /** Every viewpoint, in file order. */
    public List<Viewpoint> all() {
        return List.copyOf(byId.values());
    }

    /** The viewpoint with this Archi id. */
    public Optional<Viewpoint> byId(String id) {
        return Optional.ofNullable(id == null ? null : byId.get(id));
    }

    /** The viewpoint with this exchange-format name. */
    public Optional<Viewpoint> byExchangeName(String name) {
        return byId.values().stream().filter(v -> v.exchangeName().equals(name)).findFirst();
    }

    /**
     * Whether a view with the viewpoint {@code viewpointId} (Archi's id; null or empty for none) may show an
     * element of class {@code elementClass}; only elements are restricted, anything else is allowed.
     */
    public boolean allows(String viewpointId, EClass elementClass) {
        NdafMetamodel mm = NdafMetamodel.get();
        if (!mm.isA(elementClass, "Element")) {
            return true;
        }
        String type = mm.archimateType(elementClass);
        return byId(viewpointId).map(v -> v.allows(type == null ? elementClass.getName() : type)).orElse(true);
    }

    private static ViewpointRules load() {
        Map<String, Viewpoint> byId = new LinkedHashMap<>();
        try (InputStream in = ViewpointRules.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (cells.length != 3) {
                    throw new IllegalStateException(RESOURCE + " line " + number + ": expected id<TAB>exchange name<TAB>types");
                }
                Set<String> allowed = new LinkedHashSet<>();
                if (!cells[2].isBlank()) {
                    allowed.addAll(Arrays.asList(cells[2].strip().split(" +")));
                }
                if (byId.put(cells[0], new Viewpoint(cells[0], cells[1], Collections.unmodifiableSet(allowed))) != null) {
                    throw new IllegalStateException(RESOURCE + " line " + number + ": the viewpoint " + cells[0] + " is listed twice");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ViewpointRules(byId);
    }
}
