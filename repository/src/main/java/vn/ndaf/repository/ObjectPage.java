package vn.ndaf.repository;

import java.util.List;

/** A page of objects ordered by id; {@code nextAfter} is the cursor of the next page, or null at the end. */
public record ObjectPage(List<ObjectRecord> items, long totalCount, String nextAfter) {
}
