package vn.ndaf.framework;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.ndaf.framework.data.DataResources;

class ReferenceDataFingerprintTest {

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void standard_IsTheFingerprintOfTheFilesOnTheClasspath_AndTheSameEachTime() {
        String expected = ReferenceDataFingerprint.of(ReferenceDataFingerprint.FILES.stream().map(DataResources::bytes).toList());

        assertThat(ReferenceDataFingerprint.standard()).isEqualTo(expected).matches("[0-9a-f]{64}");
        assertThat(ReferenceDataFingerprint.standard()).isEqualTo(ReferenceDataFingerprint.standard());
    }

    @Test
    void of_Changes_WhenAnyByteOfAnyFileChanges() {
        List<byte[]> files = ReferenceDataFingerprint.FILES.stream().map(DataResources::bytes).toList();
        String original = ReferenceDataFingerprint.of(files);
        for (int i = 0; i < files.size(); i++) {
            List<byte[]> edited = new java.util.ArrayList<>(files);
            byte[] copy = files.get(i).clone();
            copy[copy.length / 2] ^= 1;
            edited.set(i, copy);
            assertThat(ReferenceDataFingerprint.of(edited)).as(ReferenceDataFingerprint.FILES.get(i)).isNotEqualTo(original);
        }
    }

    @Test
    void of_Changes_WhenBytesMoveFromOneFileToTheNext() {
        assertThat(ReferenceDataFingerprint.of(List.of(bytes("version: 1\n"), bytes("a")))).isNotEqualTo(ReferenceDataFingerprint.of(List.of(bytes("version: 1\na"), bytes(""))));
    }

    @Test
    void files_AreTheOnesTheReferenceModelsVersionsComeFrom() {
        // each file declares a version that goes into the registry's or the national architecture's version
        ReferenceData data = ReferenceData.standard();
        String all = String.join("\n", ReferenceDataFingerprint.FILES.stream().map(f -> new String(DataResources.bytes(f), StandardCharsets.UTF_8)).toList());
        assertThat(all).contains(data.registry().version()).contains(data.framework().version()).contains(data.catalogue().version())
                .contains(data.dictionary().version());
    }
}
