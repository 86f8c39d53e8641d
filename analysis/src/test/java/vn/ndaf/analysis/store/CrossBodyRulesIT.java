package vn.ndaf.analysis.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.ndaf.analysis.Checker;
import vn.ndaf.analysis.Finding;
import vn.ndaf.analysis.Profile;
import vn.ndaf.analysis.StoreChecker;
import vn.ndaf.framework.registry.Body;
import vn.ndaf.framework.template.InstantiationOptions;
import vn.ndaf.metamodel.Models;
import vn.ndaf.metamodel.NdafMetamodel;
import vn.ndaf.repository.ArchitectureRepository;
import vn.ndaf.repository.LoadedModel;
import vn.ndaf.repository.TestStore;

/** The cross-body rules (Cypher rule files) on architectures stored for the purpose: each triggers on one and not on its twin. */
class CrossBodyRulesIT {

    private static ArchitectureRepository repository;
    private static StoreChecker checker;
    private static Body commune;

    @BeforeAll
    static void store() {
        repository = new ArchitectureRepository(TestStore.get().driver());
        checker = new StoreChecker(Checker.standard(), TestStore.get());
        StoredNation.referenceData(repository);
        commune = StoredNation.DATA.registry().children("01").get(0);
        EObject national = repository.load("national").root();
        if (!repository.exists("xb-p01")) {
            repository.createAs("xb-p01", instantiate("01", national, null), StoredNation.REQUEST);
            repository.createAs("xb-p79", instantiate("79", national, null), StoredNation.REQUEST);
            repository.createAs("xb-c-own", instantiate(commune.code(), national, repository.load("xb-p01").root()), StoredNation.REQUEST);
            repository.createAs("xb-c-other", instantiate(commune.code(), national, repository.load("xb-p79").root()), StoredNation.REQUEST);

            EObject unknown = Models.architecture("xb-unknown", "Unknown body");
            Models.set(unknown, "bodyCode", "99999");
            repository.createAs("xb-unknown", unknown, StoredNation.REQUEST);
            EObject owner = Models.architecture("xb-owner", "Unknown owner");
            Models.set(owner, "bodyCode", "01");
            Models.set(Models.element(owner, "InformationSystem", "s1", "System"), "ownerBodyCode", "ZZZ9");
            Models.set(Models.element(owner, "InformationSystem", "s2", "System 2"), "ownerBodyCode", "01");
            repository.createAs("xb-owner", owner, StoredNation.REQUEST);

            EObject registry = NdafMetamodel.get().create("BodyRegistry");
            Models.set(registry, "id", "xb-registry");
            EObject orphan = NdafMetamodel.get().create("Body");
            Models.set(orphan, "id", "b-X9999");
            Models.set(orphan, "code", "X9999");
            Models.set(orphan, "name", "Xã không thuộc tỉnh");
            Models.set(orphan, "tier", "commune");
            // under a central body of the stored registry: the write's invariants see only a reference to another
            // model (as a registry kept elsewhere would be), the cross-body rule sees the whole graph
            Models.set(orphan, "parent", repository.references(List.of("registry/b-BCA")).get("registry/b-BCA"));
            Models.list(registry, "bodies").add(orphan);
            repository.createAs("xb-registry", registry, StoredNation.REQUEST);
            EObject orphanArchitecture = Models.architecture("xb-orphan", "Orphan commune");
            Models.set(orphanArchitecture, "bodyCode", "X9999");
            repository.createAs("xb-orphan", orphanArchitecture, StoredNation.REQUEST);

            repository.createAs("xb-db-a", database("BCA"), StoredNation.REQUEST);
            repository.createAs("xb-db-b", database("BTP"), StoredNation.REQUEST);

            EObject provider = Models.architecture("xb-provider", "Provider");
            Models.set(provider, "bodyCode", "BTP");
            Models.element(provider, "ApplicationComponent", "silent", "Provides nothing");
            EObject talks = Models.element(provider, "ApplicationComponent", "talks", "Provides data");
            EObject out = Models.element(provider, "ApplicationComponent", "sink", "Someone");
            Models.relationship(provider, "FlowRelationship", "f-out", talks, out);
            repository.createAs("xb-provider", provider, StoredNation.REQUEST);
            LoadedModel stored = repository.load("xb-provider");
            EObject consumer = Models.architecture("xb-consumer", "Consumer");
            Models.set(consumer, "bodyCode", "BCA");
            EObject mine = Models.element(consumer, "ApplicationComponent", "mine", "Mine");
            Models.relationship(consumer, "FlowRelationship", "from-silent", byId(stored.root(), "silent"), mine);
            Models.relationship(consumer, "FlowRelationship", "from-talks", byId(stored.root(), "talks"), mine);
            repository.createAs("xb-consumer", consumer, StoredNation.REQUEST);
        }
    }

