package vn.ndaf.framework.reference;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The national framework's reference model (framework.yaml): its version, the four layers, the reference
 * models with their categories, the data layers and blocks, the data-quality criteria and the names of
 * the templates it defines.
 */
public record FrameworkModel(String version, String titleVi, String titleEn, List<BasisDocument> basis, List<String> templateNames,
        List<Named> layers, List<ReferenceModelDefinition> referenceModels, List<Named> dataLayers, List<Named> dataBlocks,
        List<Named> qualityCriteria) {

    public FrameworkModel {
        basis = List.copyOf(basis);
        templateNames = List.copyOf(templateNames);
        layers = List.copyOf(layers);
        referenceModels = List.copyOf(referenceModels);
        dataLayers = List.copyOf(dataLayers);
        dataBlocks = List.copyOf(dataBlocks);
        qualityCriteria = List.copyOf(qualityCriteria);
    }

    /** Every category of every reference model, by code, in file order. */
    public Map<String, Category> categories() {
        Map<String, Category> all = new LinkedHashMap<>();
        referenceModels.forEach(rm -> rm.categories().forEach(c -> all.put(c.code(), c)));
        return all;
    }

    public Optional<Category> category(String code) {
        return Optional.ofNullable(categories().get(code));
    }

    public Optional<Named> layer(String literal) {
        return layers.stream().filter(l -> l.key().equals(literal)).findFirst();
    }
}
