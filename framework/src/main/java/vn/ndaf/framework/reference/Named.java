package vn.ndaf.framework.reference;

/**
 * An entry of the framework's reference model: its key (an enum literal of the metamodel, or a category
 * code), its order, and its Vietnamese and English names.
 */
public record Named(String key, int order, String nameVi, String nameEn) {
}
