package vn.ndaf.framework.synthetic;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;

import vn.ndaf.framework.TestNation;

/** Keeps generated architectures in memory, each root in a resource of its own as the store would. */
final class InMemorySink implements ArchitectureSink {

    final EObject national = TestNation.national();
    final List<GeneratedArchitecture> architectures = new ArrayList<>();
    final List<GenerationProgress> progress = new ArrayList<>();
    private final boolean keep;

    InMemorySink(boolean keep) {
        this.keep = keep;
    }

    @Override
    public EObject nationalArchitecture() {
        return national;
    }

    @Override
    public void accept(GeneratedArchitecture architecture, GenerationProgress p) {
        TestNation.inResource(architecture.root(), architecture.key());
        if (keep) {
            architectures.add(architecture);
        }
        progress.add(p);
    }
}
