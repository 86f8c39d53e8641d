package vn.ndaf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;

import vn.ndaf.repository.ArchitectureRepository;

class CliProgressTest {

    @Test
    void phases_AreReportedAtMostOncePerInterval_ButTheirEndAndTheCommitAlways() {
        StringWriter text = new StringWriter();
        CliProgress progress = new CliProgress(new PrintWriter(text));

        progress.progress("nodes", 5_000, 100_000);
        progress.progress("nodes", 10_000, 100_000);
        progress.progress("nodes", 100_000, 100_000);
        progress.progress(ArchitectureRepository.COMMITTING, 0, 1);

        assertThat(text.toString().lines()).containsExactly(
                "ndaf import: 5000 of 100000 nodes",
                "ndaf import: 100000 of 100000 nodes",
                "ndaf import: committing (all or nothing; a large import takes a while here)");
    }
}
