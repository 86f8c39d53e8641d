package vn.ndaf.repository.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;

import vn.ndaf.repository.TestStore;

/** The embedded Neo4j's Bolt port asks for the password kept in the data folder, readable by its owner only. */
class BoltPasswordIT {

    private final Path data = TestStore.tempDir("ndaf-bolt-");

    @AfterEach
    void cleanUp() {
        TestStore.deleteRecursively(data);
    }

    @Test
    void boltPort_RefusesNoPasswordAndAWrongOne_AcceptsTheKeptOne() throws Exception {
        String bolt;
        String kept;
        try (Neo4jStore store = Neo4jStore.open(StoreSettings.embedded(data), "test")) {
            bolt = store.boltUri();
            Path file = data.resolve(EmbeddedNeo4j.PASSWORD_FILE);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
            kept = Files.readString(file).strip();
            assertThat(kept).hasSizeGreaterThanOrEqualTo(24);
            try (Driver none = GraphDatabase.driver(bolt, AuthTokens.none())) {
                assertThatThrownBy(none::verifyConnectivity).isInstanceOf(AuthenticationException.class);
            }
            try (Driver wrong = GraphDatabase.driver(bolt, AuthTokens.basic("neo4j", "neo4j"))) {
                assertThatThrownBy(wrong::verifyConnectivity).isInstanceOf(AuthenticationException.class);
            }
            try (Driver right = GraphDatabase.driver(bolt, AuthTokens.basic("neo4j", kept))) {
                right.verifyConnectivity();
            }
        }
        // reopened: the same password, and the permissions a careless copy loosened are tightened again
        Files.setPosixFilePermissions(data.resolve(EmbeddedNeo4j.PASSWORD_FILE), PosixFilePermissions.fromString("rw-r--r--"));
        try (Neo4jStore store = Neo4jStore.open(StoreSettings.embedded(data), "test")) {
            assertThat(Files.readString(data.resolve(EmbeddedNeo4j.PASSWORD_FILE)).strip()).isEqualTo(kept);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve(EmbeddedNeo4j.PASSWORD_FILE)))).isEqualTo("rw-------");
            try (Driver right = GraphDatabase.driver(store.boltUri(), AuthTokens.basic("neo4j", kept))) {
                right.verifyConnectivity();
            }
        }
    }
}
