package vn.ndaf.framework.template;

/**
 * One end of an expected relationship: a block of the template itself ({@code lgsp}), a national platform
 * of the catalogue in the national architecture ({@code national:NDXP}), or a block of the parent body's
 * architecture ({@code parent:lgsp}).
 */
public record Endpoint(Kind kind, String ref) {

    public enum Kind {
        BLOCK, NATIONAL, PARENT
    }

    public static final String NATIONAL_PREFIX = "national:";
    public static final String PARENT_PREFIX = "parent:";

    public static Endpoint parse(String text) {
        if (text.startsWith(NATIONAL_PREFIX)) {
            return new Endpoint(Kind.NATIONAL, text.substring(NATIONAL_PREFIX.length()));
        }
        if (text.startsWith(PARENT_PREFIX)) {
            return new Endpoint(Kind.PARENT, text.substring(PARENT_PREFIX.length()));
        }
        return new Endpoint(Kind.BLOCK, text);
    }

    /** A part of a relationship id naming this end: the block key, n-CODE or p-KEY. */
    String idPart() {
        return switch (kind) {
            case BLOCK -> ref;
            case NATIONAL -> "n-" + ref;
            case PARENT -> "p-" + ref;
        };
    }

    @Override
    public String toString() {
        return switch (kind) {
            case BLOCK -> ref;
            case NATIONAL -> NATIONAL_PREFIX + ref;
            case PARENT -> PARENT_PREFIX + ref;
        };
    }
}