    private static EObject instantiate(String code, EObject national, EObject parent) {
        Body body = StoredNation.DATA.registry().find(code).orElseThrow();
        var template = StoredNation.DATA.templates().forBody(body).orElseThrow();
        return StoredNation.DATA.instantiator().instantiate(template, body, InstantiationOptions.of(national, parent)).architecture();
    }

    private static EObject database(String steward) {
        EObject a = Models.architecture("db", "Databases");
        Models.set(a, "bodyCode", steward);
        EObject d = Models.element(a, "Database", "csdl", "Cơ sở dữ liệu quốc gia về thử nghiệm");
        Models.set(d, "scope", "national");
        Models.set(d, "stewardBodyCode", steward);
        return a;
    }

    private static EObject byId(EObject root, String id) {
        return Models.<EObject>list(root, "elements").stream().filter(e -> id.equals(Models.id(e))).findFirst().orElseThrow();
    }

    private static Set<String> found(String architecture, String rule) {
        List<Finding> findings = checker.check(architecture, Profile.defaults());
        return findings.stream().filter(f -> f.rule().equals(rule)).map(Finding::id).collect(Collectors.toSet());
    }

    @Test
    void communeUsingAnotherProvincesPlatform_IsAnError_ItsOwnProvinceIsNot() {
        assertThat(found("xb-c-other", "crossbody.commune.province")).isNotEmpty();
        assertThat(checker.check("xb-c-other", Profile.defaults())).filteredOn(f -> f.rule().equals("crossbody.commune.province"))
                .allSatisfy(f -> assertThat(f.message()).contains("79").contains(commune.code()).contains("01"));
        assertThat(found("xb-c-own", "crossbody.commune.province")).isEmpty();
    }

    @Test
    void bodyTheRegistryDoesNotHold_IsFound_OnArchitecturesAndElements() {
        assertThat(found("xb-unknown", "crossbody.body.unknown")).containsExactly("xb-unknown");
        assertThat(found("xb-owner", "crossbody.body.unknown")).containsExactly("s1");
        assertThat(found("xb-c-own", "crossbody.body.unknown")).isEmpty();
    }

    @Test
    void communeNotDirectlyUnderAProvince_IsFound() {
        assertThat(found("xb-orphan", "crossbody.body.tier")).containsExactly("xb-orphan");
        assertThat(found("xb-c-own", "crossbody.body.tier")).isEmpty();
    }

    @Test
    void nationalDatabaseWithTwoStewards_IsFoundOnBoth() {
        assertThat(found("xb-db-a", "crossbody.database.steward")).containsExactly("csdl");
        assertThat(found("xb-db-b", "crossbody.database.steward")).containsExactly("csdl");
        assertThat(found("xb-p01", "crossbody.database.steward")).isEmpty();
    }

    @Test
    void flowConsumedFromABodyThatDoesNotProvideIt_IsFound() {
        assertThat(found("xb-consumer", "crossbody.flow.provided")).containsExactly("from-silent");
    }
}
