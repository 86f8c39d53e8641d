package vn.ndaf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import vn.ndaf.api.InteropFixtures;
import vn.ndaf.api.NdafApplication;
import vn.ndaf.interop.ExportOptions;
import vn.ndaf.interop.Format;
import vn.ndaf.interop.ImportOptions;
import vn.ndaf.interop.ModelExporter;
import vn.ndaf.interop.ModelImporter;
import vn.ndaf.interop.model.FederatedCopies;
import vn.ndaf.metamodel.ModelDifferences;
import vn.ndaf.metamodel.Models;
import vn.ndaf.repository.ArchitectureRepository;
import vn.ndaf.repository.ChangeEntry;
import vn.ndaf.repository.TestStore;
import vn.ndaf.repository.store.Neo4jStore;
import vn.ndaf.repository.store.StoreSettings;

/**
 * The Archi user's round trip through the command line, on a generated nation (communes refer to national
 * platforms and to their province's LGSP) and on ArchiSurance: federated export and re-import, update in
 * place, delete and revert.
 */
class RoundTripCommandIT {

    private static final Path FOLDER = TestStore.tempDir("ndaf-roundtrip-");
    private static final Path FILES = TestStore.tempDir("ndaf-roundtrip-files-");
    private static final String NATION_SEED = "3";

    /** A generated commune and its province. */
    private static String commune;
    private static String communeBody;
    private static String province;

    private record Run(int code, String out, String err) {
        List<String> lines() {
            return out.lines().toList();
        }

        String lastLine() {
            List<String> lines = lines();
            return lines.get(lines.size() - 1);
        }
    }

    private static Run ndaf(String... args) {
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--data";
        all[args.length + 1] = FOLDER.toString();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = NdafMain.execute(new PrintWriter(out), new PrintWriter(err), all);
        return new Run(code, out.toString(), err.toString());
    }

    @BeforeAll
    static void generateANation() {
        Run generated = ndaf("generate", "--scale", "0.002", "--seed", NATION_SEED);
        assertThat(generated.code()).as(generated.err()).isZero();
        List<String[]> rows = ndaf("list").lines().stream().skip(1).map(l -> l.split("\t")).toList();
        String[] c = rows.stream().filter(r -> r[0].startsWith("syn-") && r[1].length() == 5).findFirst().orElseThrow();
        commune = c[0];
        communeBody = c[1];
        province = read(repository -> FederatedCopies.foreignUids(repository.load(commune).root()).stream().map(u -> u.substring(0, u.indexOf('/')))
                .filter(a -> a.startsWith("syn-")).findFirst().orElseThrow());
    }

    @AfterAll
    static void cleanUp() {
        TestStore.deleteRecursively(FOLDER);
        TestStore.deleteRecursively(FILES);
    }

    private static <T> T read(Function<ArchitectureRepository, T> query) {
        try (Neo4jStore store = Neo4jStore.open(StoreSettings.embedded(FOLDER), "test check")) {
            return query.apply(new ArchitectureRepository(store.driver()));
        }
    }

    private static int revisionCount(String id) {
        return RoundTripCommandIT.<Integer>read(r -> r.revisions(id).size());
    }

    private static Set<String> listedIds() {
        return ndaf("list").lines().stream().skip(1).map(l -> l.split("\t")[0]).collect(Collectors.toCollection(TreeSet::new));
    }

    /** A reference as a comparable key: the store id of another architecture's object, or the model's own id. */
    private static String key(EObject target) {
        if (target == null) {
            return "-";
        }
        if (target.eIsProxy()) {
            String[] t = vn.ndaf.interop.model.ForeignReferences.target(target);
            return t[0] + "/" + t[1];
        }
        return Models.id(target);
    }

