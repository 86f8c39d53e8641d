package vn.ndaf.repository;

import java.time.ZonedDateTime;

/** One stored architecture, as listed: counts are kept up to date by every write. */
public record ArchitectureSummary(String uid, String bodyCode, String state, String name, long elements, long relationships,
        long views, long revision, ZonedDateTime updatedAt) {
}
