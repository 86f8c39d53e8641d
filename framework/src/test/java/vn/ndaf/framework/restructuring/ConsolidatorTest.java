package vn.ndaf.framework.restructuring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

import vn.ndaf.framework.ReferenceData;
import vn.ndaf.framework.TestNation;
import vn.ndaf.framework.registry.Body;
import vn.ndaf.framework.synthetic.PreReformArchitectures;
import vn.ndaf.framework.template.Template;
import vn.ndaf.metamodel.Models;
import vn.ndaf.metamodel.validation.ModelValidator;

class ConsolidatorTest {

    private static final ReferenceData DATA = ReferenceData.standard();
    private static final EObject NATIONAL = TestNation.national();

    private static ConsolidationReport consolidate(PreReformArchitectures.Sample sample, List<EObject> out) {
        Body successor = sample.successor();
        Template template = DATA.templates().forBody(successor).orElseThrow();
        List<Consolidator.Origin> origins = sample.architectures().stream()
                .map(a -> new Consolidator.Origin(a.key(), TestNation.inResource(a.root(), a.key()), a.formerUnit(), a.formerName())).toList();
        Consolidator.Result result = new Consolidator(DATA.instantiator(), DATA.catalogue()).consolidate("consolidated-" + successor.code(), successor,
                template, origins, NATIONAL, null);
        out.add(result.architecture());
        return result.report();
    }

    private static Set<String> keys(List<? extends Object> items, java.util.function.Function<Object, String> key) {
        Set<String> out = new TreeSet<>();
        items.forEach(i -> out.add(key.apply(i)));
        return out;
    }

    @Test
    void twoGeneratedPredecessors_ReportExactlyTheSharedBlocksAsDuplicates_AndTheBlocksNeitherHasAsGaps() {
        for (long seed = 1; seed <= 8; seed++) {
            Body tuyenQuang = DATA.registry().find("08").orElseThrow();
            PreReformArchitectures.Sample sample = new PreReformArchitectures(DATA, 0.6, 40).generate(tuyenQuang, seed, NATIONAL);
            assertThat(sample.architectures()).hasSize(2);
            List<EObject> made = new ArrayList<>();
            ConsolidationReport report = consolidate(sample, made);

            assertThat(keys(report.duplicates(), d -> ((ConsolidationReport.BlockCoverage) d).key())).as("seed " + seed).isEqualTo(sample.shared());
            assertThat(keys(report.gaps(), g -> ((ConsolidationReport.Gap) g).key())).as("seed " + seed).isEqualTo(sample.gaps());
            assertThat(report.duplicates()).allSatisfy(d -> assertThat(d.providers()).extracting(ConsolidationReport.Provider::architecture)
                    .containsExactlyInAnyOrder("syn-pre-02", "syn-pre-08"));
            Set<String> matched = new TreeSet<>();
            report.potentialMatches().stream().filter(m -> m.type().equals("ApplicationComponent"))
                    .forEach(m -> matched.add(m.elements().get(0).name().replace(" tỉnh Hà Giang", "").replace(" tỉnh Tuyên Quang", "")));
            assertThat(matched).as("seed " + seed).isEqualTo(sample.alike());
            assertThat(report.conforms()).as(report.findings().toString()).isTrue();
            assertThat(ModelValidator.get().errors(made.get(0))).isEmpty();
        }
    }

