package vn.ndaf.api.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.ndaf.api.bootstrap.BootstrapResult.Outcome;
import vn.ndaf.framework.ReferenceData;
import vn.ndaf.framework.national.NationalIds;
import vn.ndaf.framework.registry.Registry;
import vn.ndaf.framework.registry.RegistryModel;
import vn.ndaf.metamodel.Models;
import vn.ndaf.repository.ArchitectureRepository;
import vn.ndaf.repository.RevisionInfo;
import vn.ndaf.repository.WriteRequest;

/**
 * The reference data in a real store: created once, left alone while unchanged, migrated when its version
 * changes. Each test has an empty store of its own (a store holds one registry).
 */
class StoreBootstrapIT {

    private static final ReferenceData DATA = ReferenceData.standard();
    private final ReferenceUids uids = ReferenceUids.STANDARD;
    private FreshStore store;
    private ArchitectureRepository repository;

    @BeforeEach
    void emptyStore() {
        store = new FreshStore();
        repository = store.repository();
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    /** The standard models, with the registry's version and one body's name changed as a new data release would. */
    private static ReferenceModels nextRelease(String version, String bodyCode, String newName) {
        ReferenceModels standard = ReferenceModels.of(DATA);
        return new ReferenceModels() {
            @Override
            public String registryVersion() {
                return version;
            }

            @Override
            public EObject buildRegistry() {
                EObject registry = standard.buildRegistry();
                Models.set(registry, "version", version);
                Models.<EObject>list(registry, "bodies").stream().filter(b -> bodyCode.equals(Models.string(b, "code"))).forEach(b -> Models.set(b, "name", newName));
                return registry;
            }

            @Override
            public String nationalVersion() {
                return standard.nationalVersion();
            }

            @Override
            public EObject buildNational() {
                return standard.buildNational();
            }
        };
    }

    @Test
    void ensure_CreatesBothModels_InAnEmptyStore() {
        BootstrapResult result = new StoreBootstrap(repository, ReferenceModels.of(DATA), uids).ensure();

        assertThat(result.registry().outcome()).isEqualTo(Outcome.CREATED);
        assertThat(result.national().outcome()).isEqualTo(Outcome.CREATED);
        Registry stored = RegistryModel.read(repository.load(uids.registry()).root());
        assertThat(stored.provinces()).hasSize(34);
        assertThat(stored.communes()).hasSize(3321);
        assertThat(stored.version()).isEqualTo(DATA.registry().version());
        EObject national = repository.load(uids.national()).root();
        assertThat(Models.<EObject>list(national, "elements").stream().map(Models::id)).contains(NationalIds.platform("CDVCQG"));
    }

    @Test
    void ensure_ChangesNothing_WhenRunAgain() {
        StoreBootstrap bootstrap = new StoreBootstrap(repository, ReferenceModels.of(DATA), uids);
        bootstrap.ensure();
        long registryRevision = repository.load(uids.registry()).revision();

        BootstrapResult again = bootstrap.ensure();

        assertThat(again.registry().outcome()).isEqualTo(Outcome.UNCHANGED);
        assertThat(again.national().outcome()).isEqualTo(Outcome.UNCHANGED);
        assertThat(again.changedAnything()).isFalse();
        assertThat(repository.revisions(uids.registry())).hasSize(1);
        assertThat(repository.load(uids.registry()).revision()).isEqualTo(registryRevision);
    }

    @Test
    void ensure_SavesTheNewRegistryOverTheOld_RecordingTheChangeInItsHistory_WhenTheVersionChanges() {
        new StoreBootstrap(repository, ReferenceModels.of(DATA), uids).ensure();

        BootstrapResult migrated = new StoreBootstrap(repository, nextRelease("test-2", "01", "Hà Nội (đổi tên)"), uids).ensure();

        assertThat(migrated.registry().outcome()).isEqualTo(Outcome.UPDATED);
        assertThat(migrated.registry().before()).isEqualTo(DATA.registry().version());
        assertThat(migrated.registry().after()).isEqualTo("test-2");
        assertThat(migrated.national().outcome()).isEqualTo(Outcome.UNCHANGED);
        List<RevisionInfo> history = repository.revisions(uids.registry());
        assertThat(history).hasSize(2);
        assertThat(history.get(0).kind()).isEqualTo(StoreBootstrap.KIND);
        assertThat(history.get(0).message()).isEqualTo("body registry version test-2");
        assertThat(history.get(0).updated()).isEqualTo(2);
        assertThat(history.get(0).created() + history.get(0).deleted()).isZero();
        Registry stored = RegistryModel.read(repository.load(uids.registry()).root());
        assertThat(stored.version()).isEqualTo("test-2");
        assertThat(stored.find("01").orElseThrow().nameVi()).isEqualTo("Hà Nội (đổi tên)");

        assertThat(new StoreBootstrap(repository, nextRelease("test-2", "01", "Hà Nội (đổi tên)"), uids).ensure().registry().outcome())
                .isEqualTo(Outcome.UNCHANGED);
    }

    @Test
    void ensure_KeepsTheOldNationalArchitecture_WhenTheNewOneDropsAPlatformOthersUse() {
        new StoreBootstrap(repository, ReferenceModels.of(DATA), uids).ensure();
        EObject national = repository.load(uids.national()).root();
        ArchitectureFromTemplate fromTemplate = new ArchitectureFromTemplate(repository, DATA, uids);
        fromTemplate.create("31", "province", null, null, "test");
        ReferenceModels withoutPortal = new ReferenceModels() {
            @Override
            public String registryVersion() {
                return DATA.registry().version();
            }

            @Override
            public EObject buildRegistry() {
                return DATA.buildRegistryModel();
            }

            @Override
            public String nationalVersion() {
                return "without the portal";
            }

            @Override
            public EObject buildNational() {
                EObject built = DATA.buildNationalArchitecture();
                EObject portal = Models.<EObject>list(built, "elements").stream().filter(e -> Models.id(e).equals(NationalIds.platform("CDVCQG"))).findFirst()
                        .orElseThrow();
                Models.<EObject>list(built, "relationships").removeIf(r -> Models.get(r, "source") == portal || Models.get(r, "target") == portal);
                Models.<EObject>list(built, "views").clear();
                Models.list(built, "elements").remove(portal);
                return built;
            }
        };

        BootstrapResult result = new StoreBootstrap(repository, withoutPortal, uids).ensure();

        assertThat(result.national().outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(result.national().reason()).contains("CDVCQG");
        assertThat(repository.load(uids.national()).revision()).isEqualTo(1);
        assertThat(Models.<EObject>list(national, "elements")).hasSameSizeAs(Models.<EObject>list(repository.load(uids.national()).root(), "elements"));
    }

    @Test
    void storedVersion_IsReadFromTheNewestReferenceDataRevision_NotFromOtherWrites() {
        StoreBootstrap bootstrap = new StoreBootstrap(repository, ReferenceModels.of(DATA), uids);
        bootstrap.ensure();
        var loaded = repository.load(uids.registry());
        Models.set(loaded.root(), "version", "edited by hand");
        repository.save(loaded, loaded.root(), WriteRequest.by("someone", "an edit"));

        assertThat(bootstrap.storedVersion(uids.registry(), StoreBootstrap.REGISTRY_LABEL)).isEqualTo(DATA.registry().version());
        assertThat(bootstrap.ensure().registry().outcome()).isEqualTo(Outcome.UNCHANGED);
    }

    /** The standard models with a given fingerprint, counting how often the framework data is asked for. */
    private static class Counting implements ReferenceModels {
        private final ReferenceModels standard = ReferenceModels.of(DATA);
        private final String fingerprint;
        int dataRead;

        Counting(String fingerprint) {
            this.fingerprint = fingerprint;
        }

        @Override
        public String fingerprint() {
            return fingerprint;
        }

        @Override
        public String registryVersion() {
            dataRead++;
            return standard.registryVersion();
        }

        @Override
        public EObject buildRegistry() {
            dataRead++;
            return standard.buildRegistry();
        }

        @Override
        public String nationalVersion() {
            dataRead++;
            return standard.nationalVersion();
        }

        @Override
        public EObject buildNational() {
            dataRead++;
            return standard.buildNational();
        }
    }

    @Test
    void ensure_WithAnUnchangedFingerprint_AsksNothingOfTheFrameworkData_AndReportsTheStoredVersions() {
        new StoreBootstrap(repository, store.marks(), new Counting("fp-1"), uids).ensure();
        Counting again = new Counting("fp-1");

        BootstrapResult result = new StoreBootstrap(repository, store.marks(), again, uids).ensure();

        assertThat(again.dataRead).isZero();
        assertThat(result.changedAnything()).isFalse();
        assertThat(result.registry().outcome()).isEqualTo(Outcome.UNCHANGED);
        assertThat(result.registry().after()).isEqualTo(DATA.registry().version());
        assertThat(result.national().after()).isEqualTo(DATA.nationalVersion());
        assertThat(repository.revisions(uids.registry())).hasSize(1);
    }

    @Test
    void ensure_WithAnotherFingerprint_ComparesTheVersions_AndRecordsTheNewFingerprint() {
        new StoreBootstrap(repository, store.marks(), new Counting("fp-1"), uids).ensure();
        Counting changed = new Counting("fp-2");

        BootstrapResult result = new StoreBootstrap(repository, store.marks(), changed, uids).ensure();
        Counting after = new Counting("fp-2");
        new StoreBootstrap(repository, store.marks(), after, uids).ensure();

        assertThat(changed.dataRead).isPositive();
        assertThat(result.registry().outcome()).isEqualTo(Outcome.UNCHANGED);
        assertThat(after.dataRead).isZero();
    }

    @Test
    void ensure_WithAMatchingFingerprint_StillCreatesAReferenceModelThatIsGone() {
        // a store whose mark says "up to date" but whose registry is missing (here: never created; the same holds
        // for one deleted later): the mark is void and the registry is created
        store.marks().write(StoreBootstrap.MARK, java.util.Map.of("fingerprint", "fp-1", "registryVersion", "x", "nationalVersion", "y"));
        Counting models = new Counting("fp-1");

        BootstrapResult result = new StoreBootstrap(repository, store.marks(), models, uids).ensure();

        assertThat(result.registry().outcome()).isEqualTo(Outcome.CREATED);
        assertThat(result.national().outcome()).isEqualTo(Outcome.CREATED);
        assertThat(repository.exists(uids.registry())).isTrue();
    }

    @Test
    void ensure_RecordsNoFingerprint_WhenAModelIsRefused() {
        new StoreBootstrap(repository, store.marks(), new Counting("fp-1"), uids).ensure();
        ArchitectureFromTemplate fromTemplate = new ArchitectureFromTemplate(repository, DATA, uids);
        fromTemplate.create("31", "province", null, null, "test");
        Counting refused = new Counting("fp-without-portal") {
            @Override
            public String nationalVersion() {
                return "without the portal";
            }

            @Override
            public EObject buildNational() {
                EObject built = DATA.buildNationalArchitecture();
                Models.<EObject>list(built, "relationships").clear();
                Models.<EObject>list(built, "views").clear();
                Models.<EObject>list(built, "elements").clear();
                return built;
            }
        };

        assertThat(new StoreBootstrap(repository, store.marks(), refused, uids).ensure().national().outcome()).isEqualTo(Outcome.REFUSED);
        Counting sameAgain = new Counting("fp-without-portal");
        new StoreBootstrap(repository, store.marks(), sameAgain, uids).ensure();

        assertThat(sameAgain.dataRead).as("a refused update is tried again at the next start, not skipped").isPositive();
    }
}
