package vn.ndaf.api.graphql;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.GraphQlExceptionHandler;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Controller;

import graphql.GraphQLError;
import graphql.schema.DataFetchingEnvironment;
import vn.ndaf.analysis.gaps.Coverage;
import vn.ndaf.analysis.gaps.DataGaps;
import vn.ndaf.analysis.gaps.Duplicates;
import vn.ndaf.analysis.gaps.GapInputException;
import vn.ndaf.analysis.gaps.GapMatrix;
import vn.ndaf.analysis.gaps.Schedule;
import vn.ndaf.api.bootstrap.BodyFilter;
import vn.ndaf.service.AnalysisService;
import vn.ndaf.service.Caller;
import vn.ndaf.service.FrameworkService;

/** The gap analyses as queries (schema graphql/gaps.graphqls, docs/gaps.md). */
@Controller
public class GapsController {

    /** A paginated coverage answer. */
    public record CoverageGaps(List<Coverage.BodyCoverage> bodies, int count, Totals totals) {
    }

    public record Count(String key, int count) {
    }

    public record Totals(int bodies, int bodiesWithoutArchitecture, int architectures, int architecturesComplete, int missingBlocks, int missingPlatforms,
            List<Count> missingByBlock, List<Count> missingByPlatform) {
    }

    public record DataPage(List<DataGaps.Database> databases, int databaseCount, List<DataGaps.Quality> quality, int qualityCount) {
    }

    public record DuplicatePage(List<Duplicates.Duplicate> duplicates, int duplicateCount, List<Duplicates.Overlap> overlaps, int overlapCount) {
    }

    public record SchedulePage(String asOf, List<Schedule.Late> late, int count) {
    }

    private final AnalysisService analysis;
    private final FrameworkService framework;
    private final RequestCallers callers;

    public GapsController(AnalysisService analysis, FrameworkService framework, RequestCallers callers) {
        this.analysis = analysis;
        this.framework = framework;
        this.callers = callers;
    }

    @QueryMapping
    public GapMatrix gapsPlateau(@Argument String architecture, @Argument String baseline, @Argument String target, DataFetchingEnvironment env) {
        return analysis.plateauGaps(callers.of(env), architecture, baseline, target);
    }

    @QueryMapping
    public GapMatrix gapsStates(@Argument String from, @Argument String to, DataFetchingEnvironment env) {
        return analysis.stateGaps(callers.of(env), from, to);
    }

    @QueryMapping
    public CoverageGaps gapsCoverage(@Argument String tier, @Argument String kind, @Argument String parent, @Argument int first, @Argument int offset,
            DataFetchingEnvironment env) {
        Caller caller = callers.of(env);
        Coverage.Result r = analysis.coverage(caller, new BodyFilter(tier, kind, parent).apply(framework.registry(caller)));
        Coverage.Totals t = r.totals();
        return new CoverageGaps(page(r.bodies(), first, offset), r.bodies().size(), new Totals(t.bodies(), t.bodiesWithoutArchitecture(), t.architectures(),
                t.architecturesComplete(), t.missingBlocks(), t.missingPlatforms(), counts(t.missingByBlock()), counts(t.missingByPlatform())));
    }

    @QueryMapping
    public DataPage gapsData(@Argument int first, @Argument int offset, DataFetchingEnvironment env) {
        DataGaps.Result r = analysis.dataGaps(callers.of(env));
        return new DataPage(page(r.databases(), first, offset), r.databases().size(), page(r.quality(), first, offset), r.quality().size());
    }

    @QueryMapping
    public DuplicatePage gapsDuplicates(@Argument int first, @Argument int offset, DataFetchingEnvironment env) {
        Duplicates.Result r = analysis.duplicates(callers.of(env));
        return new DuplicatePage(page(r.duplicates(), first, offset), r.duplicates().size(), page(r.overlaps(), first, offset), r.overlaps().size());
    }

    @QueryMapping
    public SchedulePage gapsSchedule(@Argument String asOf, @Argument int first, @Argument int offset, DataFetchingEnvironment env) {
        LocalDate day;
        try {
            day = asOf == null ? LocalDate.now() : LocalDate.parse(asOf.strip());
        } catch (DateTimeParseException e) {
            throw new GapInputException("The date '" + asOf + "' is not an ISO date; write it as yyyy-mm-dd, e.g. 2026-12-31.");
        }
        Schedule.Result r = analysis.schedule(callers.of(env), day);
        return new SchedulePage(r.asOf(), page(r.late(), first, offset), r.late().size());
    }

    @SchemaMapping(typeName = "GapMatrix", field = "new")
    public List<vn.ndaf.analysis.gaps.Refs.ElementRef> created(GapMatrix m) {
        return m.created();
    }

    @SchemaMapping(typeName = "GapMatrix", field = "changed")
    public List<GapMatrix.Changed> changed(GapMatrix m) {
        return m.changed() == null ? List.of() : m.changed();
    }

    @SchemaMapping(typeName = "GapPotentialMatch", field = "new")
    public vn.ndaf.analysis.gaps.Refs.ElementRef created(GapMatrix.PotentialMatch m) {
        return m.created();
    }

    @GraphQlExceptionHandler
    public GraphQLError badInput(GapInputException e) {
        return GraphQLError.newError().errorType(ErrorType.BAD_REQUEST).message(e.getMessage()).build();
    }

    private static <T> List<T> page(List<T> all, int first, int offset) {
        if (first < 0 || first > 1000) {
            throw new GapInputException("first must be between 0 and 1000, not " + first);
        }
        if (offset < 0) {
            throw new GapInputException("offset must not be negative, not " + offset);
        }
        return all.subList(Math.min(offset, all.size()), Math.min(all.size(), offset + first));
    }

    private static List<Count> counts(Map<String, Integer> m) {
        return m.entrySet().stream().map(e -> new Count(e.getKey(), e.getValue())).toList();
    }
}
