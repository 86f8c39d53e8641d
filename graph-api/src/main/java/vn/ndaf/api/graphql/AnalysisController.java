package vn.ndaf.api.graphql;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import graphql.schema.DataFetchingEnvironment;
import vn.ndaf.analysis.Rule;
import vn.ndaf.analysis.RuleRegistry;
import vn.ndaf.api.bootstrap.BodyFilter;
import vn.ndaf.api.graphql.ArchitectureController.ArchitectureView;
import vn.ndaf.api.graphql.ArchitectureController.PageInfo;
import vn.ndaf.api.graphql.FrameworkViews.BodyView;
import vn.ndaf.framework.registry.Body;
import vn.ndaf.repository.FindingStore.Filter;
import vn.ndaf.service.AnalysisService;
import vn.ndaf.service.Caller;
import vn.ndaf.service.FrameworkService;

/** The analysis over GraphQL: stored findings, nation-wide counts and readiness, the rules (analysis.graphqls). */
@Controller
public class AnalysisController {

    static final int MAX_PAGE = 1000;
    private static final String CURSOR = "finding:";

    private final AnalysisService analysis;
    private final FrameworkService framework;
    private final RequestCallers callers;

    public AnalysisController(AnalysisService analysis, FrameworkService framework, RequestCallers callers) {
        this.analysis = analysis;
        this.framework = framework;
        this.callers = callers;
    }

    public record FindingView(String rule, String severity, String architecture, String body, String id, String name, String message) {
        static FindingView of(Map<String, Object> m) {
            return new FindingView(s(m.get("rule")), s(m.get("severity")), s(m.get("arch")), s(m.get("body")), s(m.get("id")),
                    m.get("name") == null ? "" : s(m.get("name")), s(m.get("message")));
        }
    }

    public record FindingEdge(String cursor, FindingView node) {
    }

    public record SeverityCounts(long error, long warning, long info) {
    }

    public record FindingConnection(long totalCount, SeverityCounts counts, List<FindingEdge> edges, List<FindingView> nodes, PageInfo pageInfo) {
    }

    public record RuleCount(String rule, String severity, String tier, String kind, String province, long count) {
    }

    public record ReadinessView(String architecture, String body, double score, long blocksRequired, long blocksPresent, long platformsRequired,
            long platformsUsed, long databases, long databasesSynchronised, long tasks, long tasksOnTime, SeverityCounts counts) {
        static ReadinessView of(Map<String, Object> m) {
            return new ReadinessView(s(m.get("arch")), s(m.get("body")), m.get("score") instanceof Number n ? n.doubleValue() : 0, l(m, "blocksRequired"),
                    l(m, "blocksPresent"), l(m, "platformsRequired"), l(m, "platformsUsed"), l(m, "databases"), l(m, "databasesSynchronised"), l(m, "tasks"),
                    l(m, "tasksOnTime"), new SeverityCounts(l(m, "errors"), l(m, "warnings"), l(m, "infos")));
        }
    }

    public record NationalSummary(List<RuleCount> ruleCounts, List<ReadinessView> readiness, SeverityCounts totals, Double meanScore) {
    }

    public record RuleInfo(String id, String severity, String group, String title, String unit, String reference) {
        static RuleInfo of(Rule r) {
            return new RuleInfo(r.id(), r.defaultSeverity().name(), r.group(), r.title(), r.unit(), r.reference());
        }
    }

    @QueryMapping
    public FindingConnection findings(@Argument List<String> architectures, @Argument List<String> bodies, @Argument String tier, @Argument String kind,
            @Argument String parent, @Argument List<String> rules, @Argument List<String> severities, @Argument int first, @Argument String after, DataFetchingEnvironment env) {
        Caller caller = callers.of(env);
        return page(caller, new Filter(architectures, bodySet(caller, bodies, tier, kind, parent), rules, severities), first, after);
    }

    @QueryMapping
    public NationalSummary nationalSummary(@Argument List<String> bodies, @Argument String tier, @Argument String kind, @Argument String parent,
            DataFetchingEnvironment env) {
        Caller caller = callers.of(env);
        List<String> set = bodySet(caller, bodies, tier, kind, parent);
        Filter filter = new Filter(null, set, null, null);
        List<RuleCount> counts = analysis.findingCounts(caller, filter).stream().map(m -> new RuleCount(s(m.get("rule")), s(m.get("severity")), s(m.get("tier")),
                s(m.get("kind")), s(m.get("province")), ((Number) m.get("count")).longValue())).toList();
        List<ReadinessView> readiness = analysis.readiness(caller, set).stream().map(ReadinessView::of).toList();
        Double mean = readiness.isEmpty() ? null : readiness.stream().mapToDouble(ReadinessView::score).average().orElse(0);
        return new NationalSummary(counts, readiness, totals(counts), mean);
    }

