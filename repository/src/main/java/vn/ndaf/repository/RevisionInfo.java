package vn.ndaf.repository;

import java.time.ZonedDateTime;

/** One write in an architecture's history. */
public record RevisionInfo(String architecture, long number, String author, ZonedDateTime at, String message, String kind,
        long created, long updated, long deleted) {
}
