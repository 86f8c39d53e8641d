package vn.ndaf.analysis.gaps;

import java.util.ArrayList;
import java.util.List;

import vn.ndaf.framework.data.MetamodelChecks;
import vn.ndaf.repository.ArchitectureRepository;
import vn.ndaf.repository.GapQueries;

/**
 * National and specialised databases not synchronised in real time with the National Data Center
 * ({@code ndcSync} none or batch), and, apart, those assessed as failing any of the plan's six data-quality
 * criteria or never assessed ({@code qualityAssessedOn} unset).
 */
public final class DataGaps {

    public record Database(String body, String architecture, String id, String name, String scope, String ndcSync) {
    }

    /** {@code assessedOn} null: never assessed; {@code failing} the criteria it does not meet (all six when not assessed). */
    public record Quality(String body, String architecture, String id, String name, String scope, String assessedOn, List<String> failing) {

        public Quality {
            failing = List.copyOf(failing);
        }
    }

    public record Result(List<Database> databases, List<Quality> quality) {

        public Result {
            databases = List.copyOf(databases);
            quality = List.copyOf(quality);
        }
    }

    private final ArchitectureRepository repository;
    private final GapQueries queries;

    public DataGaps(ArchitectureRepository repository, GapQueries queries) {
        this.repository = repository;
        this.queries = queries;
    }

    public Result find() {
        Architectures architectures = new Architectures(repository);
        List<String> criteria = MetamodelChecks.literals("DataQualityCriterion");
        List<Database> unsynchronised = new ArrayList<>();
        List<Quality> quality = new ArrayList<>();
        for (GapQueries.DatabaseRow row : queries.databases()) {
            if (!architectures.contains(row.architecture())) {
                continue;
            }
            String body = architectures.body(row.architecture());
            if (!"real_time".equals(row.ndcSync())) {
                unsynchronised.add(new Database(body, row.architecture(), row.id(), row.name(), row.scope(), row.ndcSync()));
            }
            List<String> failing = criteria.stream().filter(c -> row.assessedOn() == null || !row.criteria().contains(c)).toList();
            if (!failing.isEmpty()) {
                quality.add(new Quality(body, row.architecture(), row.id(), row.name(), row.scope(), row.assessedOn(), failing));
            }
        }
        return new Result(unsynchronised, quality);
    }
}
