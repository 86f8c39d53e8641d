package vn.ndaf.framework;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import vn.ndaf.framework.catalogue.CatalogueLoader;
import vn.ndaf.framework.data.DataResources;
import vn.ndaf.framework.dictionary.DictionaryLoader;
import vn.ndaf.framework.reference.FrameworkLoader;
import vn.ndaf.framework.registry.RegistryLoader;

/**
 * A fingerprint of the reference data the store must hold (the body registry and the national architecture),
 * computed from the raw bytes of the files that declare their versions, without parsing them: a SHA-256 over
 * the files below and a format tag. When a store records the fingerprint of the data it was last brought up
 * to date with, an unchanged fingerprint means there is nothing to compare; any edit of these files (a new
 * version included) changes it, and the full comparison runs once.
 */
public final class ReferenceDataFingerprint {

    /** The data files the reference models' versions are declared in. */
    public static final List<String> FILES = List.of(FrameworkLoader.FILE, CatalogueLoader.FILE, DictionaryLoader.FILE, RegistryLoader.FILE);

    /** Changed when what the fingerprint covers changes, so that stores recorded by an older rule are checked again. */
    private static final String FORMAT = "ndaf reference data fingerprint 1";

    private static volatile String standard;

    private ReferenceDataFingerprint() {
    }

    /** The fingerprint of the data on the classpath, computed once per JVM. */
    public static String standard() {
        String s = standard;
        if (s == null) {
            s = of(FILES.stream().map(DataResources::bytes).toList());
            standard = s;
        }
        return s;
    }

    /** The fingerprint of the given file contents, in order. */
    static String of(List<byte[]> contents) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(FORMAT.getBytes(StandardCharsets.UTF_8));
            for (byte[] content : contents) {
                // the length first, so that moving bytes from one file to the next changes the fingerprint too
                sha.update(Long.toString(content.length).getBytes(StandardCharsets.US_ASCII));
                sha.update((byte) 0);
                sha.update(content);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
