package vn.ndaf.analysis.store;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;

import vn.ndaf.framework.ReferenceData;
import vn.ndaf.framework.synthetic.ArchitectureSink;
import vn.ndaf.framework.synthetic.GeneratedArchitecture;
import vn.ndaf.framework.synthetic.GenerationProgress;
import vn.ndaf.metamodel.ModelFiles;
import vn.ndaf.repository.ArchitectureRepository;
import vn.ndaf.repository.WriteRequest;
import vn.ndaf.repository.mapping.GraphUris;

/** Puts the reference data (body registry, national architecture) into a store and stores generated architectures as the server does. */
final class StoredNation {

    static final ReferenceData DATA = ReferenceData.standard();
    static final WriteRequest REQUEST = WriteRequest.by("analysis test", "fixture");

    private StoredNation() {
    }

    /** Stores the registry ("registry") and the national architecture ("national") unless already there. */
    static synchronized void referenceData(ArchitectureRepository repository) {
        if (!repository.exists("registry")) {
            repository.createAs("registry", DATA.buildRegistryModel(), REQUEST);
        }
        if (!repository.exists("national")) {
            repository.createAs("national", DATA.buildNationalArchitecture(), REQUEST);
        }
    }

    /** Stores each generated architecture under its key; a province stays where its communes can refer to it. */
    static ArchitectureSink sink(ArchitectureRepository repository, String prefix) {
        EObject national = repository.load("national").root();
        return new ArchitectureSink() {
            @Override
            public EObject nationalArchitecture() {
                return national;
            }

            @Override
            public void accept(GeneratedArchitecture architecture, GenerationProgress progress) {
                repository.createAs(prefix + architecture.key(), architecture.root(), REQUEST);
                Resource resource = ModelFiles.newResourceSet().createResource(GraphUris.resourceUri(prefix + architecture.key()));
                resource.getContents().add(architecture.root());
            }
        };
    }
}
