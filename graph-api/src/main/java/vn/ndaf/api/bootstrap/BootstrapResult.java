package vn.ndaf.api.bootstrap;

import java.util.List;

/** What {@link StoreBootstrap#ensure()} did to each reference model. */
public record BootstrapResult(Step registry, Step national) {

    public enum Outcome {
        /** The store had no such model: it was created. */
        CREATED,
        /** The stored model had another version: the new one was saved over it (recorded in its history). */
        UPDATED,
        /** The stored model has the data's version. */
        UNCHANGED,
        /** The new version could not be saved (e.g. it drops a platform other architectures use); the old one stays. */
        REFUSED
    }

    /** One model: its store id, what happened, the version stored before (null if none) and now, and why when refused. */
    public record Step(String uid, String label, Outcome outcome, String before, String after, String reason) {

        public String describe() {
            return switch (outcome) {
                case CREATED -> label + " " + after + " loaded (" + uid + ")";
                case UPDATED -> label + " updated from " + before + " to " + after + " (" + uid + ", recorded in its history)";
                case UNCHANGED -> label + " " + after + " up to date (" + uid + ")";
                case REFUSED -> label + " stays at " + before + ": " + after + " could not be saved: " + reason;
            };
        }
    }

    public List<String> lines() {
        return List.of(registry.describe(), national.describe());
    }

    public boolean changedAnything() {
        return registry.outcome() == Outcome.CREATED || registry.outcome() == Outcome.UPDATED || national.outcome() == Outcome.CREATED
                || national.outcome() == Outcome.UPDATED;
    }
}
