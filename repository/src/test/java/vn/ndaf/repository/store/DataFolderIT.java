package vn.ndaf.repository.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.ndaf.repository.ArchitectureRepository;
import vn.ndaf.repository.TestModels;
import vn.ndaf.repository.TestStore;
import vn.ndaf.repository.WriteRequest;

class DataFolderIT {

    private Path first;
    private Path second;

    @BeforeEach
    void folders() {
        first = TestStore.tempDir("ndaf-first-");
        second = TestStore.tempDir("ndaf-second-");
    }

    @AfterEach
    void cleanUp() {
        TestStore.deleteRecursively(first);
        TestStore.deleteRecursively(second);
    }

    @Test
    void twoStoresOnTwoFolders_DoNotSeeEachOthersData() {
        try (Neo4jStore a = Neo4jStore.open(StoreSettings.embedded(first), "first");
                Neo4jStore b = Neo4jStore.open(StoreSettings.embedded(second), "second")) {
            assertThat(a.boltUri()).isNotEqualTo(b.boltUri());
            String uid = new ArchitectureRepository(a.driver()).create(TestModels.tiny(), WriteRequest.by("t", "")).uid();
            assertThat(new ArchitectureRepository(a.driver()).exists(uid)).isTrue();
            assertThat(new ArchitectureRepository(b.driver()).exists(uid)).isFalse();
        }
    }

    @Test
    void secondStoreOnAFolderInUse_FailsAtOnceNamingTheHolder() {
        try (Neo4jStore a = Neo4jStore.open(StoreSettings.embedded(first), "serving http://127.0.0.1:8080 (ndaf serve)")) {
            long started = System.nanoTime();
            assertThatThrownBy(() -> Neo4jStore.open(StoreSettings.embedded(first), "second"))
                    .isInstanceOf(DataFolderInUseException.class)
                    .hasMessageContaining(first.toAbsolutePath().normalize().toString())
                    .hasMessageContaining("in use by another ndaf process")
                    .hasMessageContaining("pid " + ProcessHandle.current().pid())
                    .hasMessageContaining("serving http://127.0.0.1:8080");
            assertThat((System.nanoTime() - started) / 1_000_000).as("milliseconds to refuse").isLessThan(2000);
        }
    }

    @Test
    void reopen_FindsWhatTheFirstOpeningStored() {
        String uid;
        try (Neo4jStore a = Neo4jStore.open(StoreSettings.embedded(first), "first")) {
            uid = new ArchitectureRepository(a.driver()).create(TestModels.tiny(), WriteRequest.by("t", "")).uid();
        }
        try (Neo4jStore again = Neo4jStore.open(StoreSettings.embedded(first), "again")) {
            assertThat(new ArchitectureRepository(again.driver()).load(uid).root()).isNotNull();
        }
    }
}
