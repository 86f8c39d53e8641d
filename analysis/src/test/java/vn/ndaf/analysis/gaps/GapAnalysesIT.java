package vn.ndaf.analysis.gaps;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.ndaf.framework.ReferenceData;
import vn.ndaf.framework.registry.Body;
import vn.ndaf.framework.template.InstantiationOptions;
import vn.ndaf.framework.template.Template;
import vn.ndaf.metamodel.Models;
import vn.ndaf.repository.ArchitectureRepository;
import vn.ndaf.repository.GapQueries;
import vn.ndaf.repository.TestStore;
import vn.ndaf.repository.WriteRequest;
import vn.ndaf.repository.store.Neo4jStore;
import vn.ndaf.repository.store.StoreSettings;

/**
 * Each nation-wide gap analysis on small hand-built architectures in a store of their own, with known
 * answers: one architecture that triggers the analysis and one that does not.
 */
class GapAnalysesIT {

    private static final ReferenceData DATA = ReferenceData.standard();
    private static final WriteRequest WRITE = WriteRequest.by("test", "fixture");
    private static Path folder;
    private static Neo4jStore store;
    private static ArchitectureRepository repository;
    private static GapQueries queries;
    private static Body communeOk;
    private static Body communeGap;

    @BeforeAll
    static void fixtures() {
        folder = TestStore.tempDir("ndaf-gaps-");
        store = Neo4jStore.open(StoreSettings.embedded(folder), "gap analysis tests");
        repository = new ArchitectureRepository(store.driver());
        queries = new GapQueries(store.driver());
        repository.createAs("national", DATA.buildNationalArchitecture(), WRITE);
        EObject national = repository.load("national").root();

        Template commune = DATA.templates().find("commune").orElseThrow();
        List<Body> communes = DATA.registry().children("01").stream().filter(commune::appliesTo).toList();
        communeOk = communes.get(0);
        communeGap = communes.get(1);
        repository.createAs("t-ok", DATA.instantiator().instantiate(commune, communeOk, InstantiationOptions.of(national, null).withOverviewView(false)).architecture(), WRITE);

        EObject gap = DATA.instantiator().instantiate(commune, communeGap, InstantiationOptions.of(national, null).withOverviewView(false).omitting(Set.of("public-services"),
                b -> false)).architecture();
        EObject standIn = Models.element(gap, "BusinessService", "q1-bs", "Dịch vụ công: đăng ký khai sinh");
        Models.set(standIn, "referenceCategory", "BRM.01");
        Models.<EObject>list(gap, "relationships").removeIf(r -> Models.id(r).contains("MTSLCD"));
        repository.createAs("t-gap", gap, WRITE);

        EObject hanoi = Models.architecture("t-01", "Hà Nội");
        Models.set(hanoi, "bodyCode", "01");
        database(hanoi, "d-rt", "specialised", "real_time", "2025-12-01", "correct", "sufficient", "clean", "live", "unified", "shared");
        database(hanoi, "d-batch", "national", "batch", "2025-12-01", "correct", "sufficient", "clean", "live", "unified", "shared");
        database(hanoi, "d-unset", "specialised", null, null);
        database(hanoi, "d-fail", "specialised", "real_time", "2025-12-01", "correct", "sufficient", "clean", "unified", "shared");
        database(hanoi, "d-local", "local", "none", null);
        task(hanoi, "late", "2025-06-30", "in_progress");
        task(hanoi, "due-today", "2026-01-01", "not_started");
        task(hanoi, "done", "2025-01-01", "done");
        task(hanoi, "cancelled", "2025-01-01", "cancelled");
        task(hanoi, "no-status", "2025-12-01", null);
        task(hanoi, "no-deadline", null, "in_progress");
        system(hanoi, "InformationSystem", "own-eid", "Nền tảng định danh riêng của thành phố Hà Nội", "ARM.03.01", null);
        system(hanoi, "InformationSystem", "land", "Hệ thống quản lý đất đai thành phố Hà Nội", "ARM.06", null);
        system(hanoi, "InformationSystem", "alone", "Hệ thống quản lý du lịch", "ARM.06", null);
        system(hanoi, "SharedPlatform", "lgsp", "LGSP thành phố Hà Nội", "ARM.01.03", "lgsp");
        repository.createAs("t-01", hanoi, WRITE);

        EObject caoBang = Models.architecture("t-04", "Cao Bằng");
        Models.set(caoBang, "bodyCode", "04");
        system(caoBang, "InformationSystem", "land", "Hệ thống quản lý đất đai tỉnh Cao Bằng", "ARM.06", null);
        system(caoBang, "SharedPlatform", "lgsp", "LGSP tỉnh Cao Bằng", "ARM.01.03", "lgsp");
        system(caoBang, "InformationSystem", "doc", "Hệ thống quản lý văn bản", "ARM.04.05", null);
        repository.createAs("t-04", caoBang, WRITE);
        EObject caoBang2 = Models.architecture("t-04b", "Cao Bằng 2");
        Models.set(caoBang2, "bodyCode", "04");
        system(caoBang2, "InformationSystem", "doc", "Hệ thống quản lý văn bản", "ARM.04.05", null);
        repository.createAs("t-04b", caoBang2, WRITE);
    }

    @AfterAll
    static void close() {
        store.close();
        TestStore.deleteRecursively(folder);
    }

    private static void database(EObject a, String id, String scope, String sync, String assessed, String... criteria) {
        EObject db = Models.element(a, "Database", id, "CSDL " + id);
        Models.set(db, "scope", scope);
        if (sync != null) {
            Models.set(db, "ndcSync", sync);
        }
        if (assessed != null) {
            Models.set(db, "qualityAssessedOn", assessed);
        }
        for (String c : criteria) {
            org.eclipse.emf.ecore.EEnum criterion = (org.eclipse.emf.ecore.EEnum) Models.feature(db, "qualityCriteriaMet").getEType();
            Models.<Object>list(db, "qualityCriteriaMet").add(criterion.getEEnumLiteralByLiteral(c).getInstance());
        }
    }

