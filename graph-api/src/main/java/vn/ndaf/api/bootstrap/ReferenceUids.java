package vn.ndaf.api.bootstrap;

/**
 * The fixed ids under which the reference data is stored: the body registry and the national architecture
 * (whose platforms every other architecture refers to).
 */
public record ReferenceUids(String registry, String national) {

    public static final ReferenceUids STANDARD = new ReferenceUids("registry", "national");
}
