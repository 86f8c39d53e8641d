package vn.ndaf.repository;

import java.util.List;
import java.util.Map;

/**
 * One stored object as the API shows it: identity, type, name, version, its other attributes (as stored:
 * enum literals, numbers, booleans, lists) and its user properties in order — without loading its whole
 * architecture.
 */
public record ObjectRecord(String uid, String architecture, String id, String type, String name, String documentation, long version, long revision,
        Map<String, Object> attributes, List<UserProperty> properties) {

    /** A key/value property the user gave the object. */
    public record UserProperty(String key, String value) {
    }
}
