package vn.ndaf.analysis.gaps;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import vn.ndaf.framework.ReferenceData;
import vn.ndaf.framework.catalogue.Platform;
import vn.ndaf.framework.registry.Body;
import vn.ndaf.framework.template.Block;
import vn.ndaf.framework.template.Template;
import vn.ndaf.repository.ArchitectureRepository;
import vn.ndaf.repository.GapQueries;

/**
 * Systems built twice. A <em>duplicate</em>: a body's own application component (information system,
 * database, platform) with the function, i.e. the reference category, of a national shared platform of the
 * catalogue (the national architecture's own platforms excepted). An <em>overlap</em>: own systems of
 * different bodies with the same function (same reference category and the same name once the body's own
 * name is taken out, ignoring case and diacritics) that the framework does not expect each body to have:
 * neither identified as a template block nor in the category of a block of the body's template (so two
 * provinces' LGSPs, which every province must have, are no overlap).
 */
public final class Duplicates {

    public record Duplicate(String body, String architecture, String id, String name, String platform) {
    }

    /** {@code function} the shared reference category; {@code with} the other bodies that have the same system. */
    public record Overlap(String body, String architecture, String id, String name, String function, List<String> with) {

        public Overlap {
            with = List.copyOf(with);
        }
    }

    public record Result(List<Duplicate> duplicates, List<Overlap> overlaps) {

        public Result {
            duplicates = List.copyOf(duplicates);
            overlaps = List.copyOf(overlaps);
        }
    }

    private final ArchitectureRepository repository;
    private final GapQueries queries;
    private final ReferenceData data;
    private final String national;

    public Duplicates(ArchitectureRepository repository, GapQueries queries, ReferenceData data, String national) {
        this.repository = repository;
        this.queries = queries;
        this.data = data;
        this.national = national;
    }

    public Result find() {
        Architectures architectures = new Architectures(repository);
        Map<String, String> platformByCategory = new LinkedHashMap<>();
        for (Platform p : data.catalogue().nationalPlatforms()) {
            if ("national".equals(p.scope()) && p.category() != null) {
                platformByCategory.putIfAbsent(p.category(), p.code());
            }
        }
        List<Duplicate> duplicates = new ArrayList<>();
        Map<String, List<GapQueries.SystemRow>> groups = new LinkedHashMap<>();
        Map<String, Set<String>> expected = new LinkedHashMap<>();
        for (GapQueries.SystemRow row : queries.systems()) {
            if (row.architecture().equals(national) || !architectures.contains(row.architecture())) {
                continue;
            }
            String bodyCode = architectures.body(row.architecture());
            String platform = platformByCategory.get(row.category());
            if (platform != null) {
                duplicates.add(new Duplicate(bodyCode, row.architecture(), row.id(), row.name(), platform));
                continue;
            }
            Body body = bodyCode == null ? null : data.registry().find(bodyCode).orElse(null);
            Set<String> blockCategories = expected.computeIfAbsent(bodyCode == null ? "" : bodyCode, k -> categoriesOf(body));
            if (row.block() != null || blockCategories.contains(row.category()) || row.name() == null) {
                continue;
            }
            groups.computeIfAbsent(row.category() + "|" + normalise(row.name(), body), k -> new ArrayList<>()).add(row);
        }
        List<Overlap> overlaps = new ArrayList<>();
        for (List<GapQueries.SystemRow> group : groups.values()) {
            Set<String> bodies = new TreeSet<>();
            group.forEach(r -> bodies.add(String.valueOf(architectures.body(r.architecture()))));
            if (bodies.size() < 2) {
                continue;
            }
            for (GapQueries.SystemRow r : group) {
                String body = String.valueOf(architectures.body(r.architecture()));
                overlaps.add(new Overlap(body, r.architecture(), r.id(), r.name(), r.category(), bodies.stream().filter(b -> !b.equals(body)).toList()));
            }
        }
        return new Result(duplicates, overlaps);
    }

    private Set<String> categoriesOf(Body body) {
        Set<String> categories = new HashSet<>();
        if (body != null) {
            data.templates().forBody(body).map(Template::blocks).orElse(List.of()).stream().map(Block::category).forEach(categories::add);
        }
        return categories;
    }

    /** A name compared across bodies: without the body's own name, lower case, without diacritics, single spaces. */
    static String normalise(String name, Body body) {
        String n = name;
        if (body != null) {
            for (String own : List.of(body.fullNameVi(), body.unitPhrase(), body.nameVi())) {
                if (own != null && !own.isBlank()) {
                    n = n.replace(own, " ");
                }
            }
        }
        n = Normalizer.normalize(n.toLowerCase(Locale.ROOT).replace('đ', 'd'), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return n.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
