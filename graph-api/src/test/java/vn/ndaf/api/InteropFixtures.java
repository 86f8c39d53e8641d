package vn.ndaf.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Test files kept with the interop module's tests (../interop/src/test/resources/archimate: files from the
 * Archi project, MIT licence, see LICENSE-archi.txt there); graph-api tests run from the graph-api folder.
 */
public final class InteropFixtures {

    private static final Path ROOT = Path.of("..", "interop", "src", "test", "resources", "archimate").toAbsolutePath().normalize();

    private InteropFixtures() {
    }

    public static Path path(String name) {
        Path p = ROOT.resolve(name);
        if (!Files.exists(p)) {
            throw new IllegalStateException("Missing test file " + p);
        }
        return p;
    }

    public static byte[] bytes(String name) {
        try {
            return Files.readAllBytes(path(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
