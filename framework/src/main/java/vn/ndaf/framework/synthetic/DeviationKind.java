package vn.ndaf.framework.synthetic;

/** The kinds of deviations the synthetic nation plants on purpose (docs/synthetic-nation.md). */
public enum DeviationKind {

    /** A required block of the body's template is absent. */
    MISSING_REQUIRED_BLOCK("missing_required_block"),
    /** A national or specialised database does not synchronise with the National Data Center (ndcSync none). */
    UNSYNCHRONISED_DATABASE("unsynchronised_database"),
    /** A province built its own system with the function of a national platform (its reference category). */
    DUPLICATED_SYSTEM("duplicated_system"),
    /** A plan task whose deadline has passed and which is not done. */
    LATE_WORK_PACKAGE("late_work_package");

    private final String key;

    DeviationKind(String key) {
        this.key = key;
    }

    /** The kind's name in data files and reports. */
    public String key() {
        return key;
    }

    public static DeviationKind ofKey(String key) {
        for (DeviationKind k : values()) {
            if (k.key.equals(key)) {
                return k;
            }
        }
        throw new IllegalArgumentException("'" + key + "' is not a deviation kind; use one of missing_required_block, unsynchronised_database,"
                + " duplicated_system, late_work_package");
    }
}
