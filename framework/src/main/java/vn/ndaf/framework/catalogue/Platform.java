package vn.ndaf.framework.catalogue;

import java.util.List;

/**
 * A national shared platform or national-scale system of the catalogue. {@code perBody} platforms (the
 * LGSP, the operation centre) are not one national element but a building block of each body's template.
 *
 * @param type the metamodel class of its element: SharedPlatform, CommunicationNetwork or Node
 * @param scope the PlatformScope literal
 * @param hostedAt the catalogue code of what it runs on, or null
 */
public record Platform(String code, String nameVi, String nameEn, String type, String operator, String scope, boolean perBody, String category,
        String layer, int securityLevel, String hostedAt, boolean uncertain, String note, List<String> sources) {

    public Platform {
        sources = List.copyOf(sources);
    }

    /** Whether this is one element of the national architecture (not a per-body building block). */
    public boolean national() {
        return !perBody;
    }
}
