package vn.ndaf.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import vn.ndaf.metamodel.Models;
import vn.ndaf.metamodel.NdafMetamodel;

/** Every model rule of the registry has a fixture that triggers it and one that does not. */
class RuleFixturesTest {

    private static final LocalDate AS_OF = LocalDate.parse("2027-01-01");

    /** rule id -> (triggers it, does not) */
    private static final Map<String, Supplier<EObject>[]> FIXTURES = new HashMap<>();

    @SafeVarargs
    private static void fixture(String rule, Supplier<EObject>... triggerAndClean) {
        FIXTURES.put(rule, triggerAndClean);
    }

    static {
        fixture("archimate.relationship.invalid", () -> pair("BusinessObject", "BusinessActor", "AssignmentRelationship"),
                () -> pair("BusinessActor", "BusinessRole", "AssignmentRelationship"));
        fixture("archimate.junction.mixed", () -> junction("TriggeringRelationship", "FlowRelationship"),
                () -> junction("TriggeringRelationship", "TriggeringRelationship"));
        fixture("archimate.element.unused", () -> {
            EObject a = Fixtures.architecture();
            Models.element(a, "BusinessActor", "e1", "Unseen");
            return a;
        }, () -> shown(pair("BusinessActor", "BusinessRole", "AssignmentRelationship")));
        fixture("archimate.relationship.unused", () -> {
            EObject a = pair("BusinessActor", "BusinessRole", "AssignmentRelationship");
            EObject v = Fixtures.view(a, "v", null);
            Models.<EObject>list(a, "elements").forEach(e -> Fixtures.node(v, "n-" + Models.id(e), e));
            return a;
        }, () -> shown(pair("BusinessActor", "BusinessRole", "AssignmentRelationship")));
        fixture("archimate.view.viewpoint", () -> inViewpoint("organization", "ApplicationComponent"), () -> inViewpoint("organization", "BusinessActor"));
        fixture("archimate.element.duplicate", () -> twoNamed("BusinessActor", "Same", "Same"), () -> {
            EObject a = twoNamed("BusinessActor", "One", "Other");
            Models.element(a, "Junction", "j1", "And");
            Models.element(a, "Junction", "j2", "And");
            return a;
        });
        fixture("archimate.view.empty", () -> {
            EObject a = Fixtures.architecture();
            Fixtures.view(a, "v", null);
            return a;
        }, () -> shown(pair("BusinessActor", "BusinessRole", "AssignmentRelationship")));
        fixture("archimate.view.nesting", () -> nested("AssociationRelationship"), () -> nested("CompositionRelationship"));

        fixture("ndaf.relationship.allowed", () -> pair("BusinessObject", "BusinessActor", "AssignmentRelationship"),
                () -> pair("BusinessActor", "BusinessRole", "AssignmentRelationship"));
        fixture("ndaf.junction.sameType", () -> junction("TriggeringRelationship", "FlowRelationship"),
                () -> junction("TriggeringRelationship", "TriggeringRelationship"));
        fixture("ndaf.connection.relationshipEnds", () -> {
            EObject a = pair("BusinessActor", "BusinessRole", "AssignmentRelationship");
            EObject v = Fixtures.view(a, "v", null);
            EObject n1 = Fixtures.node(v, "n1", Models.<EObject>list(a, "elements").get(0));
            EObject n2 = Fixtures.node(v, "n2", Models.<EObject>list(a, "elements").get(1));
            Fixtures.connection(v, "c1", Models.<EObject>list(a, "relationships").get(0), n2, n1);
            return a;
        }, () -> shown(pair("BusinessActor", "BusinessRole", "AssignmentRelationship")));
        fixture("ndaf.profile.conceptType", () -> profiled("BusinessRole"), () -> profiled("BusinessActor"));
        fixture("ndaf.system.securityLevel", () -> system(9), () -> system(3));
        fixture("ndaf.date.iso", () -> task("31/12/2025", "in_progress", "01"), () -> task("2030-12-31", "in_progress", "01"));
        fixture("ndaf.task.leadAndDeadline", () -> task("2030-12-31", "in_progress", null), () -> task("2030-12-31", "in_progress", "01"));
        fixture("ndaf.body.twoTier", () -> registry(false), () -> registry(true));

        fixture("framework.block.required", () -> Fixtures.province(Set.of("portal")), () -> Fixtures.province(Set.of()));
        fixture("framework.platform.required", () -> {
            EObject a = Fixtures.province(Set.of());
            Models.<EObject>list(a, "relationships").removeIf(r -> List.of("p-NDXP", "p-TLTVBQG").contains(endId(r, "source"))
                    || List.of("p-NDXP", "p-TLTVBQG").contains(endId(r, "target")));
            return a;
        }, () -> Fixtures.province(Set.of()));
        fixture("framework.relationship.required", () -> {
            EObject a = Fixtures.province(Set.of());
            Models.<EObject>list(a, "relationships").removeIf(r -> "authority".equals(endId(r, "source")) && "chief-it-architect".equals(endId(r, "target")));
            return a;
        }, () -> Fixtures.province(Set.of()));
        fixture("framework.element.layer", () -> {
            EObject a = Fixtures.architecture();
            Models.element(a, "BusinessActor", "e1", "Unclassified");
            return a;
        }, () -> {
            EObject a = Fixtures.architecture();
            Models.set(Models.element(a, "BusinessActor", "e1", "Classified"), "nationalLayer", literal("NationalLayer", "applications_business"));
            Models.element(a, "Junction", "j1", "");
            return a;
        });
        fixture("framework.database.steward", () -> database("national", null, "real_time"), () -> {
            EObject a = database("national", "BCA", "real_time");
            Models.element(a, "Database", "local-db", "Local");
            return a;
        });
        fixture("framework.database.sync", () -> database("specialised", "BCA", "none"), () -> {
            EObject a = database("specialised", "BCA", "batch");
            Models.element(a, "Database", "local-db", "Local");
            return a;
        });
        fixture("framework.system.securityLevel", () -> system(0), () -> system(3));
        fixture("framework.data.dictionary", () -> {
            EObject a = Fixtures.architecture();
            Models.element(a, "DataObject", "d1", "Hồ sơ");
            return a;
        }, () -> {
            EObject a = Fixtures.architecture();
            EObject d = Models.element(a, "DataObject", "d1", "Hồ sơ");
            EObject t = Models.element(a, "DataDictionaryTerm", "t1", "Hồ sơ thủ tục");
            Models.relationship(a, "AssociationRelationship", "r1", d, t);
            return a;
        });
        fixture("registry.unit.dissolved", () -> {
            EObject a = Fixtures.architecture();
            Models.element(a, "ApplicationComponent", "portal", "Cổng dịch vụ công tỉnh Hà Giang");
            return a;
        }, () -> {
            EObject a = Fixtures.architecture();
            // the successor province, and a ward that only shares the dissolved province's name
            Models.element(a, "ApplicationComponent", "portal", "Cổng dịch vụ công tỉnh Tuyên Quang");
            Models.element(a, "BusinessActor", "ward", "Phường Hà Giang 1");
            return a;
        });
        fixture("framework.platform.duplicated", () -> categorised("ARM.03.01"), () -> categorised("ARM.06"));
        fixture("plan.task.late", () -> task("2026-06-30", "in_progress", "01"), () -> {
            EObject a = task("2026-06-30", "done", "01");
            EObject open = Models.element(a, "PlanTask", "t2", "Later");
            Models.set(open, "deadline", "2028-01-01");
            Models.set(open, "leadBodyCode", "01");
            return a;
        });
    }

