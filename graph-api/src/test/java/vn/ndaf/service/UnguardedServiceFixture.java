package vn.ndaf.service;

/** What the guard rule refuses: a service method with a caller that skips {@link Guard}. */
public final class UnguardedServiceFixture {

    public String name(Caller caller) {
        return caller.name();
    }
}
