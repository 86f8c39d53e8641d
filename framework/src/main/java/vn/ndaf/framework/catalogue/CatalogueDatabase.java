package vn.ndaf.framework.catalogue;

import java.util.List;

/** A national or specialised database of the catalogue (scope, data layer and block, sync are metamodel literals). */
public record CatalogueDatabase(String code, String nameVi, String nameEn, String scope, String steward, String category, String dataLayer,
        String dataBlock, String ndcSync, boolean uncertain, String note, List<String> sources) {

    public CatalogueDatabase {
        sources = List.copyOf(sources);
    }
}