    static Stream<String> modelRules() {
        return RuleRegistry.standard().modelRules().stream().map(Rule::id);
    }

    @ParameterizedTest
    @MethodSource("modelRules")
    void rule_Triggers_OnItsFixture_AndNotOnTheCleanOne(String rule) {
        assertThat(FIXTURES).as("fixtures of " + rule).containsKey(rule);
        Supplier<EObject>[] f = FIXTURES.get(rule);
        assertThat(rules(f[0].get())).as(rule + " on its triggering fixture").contains(rule);
        assertThat(rules(f[1].get())).as(rule + " on its clean fixture").doesNotContain(rule);
    }

    @Test
    void findings_NameTheObjectAndTheBody() {
        List<Finding> found = Checker.standard().check(twoNamed("BusinessActor", "Same", "Same"), "fx", Profile.defaults());
        Finding dup = found.stream().filter(x -> x.rule().equals("archimate.element.duplicate")).findFirst().orElseThrow();
        assertThat(dup.architecture()).isEqualTo("fx");
        assertThat(dup.body()).isEqualTo("01");
        assertThat(dup.id()).isIn("e1", "e2");
        assertThat(dup.message()).contains("'Same'").contains("body 01").contains("Hà Nội");
    }

    private static List<String> rules(EObject model) {
        return Checker.standard().check(model, "fx", Profile.defaults(), AS_OF, x -> x).stream().map(Finding::rule).toList();
    }

    private static String endId(EObject r, String end) {
        EObject e = (EObject) r.eGet(r.eClass().getEStructuralFeature(end), false);
        return vn.ndaf.analysis.ModelContext.idOf(e);
    }

    private static Object literal(String enumName, String literal) {
        var e = (org.eclipse.emf.ecore.EEnum) NdafMetamodel.get().ePackage().getEClassifier(enumName);
        return org.eclipse.emf.ecore.util.EcoreUtil.createFromString(e, literal);
    }

