package vn.ndaf.analysis;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.ecore.EObject;

import vn.ndaf.interop.ImportOptions;
import vn.ndaf.interop.ModelImporter;

/** The real models of ../shared/testdata (relative to the repository root) and the repository's own data files. */
public final class TestData {

    private TestData() {
    }

    /** The repository root: the folder above the module the tests run in. */
    public static Path root() {
        Path here = Path.of("").toAbsolutePath();
        return Files.exists(here.resolve("analysis")) ? here : here.getParent();
    }

    public static Path archimate(String file) {
        return root().resolve("../shared/testdata/archimate").resolve(file).normalize();
    }

    public static EObject imported(Path file) {
        return ModelImporter.read(file, ImportOptions.named(file.getFileName().toString())).architecture();
    }
}
