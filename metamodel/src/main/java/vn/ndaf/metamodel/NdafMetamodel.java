package vn.ndaf.metamodel;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAnnotation;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;

/**
 * The ndaf metamodel, loaded from {@code model/ndaf.ecore} (the single source of truth) and
 * registered with EMF. All Java works on it reflectively: there is no generated code to drift.
 */
public final class NdafMetamodel {

    /** Annotation source for ndaf's own facts about the package (its version). */
    public static final String ANNOTATION_NDAF = "http://ndaf.vn/metamodel";
    /** Annotation source for the mapping to ArchiMate types, specializations and exchange-format properties. */
    public static final String ANNOTATION_ARCHIMATE = "http://ndaf.vn/archimate";

    private static final String ECORE_RESOURCE = "/vn/ndaf/metamodel/model/ndaf.ecore";
    private static final NdafMetamodel INSTANCE = new NdafMetamodel();

    private final EPackage ePackage;

    private NdafMetamodel() {
        ResourceSetImpl resourceSet = new ResourceSetImpl();
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
        Resource resource = resourceSet.createResource(URI.createURI("platform:/plugin/ndaf/model/ndaf.ecore"));
        try (InputStream in = NdafMetamodel.class.getResourceAsStream(ECORE_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The metamodel " + ECORE_RESOURCE + " is missing from the classpath");
            }
            resource.load(in, null);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the metamodel " + ECORE_RESOURCE, e);
        }
        this.ePackage = (EPackage) resource.getContents().get(0);
        EPackage.Registry.INSTANCE.put(ePackage.getNsURI(), ePackage);
    }

    /** The metamodel, loaded once and registered in EMF's global package registry. */
    public static NdafMetamodel get() {
        return INSTANCE;
    }

    public EPackage ePackage() {
        return ePackage;
    }

    public String nsUri() {
        return ePackage.getNsURI();
    }

    /** The version written in the .ecore's {@value #ANNOTATION_NDAF} annotation. */
    public String version() {
        return ePackage.getEAnnotation(ANNOTATION_NDAF).getDetails().get("version");
    }

    /** The EClass of that name; fails with the name when there is none. */
    public EClass eClass(String name) {
        EClassifier classifier = ePackage.getEClassifier(name);
        if (!(classifier instanceof EClass eClass)) {
            throw new IllegalArgumentException("The metamodel has no class named '" + name + "'");
        }
        return eClass;
    }

    /** The EClass of that name, or null. */
    public EClass findEClass(String name) {
        return ePackage.getEClassifier(name) instanceof EClass eClass ? eClass : null;
    }

    /** A new instance of a concrete class. */
    public EObject create(String className) {
        EClass eClass = eClass(className);
        if (eClass.isAbstract()) {
            throw new IllegalArgumentException("'" + className + "' is abstract and cannot be instantiated");
        }
        return ePackage.getEFactoryInstance().create(eClass);
    }

    /** The classes of the metamodel. */
    public List<EClass> eClasses() {
        return ePackage.getEClassifiers().stream().filter(EClass.class::isInstance).map(EClass.class::cast).toList();
    }

    /** Whether {@code eClass} is {@code superName} or a subclass of it. */
    public boolean isA(EClass eClass, String superName) {
        EClass superClass = eClass(superName);
        return superClass == eClass || superClass.isSuperTypeOf(eClass);
    }

    /**
     * The ArchiMate type an ndaf class stands for: its own name for ArchiMate types, the ArchiMate type it
     * specializes for national concepts (Database -> ApplicationComponent), null for non-ArchiMate classes.
     */
    public String archimateType(EClass eClass) {
        for (EClass c = eClass; c != null; c = firstSuperType(c)) {
            String type = archimateDetail(c, "type");
            if (type != null) {
                return type;
            }
        }
        return null;
    }

    /** The ArchiMate specialization name of a national concept class (e.g. "Database"), or null. */
    public String specializationName(EClass eClass) {
        return archimateDetail(eClass, "specialization");
    }

    /** The exchange-format property key a national attribute maps to (e.g. "ndaf:steward"), or null. */
    public String propertyKey(EStructuralFeature feature) {
        EAnnotation annotation = feature.getEAnnotation(ANNOTATION_ARCHIMATE);
        return annotation == null ? null : annotation.getDetails().get("property");
    }

    /** The attribute named {@code name} of {@code eClass}; fails naming both when absent. */
    public EAttribute attribute(EClass eClass, String name) {
        EStructuralFeature feature = eClass.getEStructuralFeature(name);
        if (!(feature instanceof EAttribute attribute)) {
            throw new IllegalArgumentException(eClass.getName() + " has no attribute '" + name + "'");
        }
        return attribute;
    }

    private static String archimateDetail(EClass eClass, String key) {
        EAnnotation annotation = eClass.getEAnnotation(ANNOTATION_ARCHIMATE);
        return annotation == null ? null : annotation.getDetails().get(key);
    }

    private static EClass firstSuperType(EClass eClass) {
        List<EClass> supers = eClass.getESuperTypes();
        return supers.isEmpty() ? null : supers.get(0);
    }

    @Override
    public String toString() {
        return "ndaf metamodel " + Objects.requireNonNull(version()) + " (" + nsUri() + ")";
    }
}
