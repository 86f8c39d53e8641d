package vn.ndaf.framework.catalogue;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The catalogue of national shared platforms, national and specialised databases and the plan's work
 * packages (catalogue.yaml). Sample content: {@link #sample()} says so and {@link #note()} says why.
 */
public record Catalogue(String version, boolean sample, String note, Map<String, Source> sources, List<Platform> platforms,
        List<CatalogueDatabase> databases, List<WorkPackage> workPackages) {

    public Catalogue {
        sources = Map.copyOf(sources);
        platforms = List.copyOf(platforms);
        databases = List.copyOf(databases);
        workPackages = List.copyOf(workPackages);
    }

    public Optional<Platform> platform(String code) {
        return platforms.stream().filter(p -> p.code().equals(code)).findFirst();
    }

    public Optional<WorkPackage> workPackage(String code) {
        return workPackages.stream().filter(w -> w.code().equals(code)).findFirst();
    }

    /** The platforms that are one element of the national architecture each. */
    public List<Platform> nationalPlatforms() {
        return platforms.stream().filter(Platform::national).toList();
    }
}
