package vn.ndaf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.ndaf.repository.TestStore;

/**
 * {@code ndaf gaps …} on stored synthetic nations: every planted missing block, unsynchronised database,
 * duplicated system and late work package is found by the right analysis, and nothing else in the
 * generated architectures (the generator's report is the ground truth), for two seeds; the contracts of the
 * command line (JSON fields, CSV, exit codes, the same body selection as {@code bodies}).
 */
class GapsCommandIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<Path> FOLDERS = new ArrayList<>();
    private static Path shared;

    private record Run(int code, String out, String err) {
        JsonNode json() {
            try {
                return JSON.readTree(out);
            } catch (java.io.IOException e) {
                throw new AssertionError("not JSON: " + out, e);
            }
        }
    }

    private static Run run(Path folder, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--data";
        all[args.length + 1] = folder.toString();
        int code = NdafMain.execute(new PrintWriter(out), new PrintWriter(err), all);
        return new Run(code, out.toString(), err.toString());
    }

    /** A fresh folder with a synthetic nation of the seed; returns the planted deviations as "kind architecture/element". */
    private static List<String> generate(Path folder, long seed) throws java.io.IOException {
        Path planted = folder.resolveSibling(folder.getFileName() + "-planted.tsv");
        Run g = run(folder, "generate", "--scale", "0.002", "--seed", Long.toString(seed), "--deviations", planted.toString());
        assertThat(g.code()).as(g.err()).isZero();
        List<String> lines = Files.readAllLines(planted, StandardCharsets.UTF_8);
        Files.delete(planted);
        return lines.subList(1, lines.size()).stream().map(l -> l.split("\t")).map(c -> c[0] + " " + c[2] + "/" + c[3]).toList();
    }

    private static Path folder() {
        Path f = TestStore.tempDir("ndaf-gaps-cli-");
        FOLDERS.add(f);
        return f;
    }

    @BeforeAll
    static void sharedNation() throws java.io.IOException {
        shared = folder();
        generate(shared, 2025);
    }

    @AfterAll
    static void cleanUp() {
        FOLDERS.forEach(TestStore::deleteRecursively);
    }

    private static Set<String> planted(List<String> deviations, String kind) {
        return deviations.stream().filter(d -> d.startsWith(kind + " ")).map(d -> d.substring(kind.length() + 1)).collect(Collectors.toSet());
    }

    /** "architecture/id" of the items of a list whose architecture is a generated one. */
    private static Set<String> found(JsonNode list, String idField) {
        Set<String> s = new LinkedHashSet<>();
        list.forEach(n -> {
            if (n.get("architecture").asText().startsWith("syn-")) {
                s.add(n.get("architecture").asText() + "/" + n.get(idField).asText());
            }
        });
        return s;
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = { 11, 7 })
    void everyPlantedDeviation_IsFoundByTheRightAnalysis_AndNothingElse(long seed) throws java.io.IOException {
        Path folder = folder();
        List<String> deviations = generate(folder, seed);

        Run coverage = run(folder, "gaps", "coverage", "--format", "json");
        assertThat(coverage.code()).as(coverage.err()).isZero();
        Set<String> missing = new LinkedHashSet<>();
        Set<String> missingPlatforms = new LinkedHashSet<>();
        for (JsonNode b : coverage.json().get("bodies")) {
            if (b.get("architecture").isNull() || !b.get("architecture").asText().startsWith("syn-")) {
                continue;
            }
            b.get("missingBlocks").forEach(m -> missing.add(b.get("architecture").asText() + "/" + m.get("key").asText()));
            b.get("missingPlatforms").forEach(m -> missingPlatforms.add(b.get("architecture").asText() + "/" + m.get("code").asText()));
        }
        assertThat(missing).isNotEmpty().isEqualTo(planted(deviations, "missing_required_block"));
        assertThat(missingPlatforms).isEmpty();

        Run data = run(folder, "gaps", "data", "--format", "json");
        assertThat(data.code()).as(data.err()).isZero();
        // every national or specialised database not in real time is listed: the planted ones have no synchronisation at all,
        // the generator's others synchronise in real time or in batches
        JsonNode databases = data.json().get("databases");
        Set<String> none = new LinkedHashSet<>();
        databases.forEach(d -> {
            assertThat(d.get("ndcSync").asText()).isIn("none", "batch");
            if (d.get("ndcSync").asText().equals("none") && d.get("architecture").asText().startsWith("syn-")) {
                none.add(d.get("architecture").asText() + "/" + d.get("id").asText());
            }
        });
        assertThat(none).isNotEmpty().isEqualTo(planted(deviations, "unsynchronised_database"));
        assertThat(found(data.json().get("quality"), "id")).isNotEmpty();

        Run duplicates = run(folder, "gaps", "duplicates", "--format", "json");
        assertThat(duplicates.code()).as(duplicates.err()).isZero();
        assertThat(found(duplicates.json().get("duplicates"), "id")).isNotEmpty().isEqualTo(planted(deviations, "duplicated_system"));

        Run schedule = run(folder, "gaps", "schedule", "--as-of", "2026-12-31", "--format", "json");
        assertThat(schedule.code()).as(schedule.err()).isZero();
        assertThat(found(schedule.json().get("late"), "id")).isNotEmpty().isEqualTo(planted(deviations, "late_work_package"));
    }

    @Test
    void coverage_SelectsTheBodiesBodiesSelects_WithTheSameFilters() {
        for (String[] filter : List.of(new String[] { "--parent", "01" }, new String[] { "--tier", "province" }, new String[] { "--kind", "party" },
                new String[] { "--tier", "commune", "--parent", "04" })) {
            List<String> args = new ArrayList<>(List.of("bodies"));
            args.addAll(List.of(filter));
            Run bodies = run(shared, args.toArray(String[]::new));
            List<String> expected = bodies.out().lines().skip(1).map(l -> l.split("\t")[0]).toList();
            args.set(0, "coverage");
            args.add(0, "gaps");
            args.addAll(List.of("--format", "json"));
            Run coverage = run(shared, args.toArray(String[]::new));
            assertThat(coverage.code()).as(coverage.err()).isZero();
            List<String> selected = new ArrayList<>();
            coverage.json().get("bodies").forEach(b -> {
                if (!selected.contains(b.get("body").asText())) {
                    selected.add(b.get("body").asText());
                }
            });
            assertThat(selected).as(String.join(" ", filter)).isNotEmpty().isEqualTo(expected);
            assertThat(coverage.json().get("totals").get("bodies").asInt()).isEqualTo(expected.size());
        }
    }

    @Test
    void coverage_GivesABodyWithNoArchitecture_ArchitectureNull_AndEveryListField() {
        JsonNode json = run(shared, "gaps", "coverage", "--tier", "province", "--format", "json").json();
        JsonNode without = null;
        for (JsonNode b : json.get("bodies")) {
            if (b.get("architecture").isNull()) {
                without = b;
                break;
            }
        }
        assertThat(without).isNotNull();
        assertThat(without.get("missingBlocks").isArray()).isTrue();
        assertThat(without.get("missingPlatforms").isArray()).isTrue();
        assertThat(json.get("totals").get("bodiesWithoutArchitecture").asInt()).isPositive();
    }

    @Test
    void gaps_WriteCsvAndText_AndExitZeroWhateverTheyFind() {
        Run csv = run(shared, "gaps", "data", "--format", "csv");
        assertThat(csv.code()).as(csv.err()).isZero();
        assertThat(csv.out().lines().findFirst().orElseThrow()).startsWith("list,body,architecture,id,name");
        assertThat(csv.out()).contains("\nquality,");
        Run text = run(shared, "gaps", "schedule", "--as-of", "2026-12-31");
        assertThat(text.code()).as(text.err()).isZero();
        assertThat(text.out()).startsWith("asOf 2026-12-31").contains("late (");
        assertThat(text.err()).contains("done in");
    }

    @Test
    void gaps_ExitTwo_OnBadInput_NamingIt() {
        Run unknown = run(shared, "gaps", "plateau", "--architecture", "no-such", "--baseline", "a", "--target", "b", "--format", "json");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("no-such").doesNotContain("Exception");
        Run noPlateau = run(shared, "gaps", "plateau", "--architecture", "national", "--baseline", "nope", "--target", "b");
        assertThat(noPlateau.code()).isEqualTo(2);
        assertThat(noPlateau.err()).contains("'nope'");
        Run date = run(shared, "gaps", "schedule", "--as-of", "2026-13-01");
        assertThat(date.code()).isEqualTo(2);
        assertThat(date.err()).contains("2026-13-01");
        Run parent = run(shared, "gaps", "coverage", "--parent", "XX");
        assertThat(parent.code()).isEqualTo(2);
        assertThat(parent.err()).contains("XX");
        String generated = run(shared, "list").out().lines().map(l -> l.split("\t")[0]).filter(id -> id.startsWith("syn-")).findFirst().orElseThrow();
        Run states = run(shared, "gaps", "states", "--from", "national", "--to", generated);
        assertThat(states.code()).as(states.err()).isEqualTo(2);
        assertThat(states.err()).contains("same body");
        Run format = run(shared, "gaps", "data", "--format", "xml");
        assertThat(format.code()).isEqualTo(2);
    }
}