    @QueryMapping
    public List<RuleInfo> rules() {
        return RuleRegistry.standard().all().stream().map(RuleInfo::of).toList();
    }

    @MutationMapping
    public FindingConnection checkArchitecture(@Argument String id, DataFetchingEnvironment env) {
        Caller caller = callers.of(env);
        analysis.check(caller, id);
        return page(caller, new Filter(List.of(id), null, null, null), MAX_PAGE, null);
    }

    @SchemaMapping(typeName = "Architecture")
    public FindingConnection findings(ArchitectureView architecture, @Argument List<String> rules, @Argument List<String> severities, @Argument int first,
            @Argument String after, DataFetchingEnvironment env) {
        return page(callers.of(env), new Filter(List.of(architecture.id()), null, rules, severities), first, after);
    }

    @SchemaMapping(typeName = "Architecture")
    public ReadinessView readiness(ArchitectureView architecture, DataFetchingEnvironment env) {
        return analysis.readiness(callers.of(env), null).stream().filter(m -> architecture.id().equals(m.get("arch"))).map(ReadinessView::of).findFirst().orElse(null);
    }

    @SchemaMapping(typeName = "Body", field = "findings")
    public FindingConnection bodyFindings(BodyView body, @Argument List<String> rules, @Argument List<String> severities, @Argument int first,
            @Argument String after, DataFetchingEnvironment env) {
        return page(callers.of(env), new Filter(null, List.of(body.code()), rules, severities), first, after);
    }

    @SchemaMapping(typeName = "Body", field = "readiness")
    public List<ReadinessView> bodyReadiness(BodyView body, DataFetchingEnvironment env) {
        return analysis.readiness(callers.of(env), List.of(body.code())).stream().map(ReadinessView::of).toList();
    }

    private List<String> bodySet(Caller caller, List<String> bodies, String tier, String kind, String parent) {
        if (tier == null && kind == null && parent == null) {
            return bodies;
        }
        List<String> selected = new ArrayList<>(new BodyFilter(tier, kind, parent).apply(framework.registry(caller)).stream().map(Body::code).toList());
        if (bodies != null && !bodies.isEmpty()) {
            selected.retainAll(bodies);
        }
        // an empty selection selects nothing, not everything
        return selected.isEmpty() ? List.of("") : selected;
    }

    private FindingConnection page(Caller caller, Filter filter, int first, String after) {
        int size = Math.max(0, Math.min(first, MAX_PAGE));
        long offset = after == null ? 0 : decode(after);
        var page = analysis.findings(caller, filter, offset, size);
        List<FindingEdge> edges = new ArrayList<>();
        for (int i = 0; i < page.rows().size(); i++) {
            edges.add(new FindingEdge(encode(offset + i + 1), FindingView.of(page.rows().get(i))));
        }
        boolean more = offset + page.rows().size() < page.totalCount();
        Map<String, Long> bySeverity = new LinkedHashMap<>();
        analysis.findingCounts(caller, filter).forEach(m -> bySeverity.merge(s(m.get("severity")), ((Number) m.get("count")).longValue(), Long::sum));
        return new FindingConnection(page.totalCount(), new SeverityCounts(bySeverity.getOrDefault("ERROR", 0L), bySeverity.getOrDefault("WARNING", 0L),
                bySeverity.getOrDefault("INFO", 0L)), edges, edges.stream().map(FindingEdge::node).toList(),
                new PageInfo(more, edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor()));
    }

    private static SeverityCounts totals(List<RuleCount> counts) {
        long e = 0;
        long w = 0;
        long i = 0;
        for (RuleCount c : counts) {
            switch (c.severity()) {
                case "ERROR" -> e += c.count();
                case "WARNING" -> w += c.count();
                default -> i += c.count();
            }
        }
        return new SeverityCounts(e, w, i);
    }

    private static String encode(long position) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((CURSOR + position).getBytes(StandardCharsets.UTF_8));
    }

    private static long decode(String cursor) {
        try {
            String s = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (s.startsWith(CURSOR)) {
                return Long.parseLong(s.substring(CURSOR.length()));
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw new IllegalArgumentException("'" + cursor + "' is not a cursor of this list; pass a pageInfo.endCursor it returned");
    }

    private static String s(Object o) {
        return o == null ? null : o.toString();
    }

    private static long l(Map<String, Object> m, String k) {
        return m.get(k) instanceof Number n ? n.longValue() : 0;
    }

}
