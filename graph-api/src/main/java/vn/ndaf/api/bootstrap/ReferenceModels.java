package vn.ndaf.api.bootstrap;

import org.eclipse.emf.ecore.EObject;

import vn.ndaf.framework.ReferenceData;
import vn.ndaf.framework.ReferenceDataFingerprint;

/** The reference models a store must hold and their versions: what {@link StoreBootstrap} compares and writes. */
public interface ReferenceModels {

    String registryVersion();

    EObject buildRegistry();

    String nationalVersion();

    EObject buildNational();

    /**
     * A fingerprint of the data these models are built from (see {@link ReferenceDataFingerprint}), or null
     * when there is none: then every check compares the versions stored.
     */
    default String fingerprint() {
        return null;
    }

    /** The models of the framework data on the classpath. */
    static ReferenceModels of(ReferenceData data) {
        return new ReferenceModels() {
            @Override
            public String fingerprint() {
                return ReferenceDataFingerprint.standard();
            }

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

    /**
     * The models of the framework data on the classpath, read only when needed: the fingerprint comes from the
     * files' bytes, so a store that is up to date never has the data parsed.
     */
    static ReferenceModels standard() {
        return new ReferenceModels() {
            private ReferenceModels loaded() {
                return of(ReferenceData.standard());
            }

            @Override
            public String fingerprint() {
                return ReferenceDataFingerprint.standard();
            }

            @Override
            public String registryVersion() {
                return loaded().registryVersion();
            }

            @Override
            public EObject buildRegistry() {
                return loaded().buildRegistry();
            }

            @Override
            public String nationalVersion() {
                return loaded().nationalVersion();
            }

            @Override
            public EObject buildNational() {
                return loaded().buildNational();
            }
        };
    }
}
