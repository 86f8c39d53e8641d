package vn.ndaf.framework.national;

/**
 * The ids of the national architecture's elements. They are part of the stored graph's contract: other
 * architectures refer to national platforms by them (an element {@code ndaf:/graph/<national>#p-NDXP}).
 */
public final class NationalIds {

    /** The id of the national architecture's root. */
    public static final String ROOT = "national";
    /** The body that owns the national architecture: the Government. */
    public static final String OWNER_BODY = "CP";

    private NationalIds() {
    }

    public static String platform(String code) {
        return "p-" + code;
    }

    public static String database(String code) {
        return "database-" + code;
    }

    public static String term(String code) {
        return "term-" + code;
    }

    public static String task(String code) {
        return "wp-" + code;
    }

    public static String layer(String literal) {
        return "layer-" + literal;
    }

    public static String referenceModel(String literal) {
        return "refmodel-" + literal;
    }

    public static String category(String code) {
        return "category-" + code;
    }

    public static String dataLayer(String literal) {
        return "datalayer-" + literal;
    }

    public static String dataBlock(String literal) {
        return "datablock-" + literal;
    }

    public static String principle(String literal) {
        return "quality-" + literal;
    }

    /** The catalogue code of a platform element id ({@code p-NDXP} -> NDXP), or null when the id is not a platform's. */
    public static String platformCode(String id) {
        return id != null && id.startsWith("p-") ? id.substring(2) : null;
    }
}
