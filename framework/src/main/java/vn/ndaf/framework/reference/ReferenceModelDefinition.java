package vn.ndaf.framework.reference;

import java.util.List;

/** One reference model (BRM, DRM, ARM, TRM, SRM) with its categories in file order. */
public record ReferenceModelDefinition(String literal, String nameVi, String nameEn, List<Category> categories) {

    public ReferenceModelDefinition {
        categories = List.copyOf(categories);
    }
}