    static EObject pair(String sourceType, String targetType, String relationship) {
        EObject a = Fixtures.architecture();
        EObject s = Models.element(a, sourceType, "e1", "Source");
        EObject t = Models.element(a, targetType, "e2", "Target");
        Models.relationship(a, relationship, "r1", s, t);
        return a;
    }

    static EObject shown(EObject a) {
        Fixtures.showAll(a);
        return a;
    }

    static EObject junction(String in, String out) {
        EObject a = Fixtures.architecture();
        EObject p1 = Models.element(a, "BusinessProcess", "p1", "First");
        EObject j = Models.element(a, "Junction", "j1", "And");
        EObject p2 = Models.element(a, "BusinessProcess", "p2", "Second");
        Models.relationship(a, in, "r1", p1, j);
        Models.relationship(a, out, "r2", j, p2);
        return a;
    }

    static EObject inViewpoint(String viewpoint, String type) {
        EObject a = Fixtures.architecture();
        EObject e = Models.element(a, type, "e1", "Shown");
        Fixtures.node(Fixtures.view(a, "v", viewpoint), "n1", e);
        return a;
    }

    static EObject twoNamed(String type, String first, String second) {
        EObject a = Fixtures.architecture();
        Models.element(a, type, "e1", first);
        Models.element(a, type, "e2", second);
        return a;
    }

    static EObject nested(String relationship) {
        EObject a = Fixtures.architecture();
        EObject outer = Models.element(a, "BusinessActor", "e1", "Outer");
        EObject inner = Models.element(a, "BusinessRole", "e2", "Inner");
        Models.relationship(a, relationship, "r1", outer, inner);
        EObject v = Fixtures.view(a, "v", null);
        EObject n1 = Fixtures.node(v, "n1", outer);
        Fixtures.node(n1, "n2", inner);
        return a;
    }

    static EObject profiled(String profileType) {
        EObject a = Fixtures.architecture();
        EObject p = NdafMetamodel.get().create("Profile");
        Models.set(p, "id", "pr1");
        Models.set(p, "name", "Citizen");
        Models.set(p, "conceptType", profileType);
        Models.list(a, "profiles").add(p);
        Models.list(Models.element(a, "BusinessActor", "e1", "Actor"), "profiles").add(p);
        return a;
    }

    static EObject system(int level) {
        EObject a = Fixtures.architecture();
        Models.set(Models.element(a, "InformationSystem", "s1", "Hệ thống"), "securityLevel", level);
        return a;
    }

    static EObject task(String deadline, String status, String lead) {
        EObject a = Fixtures.architecture();
        EObject t = Models.element(a, "PlanTask", "t1", "Task");
        Models.set(t, "deadline", deadline);
        Models.set(t, "status", literal("WorkStatus", status));
        if (lead != null) {
            Models.set(t, "leadBodyCode", lead);
        }
        return a;
    }

    static EObject database(String scope, String steward, String sync) {
        EObject a = Fixtures.architecture();
        EObject d = Models.element(a, "Database", "db1", "Cơ sở dữ liệu");
        Models.set(d, "scope", literal("DatabaseScope", scope));
        Models.set(d, "ndcSync", literal("SyncMode", sync));
        if (steward != null) {
            Models.set(d, "stewardBodyCode", steward);
        }
        return a;
    }

    static EObject categorised(String category) {
        EObject a = Fixtures.architecture();
        Models.set(Models.element(a, "InformationSystem", "s1", "Own system"), "referenceCategory", category);
        return a;
    }

    static EObject registry(boolean withParent) {
        EObject r = NdafMetamodel.get().create("BodyRegistry");
        EObject province = NdafMetamodel.get().create("Body");
        Models.set(province, "code", "01");
        Models.set(province, "tier", literal("BodyTier", "province"));
        EObject commune = NdafMetamodel.get().create("Body");
        Models.set(commune, "code", "00004");
        Models.set(commune, "tier", literal("BodyTier", "commune"));
        if (withParent) {
            Models.set(commune, "parent", province);
        }
        Models.list(r, "bodies").add(province);
        Models.list(r, "bodies").add(commune);
        return r;
    }

    @Test
    void aMissingRequiredBlock_IsNamedAsTheBodysArchitectureWouldNameIt_NotByItsPattern() {
        List<Finding> missing = Checker.standard().check(Fixtures.province(Set.of("authority")), "fx", Profile.defaults()).stream()
                .filter(f -> f.rule().equals("framework.block.required") && "authority".equals(f.id())).toList();
        assertThat(missing).hasSize(1);
        // the province template's pattern is "People's Committee of {fullNameEn}"; the fixture's body is Hà Nội (01)
        assertThat(missing.get(0).name()).isEqualTo("People's Committee of " + vn.ndaf.framework.ReferenceData.standard().registry().find("01").orElseThrow().fullNameEn());
        assertThat(missing.get(0).message()).doesNotContain("{").contains(missing.get(0).name());
    }
}
