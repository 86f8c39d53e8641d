package vn.ndaf.service;

/**
 * Where the server learns who asks. The security configuration provides the one that reads the signed-in account;
 * without it every request is {@link Caller#anonymous(String)}.
 */
@FunctionalInterface
public interface CallerSource {

    /** The caller of the request being served on this thread. */
    Caller current();
}
