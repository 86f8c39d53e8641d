package vn.ndaf.repository;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

/**
 * One object's change in one revision: created, updated (with the changed keys, old and new values) or
 * deleted (with its last values).
 */
public record ChangeEntry(long revision, ZonedDateTime at, String author, String uid, String id, String type, String name,
        Operation operation, List<String> changedKeys, Map<String, Object> oldValues, Map<String, Object> newValues) {

    public enum Operation {
        CREATED, UPDATED, DELETED
    }
}
