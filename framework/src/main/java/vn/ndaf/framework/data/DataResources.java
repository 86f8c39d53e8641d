package vn.ndaf.framework.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import vn.ndaf.framework.FrameworkDataException;

/** Where the framework data lives on the classpath (module framework-templates) and how to open it. */
public final class DataResources {

    /** The folder of the data files on the classpath. */
    public static final String ROOT = "/vn/ndaf/framework/data/";

    private DataResources() {
    }

    /** Opens a data file by its path below {@link #ROOT}, e.g. {@code templates/province.yaml}. */
    public static InputStream open(String path) {
        InputStream in = DataResources.class.getResourceAsStream(ROOT + path);
        if (in == null) {
            throw new FrameworkDataException("The framework data file " + path + " is missing from the classpath (" + ROOT + path
                    + "); is the module framework-templates on the classpath?");
        }
        return in;
    }

    public static byte[] bytes(String path) {
        try (InputStream in = open(path)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the framework data file " + path, e);
        }
    }
}
