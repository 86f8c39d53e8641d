package vn.ndaf.api;

/** The ndaf version, from the jar's manifest (or "dev" when run from classes). */
public final class NdafVersion {

    private NdafVersion() {
    }

    public static String get() {
        String v = NdafVersion.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
