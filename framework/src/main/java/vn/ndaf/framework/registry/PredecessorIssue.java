package vn.ndaf.framework.registry;

/**
 * Something the parse of the predecessors file reports: a fragment it could not resolve to one pre-reform
 * unit, a fragment that names no administrative unit, or a code it corrected.
 */
public record PredecessorIssue(String unitCode, Kind kind, String fragment, String message) {

    public enum Kind {
        /** No pre-reform unit of that name in the parent: the predecessor is kept without a code. */
        UNRESOLVED,
        /** Several pre-reform units of that name in the parent and the text does not say which: kept without a code. */
        AMBIGUOUS,
        /** The fragment names a place below a commune (a village, a firing range): not listed as a predecessor. */
        NOT_A_UNIT,
        /** The entry's code is not the registry's; the unit was found by name in its province. */
        CODE_CORRECTED
    }

    @Override
    public String toString() {
        return unitCode + " " + kind + ": " + message + (fragment == null ? "" : " [" + fragment + "]");
    }
}
