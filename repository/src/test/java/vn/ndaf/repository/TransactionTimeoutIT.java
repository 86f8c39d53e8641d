package vn.ndaf.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Every read and write runs with a timeout: a runaway query fails, saying which setting allows longer. */
class TransactionTimeoutIT {

    private static final String RUNAWAY = "UNWIND range(1, 2000000000) AS x WITH x WHERE x = -1 RETURN count(x) AS n";

    @AfterEach
    void reset() {
        System.clearProperty("ndaf.tx.timeout");
        System.clearProperty("ndaf.tx.model.timeout");
    }

    @Test
    void read_ThatRunsPastTheTimeout_FailsNamingTheSetting() {
        System.setProperty("ndaf.tx.timeout", "300ms");
        long start = System.nanoTime();
        assertThatThrownBy(() -> Transactions.read(TestStore.get().driver(), tx -> tx.run(RUNAWAY).single().get("n").asLong()))
                .isInstanceOf(RepositoryException.class).hasMessageContaining("longer than 300 ms").hasMessageContaining("NDAF_TX_TIMEOUT");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
    }

    @Test
    void write_ThatRunsPastTheTimeout_FailsAndStoresNothing() {
        System.setProperty("ndaf.tx.model.timeout", "1s");
        ArchitectureRepository repository = new ArchitectureRepository(TestStore.get().driver());
        String uid = repository.create(TestModels.tiny(), WriteRequest.by("t", "")).uid();
        assertThatThrownBy(() -> Transactions.write(TestStore.get().driver(), tx -> {
            tx.run("MATCH (a:Architecture {uid: $uid}) SET a.name = 'changed'", java.util.Map.of("uid", uid)).consume();
            return tx.run(RUNAWAY).single().get("n").asLong();
        })).isInstanceOf(RepositoryException.class).hasMessageContaining("longer than 1 s").hasMessageContaining("NDAF_TX_MODEL_TIMEOUT");
        assertThat(repository.summary(uid).orElseThrow().name()).isEqualTo("Tiny");
    }

    @Test
    void settings_AcceptSecondsAndDurations_AndRefuseNonsense() {
        assertThat(Transactions.parse("X", "45")).isEqualTo(Duration.ofSeconds(45));
        assertThat(Transactions.parse("X", "500ms")).isEqualTo(Duration.ofMillis(500));
        assertThat(Transactions.parse("X", "10m")).isEqualTo(Duration.ofMinutes(10));
        assertThat(Transactions.parse("X", "PT2S")).isEqualTo(Duration.ofSeconds(2));
        assertThatThrownBy(() -> Transactions.parse("NDAF_TX_TIMEOUT", "soon")).hasMessageContaining("NDAF_TX_TIMEOUT").hasMessageContaining("'soon'");
        assertThatThrownBy(() -> Transactions.parse("NDAF_TX_TIMEOUT", "0")).hasMessageContaining("positive");
    }
}
