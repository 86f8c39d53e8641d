package vn.ndaf.repository;

import java.util.List;

/** Refused to delete objects that other architectures still refer to; lists the referrers. */
public class ReferencedElementException extends RepositoryException {

    private final List<String> referrers;

    public ReferencedElementException(String message, List<String> referrers) {
        super(message);
        this.referrers = List.copyOf(referrers);
    }

    public List<String> referrers() {
        return referrers;
    }
}