    private static void task(EObject a, String id, String deadline, String status) {
        EObject t = Models.element(a, "PlanTask", id, "Nhiệm vụ " + id);
        if (deadline != null) {
            Models.set(t, "deadline", deadline);
        }
        if (status != null) {
            Models.set(t, "status", status);
        }
    }

    private static void system(EObject a, String type, String id, String name, String category, String block) {
        EObject s = Models.element(a, type, id, name);
        Models.set(s, "referenceCategory", category);
        if (block != null) {
            Models.set(s, "frameworkBlock", block);
        }
    }

    private static Coverage coverage() {
        return new Coverage(repository, queries, DATA, "national");
    }

    @Test
    void coverage_ReportsTheMissingBlockAndPlatform_NotAStandInOfTheSameCategory() {
        Body province = DATA.registry().provinces().stream().filter(p -> !List.of("01", "04").contains(p.code())).findFirst().orElseThrow();
        Coverage.Result r = coverage().of(List.of(communeOk, communeGap, province));

        assertThat(r.bodies()).extracting(Coverage.BodyCoverage::body, Coverage.BodyCoverage::architecture).containsExactly(
                org.assertj.core.groups.Tuple.tuple(communeOk.code(), "t-ok"), org.assertj.core.groups.Tuple.tuple(communeGap.code(), "t-gap"),
                org.assertj.core.groups.Tuple.tuple(province.code(), null));
        assertThat(r.bodies().get(0).missingBlocks()).isEmpty();
        assertThat(r.bodies().get(0).missingPlatforms()).isEmpty();
        assertThat(r.bodies().get(1).missingBlocks()).extracting(Refs.BlockRef::key).containsExactly("public-services");
        assertThat(r.bodies().get(1).missingBlocks().get(0).name()).contains(communeGap.nameVi());
        assertThat(r.bodies().get(1).missingPlatforms()).extracting(Refs.PlatformRef::code).containsExactly("MTSLCD");
        assertThat(r.totals()).isEqualTo(new Coverage.Totals(3, 1, 2, 1, 1, 1, java.util.Map.of("public-services", 1), java.util.Map.of("MTSLCD", 1)));
    }

    @Test
    void data_ListsDatabasesNotInRealTime_AndApartThoseFailingOrNotAssessed() {
        DataGaps.Result r = new DataGaps(repository, queries).find();

        assertThat(r.databases().stream().filter(d -> d.architecture().equals("t-01")).map(d -> d.id() + ":" + d.ndcSync()))
                .containsExactlyInAnyOrder("d-batch:batch", "d-unset:none");
        assertThat(r.quality().stream().filter(d -> d.architecture().equals("t-01")).map(d -> d.id() + ":" + d.failing()))
                .containsExactlyInAnyOrder("d-unset:[correct, sufficient, clean, live, unified, shared]", "d-fail:[live]");
        assertThat(r.databases()).filteredOn(d -> d.architecture().equals("t-01")).allMatch(d -> d.body().equals("01"));
    }

    @Test
    void schedule_ListsTasksPastTheirDeadlineAndNotDone_AsOfTheDay() {
        Schedule.Result r = new Schedule(repository, queries).asOf(LocalDate.parse("2026-01-01"));

        assertThat(r.late().stream().filter(t -> t.architecture().equals("t-01")).map(t -> t.id() + ":" + t.status()))
                .containsExactly("late:in_progress", "no-status:not_started");
        Schedule.Result earlier = new Schedule(repository, queries).asOf(LocalDate.parse("2025-01-01"));
        assertThat(earlier.late()).filteredOn(t -> t.architecture().equals("t-01")).isEmpty();
    }

    @Test
    void duplicates_FindAnOwnCopyOfANationalPlatform_AndOverlapsOfTwoBodiesButNotTheirLgsps() {
        Duplicates.Result r = new Duplicates(repository, queries, DATA, "national").find();

        assertThat(r.duplicates()).extracting(d -> d.architecture() + "/" + d.id() + ":" + d.platform()).containsExactly("t-01/own-eid:NDXTDT");
        assertThat(r.overlaps()).extracting(o -> o.architecture() + "/" + o.id() + ":" + o.with()).containsExactlyInAnyOrder("t-01/land:[04]",
                "t-04/land:[01]");
    }

    @Test
    void report_PrintsTheBodysGapsOnA4_InVietnameseOrEnglish_WithNoExternalAsset() {
        vn.ndaf.analysis.report.BodyReport report = new vn.ndaf.analysis.report.BodyReport(repository, queries, DATA, "national");

        String vi = report.html(communeGap, "vi", LocalDate.parse("2026-01-01"));
        assertThat(vi).startsWith("<!DOCTYPE html>").contains("<html lang=\"vi\">").contains("@page { size: A4;").contains("Khối bắt buộc còn thiếu")
                .contains("<code>public-services</code>").contains("MTSLCD").contains(communeGap.fullNameVi());
        assertThat(vi).doesNotContain("src=").doesNotContain("href=").doesNotContain("@import").doesNotContain("url(");

        String en = report.html(DATA.registry().find("01").orElseThrow(), "en", LocalDate.parse("2026-01-01"));
        assertThat(en).contains("<html lang=\"en\">").contains("Databases not synchronised in real time").contains("d-batch").contains("own-eid")
                .contains("NDXTDT").contains("no-status").doesNotContain("due-today").contains("Does not conform").doesNotContain("Khối");
    }
}
