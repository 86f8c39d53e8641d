package vn.ndaf.framework.synthetic;

import org.eclipse.emf.ecore.EObject;

/**
 * Where the synthetic nation goes, one architecture at a time (the server stores each in its own
 * transaction; tests keep them in memory).
 */
public interface ArchitectureSink {

    /**
     * The national architecture the generated ones refer to: the stored one when storing (loaded, so that
     * references become edges to its nodes), or one built for a test.
     */
    EObject nationalArchitecture();

    /**
     * Takes one architecture. When this returns, later architectures may refer to its elements (a commune
     * to its province's LGSP), so a storing sink must leave the root in a resource that names its stored
     * model.
     */
    void accept(GeneratedArchitecture architecture, GenerationProgress progress);
}
