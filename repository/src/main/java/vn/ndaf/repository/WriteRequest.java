package vn.ndaf.repository;

import java.util.Objects;

/**
 * Who writes, why, and how the caller follows progress. Every write is recorded with its author and
 * message in the architecture's history.
 *
 * @param author   the person or system writing (recorded in the history)
 * @param message  why (recorded in the history); may be empty
 * @param kind     what kind of write: import, edit, template, generate, ...
 * @param progress told how the write advances
 */
public record WriteRequest(String author, String message, String kind, ProgressListener progress) {

    public WriteRequest {
        Objects.requireNonNull(author, "author");
        message = message == null ? "" : message;
        kind = kind == null ? "edit" : kind;
        progress = progress == null ? ProgressListener.NONE : progress;
    }

    public static WriteRequest by(String author, String message) {
        return new WriteRequest(author, message, "edit", ProgressListener.NONE);
    }

    public WriteRequest withKind(String newKind) {
        return new WriteRequest(author, message, newKind, progress);
    }

    public WriteRequest withProgress(ProgressListener listener) {
        return new WriteRequest(author, message, kind, listener);
    }
}
