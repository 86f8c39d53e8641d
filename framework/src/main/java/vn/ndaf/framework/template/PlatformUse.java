package vn.ndaf.framework.template;

/** A national platform a body must (or should) use, and the relationship that records the use. */
public record PlatformUse(String code, boolean required, ExpectedRelationship relationship, String note) {

    /** The template block on the body's side of the relationship. */
    public String blockKey() {
        return relationship.from().kind() == Endpoint.Kind.BLOCK ? relationship.from().ref() : relationship.to().ref();
    }
}
