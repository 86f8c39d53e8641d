package vn.ndaf.repository;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class StoreMarksIT {

    private final StoreMarks marks = new StoreMarks(TestStore.get().driver());
    private final ArchitectureRepository repository = new ArchitectureRepository(TestStore.get().driver());

    @Test
    void write_ThenRead_GivesTheLastPropertiesWritten() {
        marks.write("test-mark-1", Map.of("fingerprint", "a", "version", "1"));
        marks.write("test-mark-1", Map.of("fingerprint", "b"));

        assertThat(marks.read("test-mark-1", List.of())).contains(Map.of("key", "test-mark-1", "fingerprint", "b"));
    }

    @Test
    void read_IsEmpty_ForAMarkNeverWritten() {
        assertThat(marks.read("test-mark-never", List.of())).isEmpty();
    }

    @Test
    void read_IsEmpty_WhenAModelTheMarkIsAboutIsNotStored() {
        String stored = repository.create(TestModels.tiny(), WriteRequest.by("test", "a model the mark is about")).uid();
        marks.write("test-mark-2", Map.of("fingerprint", "a"));

        assertThat(marks.read("test-mark-2", List.of(stored))).isPresent();
        assertThat(marks.read("test-mark-2", List.of(stored, "no-such-model"))).isEmpty();
    }
}
