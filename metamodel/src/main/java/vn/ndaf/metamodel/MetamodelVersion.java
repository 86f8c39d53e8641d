package vn.ndaf.metamodel;

/**
 * The metamodel version. Bump it with every change to {@code model/ndaf.ecore} that changes what a stored
 * model means, add the matching annotation value in the .ecore and a migrator (see docs/metamodel.md).
 */
public final class MetamodelVersion {

    public static final String CURRENT = "1.0.0";

    private MetamodelVersion() {
    }
}
