package vn.ndaf.analysis.gaps;

/** Small value types shared by the gap matrices. */
public final class Refs {

    private Refs() {
    }

    /** An element in a gap matrix. */
    public record ElementRef(String id, String name, String type) {
    }

    /** A template block, by key and the name it would have for the body. */
    public record BlockRef(String key, String name) {
    }

    /** A national platform of the catalogue, by code and name. */
    public record PlatformRef(String code, String name) {
    }
}
