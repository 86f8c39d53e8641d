package vn.ndaf.service;

/**
 * What an {@link Action} is about: one architecture, the architectures of one body, or the whole store.
 *
 * @param architecture the architecture's id, or null
 * @param body         the body's code, or null (an architecture's body is looked up by the policy that needs it)
 */
public record Target(String architecture, String body) {

    /** The store as a whole: nation-wide lists, searches and analyses, reference data. */
    public static final Target STORE = new Target(null, null);

    public static Target architecture(String id) {
        return new Target(id, null);
    }

    public static Target body(String code) {
        return new Target(null, code);
    }

    /** Everything stored, or the body's architectures when {@code code} is given. */
    public static Target bodyOrStore(String code) {
        return code == null || code.isBlank() ? STORE : body(code);
    }

    public boolean isStore() {
        return architecture == null && body == null;
    }

    @Override
    public String toString() {
        return architecture != null ? "architecture " + architecture : body != null ? "body " + body : "store";
    }
}
