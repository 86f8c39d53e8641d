package vn.ndaf.metamodel.migration;

import org.w3c.dom.Document;

/**
 * One step of a model written with an older metamodel towards a newer one: rewrites the XMI document of
 * a model written under namespace {@link #fromNsUri()} into what namespace {@link #toNsUri()} expects
 * (renamed classes or features, split attributes, moved values). Steps are chained by
 * {@link MetamodelMigrations}.
 */
public interface MetamodelMigration {

    String fromNsUri();

    String toNsUri();

    /** What the step changes, in a sentence (shown when a file is migrated). */
    String description();

    void migrate(Document xmi);
}
