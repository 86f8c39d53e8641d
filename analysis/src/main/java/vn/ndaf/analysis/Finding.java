package vn.ndaf.analysis;

import java.util.Objects;

/**
 * One thing a rule found: which rule, how severe (after the profile), in which architecture of which body,
 * on which object (its id as stored, i.e. as in the imported file, and its name), and what to do.
 *
 * @param rule         the rule's stable id, e.g. {@code archimate.element.unused}
 * @param severity     the severity under the profile the check ran with
 * @param architecture the architecture's id in the store
 * @param body         the code of the architecture's body; null when the architecture names none
 * @param id           the object's id; the architecture's id for findings about the architecture as a whole
 * @param name         the object's name; may be empty
 * @param message      names the object and the body and says what to do
 */
public record Finding(String rule, Severity severity, String architecture, String body, String id, String name, String message) {

    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        name = name == null ? "" : name;
    }

    public Finding withSeverity(Severity s) {
        return new Finding(rule, s, architecture, body, id, name, message);
    }
}
