package vn.ndaf.metamodel.validation.invariants;

import java.util.List;

import vn.ndaf.metamodel.validation.Invariant;

/** Every invariant of the metamodel, in the order they are checked (docs/metamodel.md lists them). */
public final class Invariants {

    private static final List<Invariant> ALL = List.of(
            new RelationshipAllowed(),
            new JunctionSameType(),
            new ConnectionShowsItsRelationship(),
            new ProfileMatchesConceptType(),
            new SecurityLevelInRange(),
            new IsoDates(),
            new PlanTaskHasLead(),
            new CommuneBelongsToProvince());

    private Invariants() {
    }

    public static List<Invariant> all() {
        return ALL;
    }

    /** The invariant with this rule id, if there is one. */
    public static java.util.Optional<Invariant> byId(String id) {
        return ALL.stream().filter(i -> i.id().equals(id)).findFirst();
    }
}
