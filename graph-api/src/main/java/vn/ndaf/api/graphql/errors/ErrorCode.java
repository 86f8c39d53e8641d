package vn.ndaf.api.graphql.errors;

/**
 * The codes every GraphQL error carries in {@code extensions.code}; docs/graphql.md lists them with when they
 * occur and the HTTP status. Clients branch on these, never on messages.
 */
public enum ErrorCode {
    /** The request is not valid: syntax, unknown field, wrong argument type, a value the field does not take, a page over the cap. */
    INVALID_INPUT,
    /** An object, architecture, body or template named by the request is not stored. */
    NOT_FOUND,
    /** The object changed since the version the edit is based on. */
    CONFLICT,
    /** The object is still referred to; the message lists by what. */
    REFERENCED,
    /** An imported file was refused (broken, hostile or too large). */
    IMPORT_REFUSED,
    /** The request is over a limit: depth, complexity (cost), document size. */
    TOO_COMPLEX,
    /** The request ran longer than the request timeout. */
    TIMEOUT,
    /** The server is starting or its store cannot be reached. */
    UNAVAILABLE,
    /** The request needs a signed-in user. */
    UNAUTHENTICATED,
    /** The user may not do this. */
    FORBIDDEN,
    /** Anything unexpected; the message carries a reference to the server's log. */
    INTERNAL;

    /** The key of the code in an error's extensions. */
    public static final String KEY = "code";

    /** The code of this name, or null when the name is not one of the list. */
    public static ErrorCode of(Object name) {
        if (name == null) {
            return null;
        }
        for (ErrorCode code : values()) {
            if (code.name().equals(name.toString())) {
                return code;
            }
        }
        return null;
    }
}