    @Test
    void everythingOfThePredecessorsIsKept_WithItsOrigin_AndThePredecessorsAreNotChanged() {
        Body phuTho = DATA.registry().find("25").orElseThrow();
        PreReformArchitectures.Sample sample = new PreReformArchitectures(DATA, 0.7, 60).generate(phuTho, 3, NATIONAL);
        assertThat(sample.architectures()).extracting(PreReformArchitectures.Architecture::formerUnit).containsExactly("26", "17", "25");
        List<EObject> before = sample.architectures().stream().map(a -> EcoreUtil.copy(a.root())).toList();
        List<EObject> made = new ArrayList<>();
        ConsolidationReport report = consolidate(sample, made);
        EObject result = made.get(0);

        for (int i = 0; i < before.size(); i++) {
            assertThat(EcoreUtil.equals(before.get(i), sample.architectures().get(i).root())).as("predecessor " + i + " unchanged").isTrue();
        }
        Set<String> origins = new HashSet<>();
        int fromPredecessors = 0;
        for (EObject e : Models.<EObject>list(result, "elements")) {
            String origin = property(e, Consolidator.ORIGIN_ARCHITECTURE);
            assertThat(origin).as(Models.id(e)).isNotNull();
            origins.add(origin);
            if (!origin.equals(Consolidator.TEMPLATE_ORIGIN)) {
                fromPredecessors++;
            }
        }
        int all = sample.architectures().stream().mapToInt(a -> Models.list(a.root(), "elements").size()).sum();
        assertThat(fromPredecessors).isEqualTo(all);
        assertThat(origins).contains("syn-pre-26", "syn-pre-17", "syn-pre-25");
        long filled = report.gaps().stream().filter(ConsolidationReport.Gap::filledFromTemplate).count();
        assertThat(Models.<EObject>list(result, "elements").size()).isEqualTo(all + (int) filled);
        Set<String> ids = new HashSet<>();
        for (java.util.Iterator<EObject> it = result.eAllContents(); it.hasNext();) {
            EObject o = it.next();
            if (o.eClass().getEStructuralFeature("id") != null && Models.id(o) != null) {
                assertThat(ids.add(Models.id(o))).as("unique id " + Models.id(o)).isTrue();
            }
        }
        // no relationship twice between the same two elements
        Set<String> ends = new HashSet<>();
        for (EObject r : Models.<EObject>list(result, "relationships")) {
            assertThat(ends.add(r.eClass().getName() + " " + System.identityHashCode(Models.get(r, "source")) + " "
                    + System.identityHashCode(Models.get(r, "target")))).as("relationship " + Models.id(r)).isTrue();
        }
        assertThat(property(result, Consolidator.CONSOLIDATED_FROM)).isEqualTo("syn-pre-26,syn-pre-17,syn-pre-25");
        assertThat(report.predecessors()).extracting(ConsolidationReport.PredecessorArchitecture::formerUnit).containsExactly("26", "17", "25");
        assertThat(report.conforms()).as(report.findings().toString()).isTrue();
    }

    @Test
    void identicalNationalReferences_AreKeptOnce() {
        Body tuyenQuang = DATA.registry().find("08").orElseThrow();
        PreReformArchitectures.Sample sample = new PreReformArchitectures(DATA, 1.0, 0).generate(tuyenQuang, 5, NATIONAL);
        // both have every block, so both use every national platform: each use is a relationship to the same national element
        List<EObject> made = new ArrayList<>();
        ConsolidationReport report = consolidate(sample, made);
        long toNationalEach = Models.<EObject>list(sample.architectures().get(0).root(), "relationships").stream()
                .filter(r -> external((EObject) Models.get(r, "source"), sample.architectures().get(0).root())
                        || external((EObject) Models.get(r, "target"), sample.architectures().get(0).root()))
                .count();
        long toNational = Models.<EObject>list(made.get(0), "relationships").stream()
                .filter(r -> external((EObject) Models.get(r, "source"), made.get(0)) || external((EObject) Models.get(r, "target"), made.get(0))).count();
        // each predecessor's block is its own element, so its platform uses stay apart: two per platform use
        assertThat(toNational).isEqualTo(2 * toNationalEach);
        assertThat(report.gaps()).isEmpty();
        assertThat(report.duplicates()).hasSize(DATA.templates().find("province").orElseThrow().blocks().size());
    }

    private static boolean external(EObject o, EObject root) {
        return o != null && EcoreUtil.getRootContainer(o) != root;
    }

    private static String property(EObject o, String key) {
        return Models.<EObject>list(o, "properties").stream().filter(p -> key.equals(Models.string(p, "key"))).map(p -> Models.string(p, "value"))
                .findFirst().orElse(null);
    }
}