    private static Set<String> elements(EObject architecture) {
        return Models.<EObject>list(architecture, "elements").stream().map(e -> e.eClass().getName() + " " + Models.id(e) + " " + Models.string(e, "name"))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> relationships(EObject architecture) {
        return Models.<EObject>list(architecture, "relationships").stream()
                .map(r -> r.eClass().getName() + " " + Models.id(r) + " " + key((EObject) r.eGet(r.eClass().getEStructuralFeature("source"), false)) + " -> "
                        + key((EObject) r.eGet(r.eClass().getEStructuralFeature("target"), false)))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "exchange", "archimate", "csv" })
    void federatedExport_ReimportsIntoTheSameBodyWithEveryReferenceRestored_AndNoDuplicate(String format) throws IOException {
        EObject original = read(r -> r.load(commune).root());
        Set<String> references = FederatedCopies.foreignUids(original);
        assertThat(references).as("the commune refers to national platforms and its province").anyMatch(u -> u.startsWith("national/"))
                .anyMatch(u -> u.startsWith(province + "/"));
        Path file = FILES.resolve(commune + "." + format);

        Run exported = ndaf("export", commune, "--format", format, "--output", file.toString());
        assertThat(exported.code()).as(exported.err()).isZero();
        EObject inFile = ModelImporter.read(file.resolve(format.equals("csv") ? "elements.csv" : ""), ImportOptions.defaults()).architecture();
        assertThat(FederatedCopies.copies(inFile).values()).containsExactlyInAnyOrderElementsOf(references);
        Run imported = ndaf("import", (format.equals("csv") ? file.resolve("elements.csv") : file).toString(), "--body", communeBody);

        assertThat(imported.code()).as(imported.err()).isZero();
        String id = imported.lastLine();
        EObject back = read(r -> r.load(id).root());
        assertThat(FederatedCopies.foreignUids(back)).isEqualTo(references);
        assertThat(FederatedCopies.copies(back)).isEmpty();
        assertThat(elements(back)).isEqualTo(elements(original));
        assertThat(relationships(back)).isEqualTo(relationships(original));
        if (!format.equals("csv")) {
            assertThat(Models.list(back, "views")).hasSameSizeAs(Models.list(original, "views"));
            assertThat(Models.<EObject>list(back, "folders")).noneMatch(f -> Models.id(f).startsWith("ref-"));
        }
    }

    @Test
    void federatedImport_RefusesACopyWhoseReferenceIsGone_UnlessDetached() throws IOException {
        Path file = FILES.resolve("gone.xml");
        assertThat(ndaf("export", commune, "--format", "exchange", "--output", file.toString()).code()).isZero();
        String gone = FederatedCopies.foreignUids(read(r -> r.load(commune).root())).stream().filter(u -> u.startsWith("national/")).findFirst().orElseThrow();
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).contains(">" + gone + "<");
        Files.writeString(file, text.replace(">" + gone + "<", ">national/no-such-platform<"), StandardCharsets.UTF_8);
        Set<String> before = listedIds();

        Run refused = ndaf("import", file.toString(), "--body", communeBody);

        assertThat(refused.code()).isEqualTo(NdafMain.FAILED);
        assertThat(refused.err()).contains("national/no-such-platform").contains("no longer stored").contains("--detach").hasLineCount(1);
        assertThat(listedIds()).isEqualTo(before);

        Run detached = ndaf("import", file.toString(), "--body", communeBody, "--detach");

