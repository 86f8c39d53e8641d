package vn.ndaf.cli;

import vn.ndaf.service.Caller;

/**
 * Who runs a command on a stopped store: the operating-system user, who holds the data folder, or the name an
 * {@code --author} option gives for the history.
 */
final class CommandCaller {

    private CommandCaller() {
    }

    static Caller of(String author) {
        return author == null ? Caller.localUser() : Caller.local(author);
    }
}
