package vn.ndaf.metamodel;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;

import vn.ndaf.metamodel.migration.MetamodelMigrations;

/**
 * Reads and writes ndaf models as XMI with plain EMF. References are written by id, so a file stays
 * readable and diffable. Parsing refuses DOCTYPEs: no external entity is ever resolved.
 */
public final class ModelFiles {

    private ModelFiles() {
    }

    /** A resource set that knows the ndaf metamodel and reads any extension as XMI. */
    public static ResourceSet newResourceSet() {
        NdafMetamodel metamodel = NdafMetamodel.get();
        ResourceSetImpl resourceSet = new ResourceSetImpl();
        resourceSet.getPackageRegistry().put(metamodel.nsUri(), metamodel.ePackage());
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("*", new XMIResourceFactoryImpl() {
            @Override
            public Resource createResource(URI uri) {
                XMIResourceImpl resource = (XMIResourceImpl) super.createResource(uri);
                // look objects up by id in constant time (EMF otherwise walks the whole model for each id)
                resource.setIntrinsicIDToEObjectMap(new HashMap<>());
                return resource;
            }
        });
        resourceSet.getLoadOptions().putAll(loadOptions());
        return resourceSet;
    }

    public static void save(EObject root, Path file) {
        try (OutputStream out = Files.newOutputStream(file)) {
            save(root, out);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    public static byte[] toBytes(EObject root) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        save(root, out);
        return out.toByteArray();
    }

    /**
     * Saves {@code root} to the stream. A root not yet in a resource is placed in a fresh one; a root
     * that already is keeps its resource (and so its cross-document references).
     */
    public static void save(EObject root, OutputStream out) {
        Resource resource = root.eResource();
        if (resource == null) {
            resource = newResourceSet().createResource(URI.createURI("ndaf:/model.xmi"));
            resource.getContents().add(root);
        }
        try {
            resource.save(out, saveOptions());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the model " + root.eClass().getName(), e);
        }
    }

    /** Loads an XMI model file, migrating it first when an older metamodel wrote it. */
    public static EObject load(Path file) {
        try {
            byte[] xmi = MetamodelMigrations.released().migrate(Files.readAllBytes(file));
            return load(new ByteArrayInputStream(xmi), URI.createFileURI(file.toAbsolutePath().toString()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Loads an XMI model, migrating it first when an older metamodel wrote it. */
    public static EObject fromBytes(byte[] xmi) {
        try {
            return load(new ByteArrayInputStream(MetamodelMigrations.released().migrate(xmi)), URI.createURI("ndaf:/model.xmi"));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the model: " + e.getMessage(), e);
        }
    }

    private static EObject load(InputStream in, URI uri) throws IOException {
        Resource resource = newResourceSet().createResource(uri);
        resource.load(in, loadOptions());
        if (resource.getContents().isEmpty()) {
            throw new IOException("The file holds no model");
        }
        return resource.getContents().get(0);
    }

    private static Map<Object, Object> saveOptions() {
        Map<Object, Object> options = new HashMap<>();
        options.put(XMLResource.OPTION_ENCODING, "UTF-8");
        options.put(XMLResource.OPTION_SCHEMA_LOCATION, Boolean.FALSE);
        options.put(XMLResource.OPTION_LINE_WIDTH, 120);
        return options;
    }

    private static Map<Object, Object> loadOptions() {
        Map<Object, Object> options = new HashMap<>();
        Map<String, Boolean> parserFeatures = new HashMap<>();
        parserFeatures.put("http://apache.org/xml/features/disallow-doctype-decl", Boolean.TRUE);
        parserFeatures.put("http://xml.org/sax/features/external-general-entities", Boolean.FALSE);
        parserFeatures.put("http://xml.org/sax/features/external-parameter-entities", Boolean.FALSE);
        options.put(XMLResource.OPTION_PARSER_FEATURES, parserFeatures);
        options.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
        return options;
    }
}