        assertThat(detached.code()).as(detached.err()).isZero();
        assertThat(detached.err()).contains("national/no-such-platform").contains("kept as an element of this architecture");
        EObject back = read(r -> r.load(detached.lastLine()).root());
        EObject original = read(r -> r.load(commune).root());
        assertThat(FederatedCopies.foreignUids(back)).doesNotContain(gone).hasSize(FederatedCopies.foreignUids(original).size() - 1);
        assertThat(Models.list(back, "elements")).hasSize(Models.list(original, "elements").size() + 1);
        assertThat(FederatedCopies.copies(back)).isEmpty();
    }

    /** The three edits of the acceptance: a name changed, an element added, a relationship no view shows deleted. */
    private record Edits(String renamed, String added, String deleted) {
    }

    private static Edits edit(Path file, Format format) {
        EObject model = ModelImporter.read(file, ImportOptions.defaults()).architecture();
        EObject renamed = Models.<EObject>list(model, "elements").stream().filter(e -> FederatedCopies.refOf(e) == null).findFirst().orElseThrow();
        Models.set(renamed, "name", "Renamed in Archi");
        Models.list(renamed, "nameVariants").clear();
        EObject added = Models.element(model, "BusinessActor", "id-added-in-archi", "Added in Archi");
        EObject deleted = Models.<EObject>list(model, "relationships").stream()
                .filter(r -> FederatedCopies.refOf(r) == null && EcoreUtil.UsageCrossReferencer.find(r, model).isEmpty()).findFirst().orElseThrow();
        EcoreUtil.remove(deleted);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ModelExporter.write(model, format, out, ExportOptions.defaults());
        try {
            Files.write(file, out.toByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return new Edits(Models.id(renamed), Models.id(added), Models.id(deleted));
    }

    private static Set<String> describe(List<ChangeEntry> changes) {
        return changes.stream().map(c -> c.operation() + " " + c.id()).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void importInto_WritesOneRevisionWithExactlyTheThreeChanges_DryRunAndStaleRevisionWriteNothing_RevertRestores() throws IOException {
        Path file = FILES.resolve("edited.xml");
        Run created = ndaf("import", exportOf(commune, "exchange", "copy.xml").toString(), "--body", communeBody);
        assertThat(created.code()).as(created.err()).isZero();
        String id = created.lastLine();
        assertThat(ndaf("export", id, "--format", "exchange", "--output", file.toString()).code()).isZero();
        Edits edits = edit(file, Format.EXCHANGE);
        Set<String> expected = Set.of("UPDATED " + edits.renamed(), "CREATED " + edits.added(), "DELETED " + edits.deleted());
        EObject atOne = read(r -> r.load(id).root());

        Run dryRun = ndaf("import", file.toString(), "--into", id, "--dry-run");

        assertThat(dryRun.code()).as(dryRun.err()).isZero();
        assertThat(dryRun.lines()).filteredOn(l -> l.startsWith("created") || l.startsWith("updated") || l.startsWith("deleted")).hasSize(3)
                .anyMatch(l -> l.startsWith("updated ") && l.contains("(" + edits.renamed() + "): name"))
                .anyMatch(l -> l.startsWith("created ") && l.contains("'Added in Archi' (" + edits.added() + ")"))
                .anyMatch(l -> l.startsWith("deleted ") && l.contains("(" + edits.deleted() + ")"));
        assertThat(dryRun.out()).contains("3 changes would be made: 1 created, 1 updated, 1 deleted").contains("nothing was written");
        assertThat(dryRun.lastLine()).isEqualTo(id);
        assertThat(revisionCount(id)).isEqualTo(1);
        assertThat(ModelDifferences.between(atOne, read(r -> r.load(id).root()))).isEmpty();

        Run updated = ndaf("import", file.toString(), "--into", id, "--expected-revision", "1");

        assertThat(updated.code()).as(updated.err()).isZero();
        assertThat(updated.out()).contains("3 changes: 1 created, 1 updated, 1 deleted").contains("(revision 2)");
        assertThat(updated.lastLine()).isEqualTo(id);
        assertThat(revisionCount(id)).isEqualTo(2);
        assertThat(describe(read(r -> r.changesIn(id, 2)))).isEqualTo(expected);
        Run history = ndaf("history", id, "--revision", "2");
        assertThat(history.lines()).hasSize(3);
        EObject atTwo = read(r -> r.load(id).root());
        assertThat(Models.string(find(atTwo, edits.renamed()), "name")).isEqualTo("Renamed in Archi");

        Run stale = ndaf("import", exportOf(commune, "exchange", "other.xml").toString(), "--into", id, "--expected-revision", "1");

        assertThat(stale.code()).isEqualTo(NdafMain.FAILED);
        assertThat(stale.err()).contains("revision 2 is newer").contains("Nothing was written").hasLineCount(1);
        assertThat(revisionCount(id)).isEqualTo(2);
        assertThat(ModelDifferences.between(atTwo, read(r -> r.load(id).root()))).isEmpty();

        Run reverted = ndaf("revert", id, "--to-revision", "1");

        assertThat(reverted.code()).as(reverted.err()).isZero();
        assertThat(reverted.out()).contains("(revision 3)");
        assertThat(ModelDifferences.between(atOne, read(r -> r.load(id).root()))).isEmpty();
        assertThat(describe(read(r -> r.changesIn(id, 3)))).isEqualTo(Set.of("CREATED " + edits.deleted(), "UPDATED " + edits.renamed(), "DELETED " + edits.added()));
    }

    private static Path exportOf(String id, String format, String name) {
        Path file = FILES.resolve(name);
        Run run = ndaf("export", id, "--format", format, "--output", file.toString());
        assertThat(run.code()).as(run.err()).isZero();
        return file;
    }

    private static EObject find(EObject architecture, String id) {
        for (var it = architecture.eAllContents(); it.hasNext();) {
            EObject o = it.next();
            if (o.eClass().getEStructuralFeature("id") != null && id.equals(Models.id(o))) {
                return o;
            }
        }
        throw new AssertionError("no object " + id);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "exchange", "archimate", "csv" })
    void importInto_ChangesNothing_WhenArchiSuranceComesBackUnedited_AndOnlyTheRenamedElement_WhenOneNameChanged(String format) throws IOException {
        Run created = ndaf("import", InteropFixtures.path("Archisurance.archimate").toString(), "--body", "01");
        assertThat(created.code()).as(created.err()).isZero();
        String id = created.lastLine();
        Path file = FILES.resolve("archisurance-" + format + (format.equals("exchange") ? ".xml" : format.equals("csv") ? "" : ".archimate"));
        assertThat(ndaf("export", id, "--format", format, "--output", file.toString()).code()).isZero();
        Path input = format.equals("csv") ? file.resolve("elements.csv") : file;

        Run unchanged = ndaf("import", input.toString(), "--into", id);

        assertThat(unchanged.code()).as(unchanged.err()).isZero();
        assertThat(unchanged.out()).contains("(revision 1)").doesNotContain("changes:");
        assertThat(revisionCount(id)).isEqualTo(1);

        String text = Files.readString(format.equals("csv") ? file.resolve("elements.csv") : file, StandardCharsets.UTF_8);
        assertThat(text).contains("Customer File Service");
        String renamed = text.replace("Customer File Service", "Customer Records Service");
        Files.writeString(format.equals("csv") ? file.resolve("elements.csv") : file, renamed, StandardCharsets.UTF_8);

        Run changed = ndaf("import", input.toString(), "--into", id);

        assertThat(changed.code()).as(changed.err()).isZero();
        List<ChangeEntry> changes = read(r -> r.changesIn(id, 2));
        assertThat(changes).singleElement().satisfies(c -> {
            assertThat(c.operation()).isEqualTo(ChangeEntry.Operation.UPDATED);
            assertThat(c.name()).isEqualTo("Customer Records Service");
            assertThat(c.changedKeys()).containsExactly("name");
        });
    }

    @Test
    void delete_IsRefusedWhileReferenced_ThenDeletesRecordsAndRevertBringsItBack() throws IOException {
        Set<String> before = listedIds();

        Run refused = ndaf("delete", province);

        assertThat(refused.code()).isEqualTo(NdafMain.FAILED);
        assertThat(refused.err()).contains("was not deleted: other architectures refer to it").contains(commune + "/");
        assertThat(listedIds()).isEqualTo(before);

        Run copy = ndaf("import", exportOf(commune, "exchange", "to-delete.xml").toString(), "--body", communeBody);
        String id = copy.lastLine();
        EObject alive = read(r -> r.load(id).root());
        Set<String> references = FederatedCopies.foreignUids(alive);
        assertThat(references).isNotEmpty();

        Run stale = ndaf("delete", id, "--expected-revision", "7");
        assertThat(stale.code()).isEqualTo(NdafMain.FAILED);
        assertThat(stale.err()).contains("not at revision 7");
        assertThat(listedIds()).contains(id);

        Run deleted = ndaf("delete", id, "--expected-revision", "1");

        assertThat(deleted.code()).as(deleted.err()).isZero();
        assertThat(deleted.out()).contains("(revision 2)");
        assertThat(listedIds()).doesNotContain(id).containsAll(before);
        Run history = ndaf("history", id);
        assertThat(history.code()).as(history.err()).isZero();
        assertThat(history.lines().get(1)).startsWith("2\tdelete\t0\t0\t");
        assertThat(history.lines()).hasSize(3);
        assertThat(ModelDifferences.between(alive, read(r -> r.loadAtRevision(id, 1).root()))).isEmpty();
        Run export = ndaf("export", id, "--format", "exchange", "--output", FILES.resolve("deleted.xml").toString());
        assertThat(export.code()).isEqualTo(NdafMain.FAILED);
        assertThat(export.err()).contains("was deleted in revision 2");
        Run again = ndaf("import", exportOf(commune, "exchange", "again.xml").toString(), "--body", communeBody);
        assertThat(again.lastLine()).isNotEqualTo(id);

        Run reverted = ndaf("revert", id, "--to-revision", "1");

        assertThat(reverted.code()).as(reverted.err()).isZero();
        assertThat(listedIds()).contains(id);
        EObject back = read(r -> r.load(id).root());
        assertThat(ModelDifferences.between(alive, back)).isEmpty();
        assertThat(FederatedCopies.foreignUids(back)).isEqualTo(references);
        assertThat(revisionCount(id)).isEqualTo(3);
    }

    @Test
    void importInto_GoesThroughTheServer_WithDryRunAndExpectedRevision() throws IOException {
        Run created = ndaf("import", InteropFixtures.path("Archisurance.archimate").toString(), "--body", "01");
        String id = created.lastLine();
        Path file = exportOf(id, "archimate", "served.archimate");
        Files.writeString(file, Files.readString(file, StandardCharsets.UTF_8).replace("Customer File Service", "Customer Records Service"), StandardCharsets.UTF_8);
        Neo4jStore held = Neo4jStore.open(StoreSettings.embedded(FOLDER), "starting ndaf serve");
        SpringApplication app = new SpringApplication(NdafApplication.class);
        app.setDefaultProperties(Map.of("server.port", 0, "server.address", "127.0.0.1"));
        app.addInitializers(context -> context.getBeanFactory().registerSingleton("neo4jStore", held));
        try (ConfigurableApplicationContext context = app.run()) {
            held.describeOwner("serving http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port") + " (ndaf serve)");
            // commands that go through the server sign in with a token (NDAF_TOKEN; in-process: the property ndaf.token)
            System.setProperty("ndaf.token", context.getBean(vn.ndaf.security.SignInToken.class).value());
            ArchitectureRepository repository = new ArchitectureRepository(held.driver());

            Run dryRun = ndaf("import", file.toString(), "--into", id, "--dry-run");

            assertThat(dryRun.code()).as(dryRun.err()).isZero();
            assertThat(dryRun.err()).contains("importing through it");
            assertThat(dryRun.out()).contains("'Customer Records Service'").contains("1 change would be made: 0 created, 1 updated, 0 deleted");
            assertThat(repository.revisions(id)).hasSize(1);

            Run stale = ndaf("import", file.toString(), "--into", id, "--expected-revision", "4");
            assertThat(stale.code()).isEqualTo(NdafMain.FAILED);
            assertThat(stale.err()).contains("not at revision 4");

            Run updated = ndaf("import", file.toString(), "--into", id, "--expected-revision", "1");

            assertThat(updated.code()).as(updated.err()).isZero();
            assertThat(updated.out()).contains("1 change: 0 created, 1 updated, 0 deleted");
            assertThat(repository.changesIn(id, 2)).singleElement().satisfies(c -> assertThat(c.name()).isEqualTo("Customer Records Service"));
        } finally {
            System.clearProperty("ndaf.token");
            held.close();
        }
    }
}
