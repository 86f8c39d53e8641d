package vn.ndaf.api.bootstrap;

import org.eclipse.emf.ecore.EObject;

import vn.ndaf.framework.ReferenceData;

/** The reference models a store must hold and their versions: what {@link StoreBootstrap} compares and writes. */
public interface ReferenceModels {

    String registryVersion();

    EObject buildRegistry();

    String nationalVersion();

    EObject buildNational();

    /** The models of the framework data on the classpath. */
    static ReferenceModels of(ReferenceData data) {
        return new ReferenceModels() {
            @Override
            public String registryVersion() {
                return data.registry().version();
            }

            @Override
            public EObject buildRegistry() {
                return data.buildRegistryModel();
            }

            @Override
            public String nationalVersion() {
                return data.nationalVersion();
            }

            @Override
            public EObject buildNational() {
                return data.buildNationalArchitecture();
            }
        };
    }
}
