package vn.ndaf.cli;

import java.util.List;
import java.util.Locale;

import vn.ndaf.repository.ChangeEntry;

/** How the command line prints the changes of a write: one line per object, and a count. */
final class ChangeLines {

    private ChangeLines() {
    }

    /** {@code created  BusinessActor 'Customer' (id-1)}, {@code updated  ... : name, documentation}. */
    static String of(ChangeEntry change) {
        String name = change.name() == null || change.name().isBlank() ? "" : " '" + change.name() + "'";
        String keys = change.operation() == ChangeEntry.Operation.UPDATED && !change.changedKeys().isEmpty() ? ": " + String.join(", ", change.changedKeys()) : "";
        return String.format("%-8s %s%s (%s)%s", change.operation().name().toLowerCase(Locale.ROOT), change.type(), name, change.id(), keys);
    }

    /** {@code 3 changes: 1 created, 1 updated, 1 deleted} (with "would be" for a dry run). */
    static String count(List<ChangeEntry> changes, boolean dryRun) {
        long created = changes.stream().filter(c -> c.operation() == ChangeEntry.Operation.CREATED).count();
        long updated = changes.stream().filter(c -> c.operation() == ChangeEntry.Operation.UPDATED).count();
        long deleted = changes.stream().filter(c -> c.operation() == ChangeEntry.Operation.DELETED).count();
        return changes.size() + (changes.size() == 1 ? " change" : " changes") + (dryRun ? " would be made" : "") + ": " + created + " created, " + updated
                + " updated, " + deleted + " deleted";
    }
}
