package vn.ndaf.interop;

import java.io.ByteArrayOutputStream;

import org.eclipse.emf.ecore.EObject;

/** Import and export helpers for tests: bytes in, architecture out, and back. */
public final class Trips {

    private Trips() {
    }

    public static EObject read(byte[] content, String name) {
        return ModelImporter.read(content, ImportOptions.named(name)).architecture();
    }

    public static EObject fixture(String name) {
        return read(Fixtures.bytes(name), name);
    }

    public static byte[] write(EObject architecture, Format format) {
        return write(architecture, format, ExportOptions.defaults());
    }

    public static byte[] write(EObject architecture, Format format, ExportOptions options) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ModelExporter.write(architecture, format, out, options);
        return out.toByteArray();
    }
}
