package vn.ndaf.metamodel.rules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;

import vn.ndaf.metamodel.NdafMetamodel;

/**
 * The ArchiMate 3.2 relationship table (Appendix B), loaded from {@code model/relationships.tsv}: which
 * relationship types may go from a source type to a target type. National concepts count as the ArchiMate
 * type they specialize (a Database is an ApplicationComponent); a relationship used as a source or target
 * counts as the pseudo-type {@value #RELATIONSHIP}.
 */
public final class RelationshipRules {

    /** The pseudo-type standing for any relationship used as a source or target. */
    public static final String RELATIONSHIP = "Relationship";
    private static final String RESOURCE = "/vn/ndaf/metamodel/model/relationships.tsv";
    private static final RelationshipRules INSTANCE = load();

    /** The eleven relationship types with their letter in the table. */
    public enum Kind {
        COMPOSITION('c'), AGGREGATION('g'), ASSIGNMENT('i'), REALIZATION('r'), SERVING('v'), ACCESS('a'), INFLUENCE('n'),
        TRIGGERING('t'), FLOW('f'), SPECIALIZATION('s'), ASSOCIATION('o');

        private final char letter;

        Kind(char letter) {
            this.letter = letter;
        }

        public char letter() {
            return letter;
        }

        /** The metamodel class name, e.g. ServingRelationship. */
        public String className() {
            String n = name().charAt(0) + name().substring(1).toLowerCase(java.util.Locale.ROOT);
            return n + "Relationship";
        }

        public static Kind ofLetter(char letter) {
            for (Kind k : values()) {
                if (k.letter == letter) {
                    return k;
                }
            }
            throw new IllegalArgumentException("'" + letter + "' is not a relationship letter");
        }

        /** The kind of a relationship class name (ServingRelationship) or null. */
        public static Kind ofClassName(String className) {
            for (Kind k : values()) {
                if (k.className().equals(className)) {
                    return k;
                }
            }
            return null;
        }
    }

    private final Map<String, Map<String, Set<Kind>>> table;
    private final List<String> types;

    private RelationshipRules(Map<String, Map<String, Set<Kind>>> table, List<String> types) {
        this.table = table;
        this.types = types;
    }

    public static RelationshipRules get() {
        return INSTANCE;
    }

    /** The source/target types of the table (the 61 ArchiMate element types and {@value #RELATIONSHIP}), in file order. */
    public List<String> types() {
        return types;
    }

    /** The relationship kinds the table allows from {@code sourceType} to {@code targetType} (empty when either is unknown). */
    public Set<Kind> allowed(String sourceType, String targetType) {
        Set<Kind> kinds = table.getOrDefault(sourceType, Map.of()).get(targetType);
        return kinds == null ? Set.of() : Collections.unmodifiableSet(kinds);
    }

    public boolean allows(Kind kind, String sourceType, String targetType) {
        return allowed(sourceType, targetType).contains(kind);
    }

    /**
     * Whether a relationship of class {@code relationship} may go from an object of class {@code source}
     * to one of class {@code target}, each taken as its ArchiMate type.
     */
    public boolean allows(EClass relationship, EClass source, EClass target) {
        // asked once per relationship of a model on every write: the answer per three classes is kept
        return answers.computeIfAbsent(relationship, r -> new java.util.concurrent.ConcurrentHashMap<>())
                .computeIfAbsent(source, s -> new java.util.concurrent.ConcurrentHashMap<>()).computeIfAbsent(target, t -> {
                    NdafMetamodel mm = NdafMetamodel.get();
                    Kind kind = Kind.ofClassName(mm.archimateType(relationship));
                    if (kind == null) {
                        throw new IllegalArgumentException(relationship.getName() + " is not an ArchiMate relationship class");
                    }
                    return allows(kind, tableType(source), tableType(target));
                });
    }

    private final Map<EClass, Map<EClass, Map<EClass, Boolean>>> answers = new java.util.concurrent.ConcurrentHashMap<>();

    /** The type an object of this class has in the table: its ArchiMate element type, or {@value #RELATIONSHIP}. */
    public static String tableType(EClass eClass) {
        NdafMetamodel mm = NdafMetamodel.get();
        if (mm.isA(eClass, "Relationship")) {
            return RELATIONSHIP;
        }
        String type = mm.archimateType(eClass);
        return type == null ? eClass.getName() : type;
    }

    private static RelationshipRules load() {
        Map<String, Map<String, Set<Kind>>> table = new HashMap<>();
        Set<String> types = new LinkedHashSet<>();
        try (InputStream in = RelationshipRules.class.getResourceAsStream(RESOURCE)) {
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
                    throw new IllegalStateException(RESOURCE + " line " + number + ": expected source<TAB>target<TAB>letters");
                }
                Set<Kind> kinds = EnumSet.noneOf(Kind.class);
                for (char c : cells[2].strip().toCharArray()) {
                    kinds.add(Kind.ofLetter(c));
                }
                if (table.computeIfAbsent(cells[0], k -> new HashMap<>()).put(cells[1], kinds) != null) {
                    throw new IllegalStateException(RESOURCE + " line " + number + ": the pair " + cells[0] + " -> " + cells[1] + " is listed twice");
                }
                types.add(cells[0]);
                types.add(cells[1]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new RelationshipRules(table, List.copyOf(new ArrayList<>(types)));
    }
}
