package vn.ndaf.interop.io;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import vn.ndaf.interop.ImportException;

/**
 * Reads a ZIP archive into memory, entry by entry, counting uncompressed bytes as they come: an archive that
 * expands beyond the limit (a zip bomb) or holds too many entries is refused before it fills memory.
 */
public final class SafeZip {

    /** ZIP local file header signature "PK\3\4". */
    private static final byte[] MAGIC = { 'P', 'K', 3, 4 };
    private static final int MAX_ENTRIES = 10_000;

    private SafeZip() {
    }

    public static boolean isZip(byte[] bytes) {
        if (bytes.length < MAGIC.length) {
            return false;
        }
        for (int i = 0; i < MAGIC.length; i++) {
            if (bytes[i] != MAGIC[i]) {
                return false;
            }
        }
        return true;
    }

    /** The file entries of the archive by name, in archive order (directories left out). */
    public static Map<String, byte[]> entries(byte[] zip, long maxUncompressedBytes, String part) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        long total = 0;
        byte[] chunk = new byte[1 << 16];
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                if (entries.size() >= MAX_ENTRIES) {
                    throw new ImportException(part, "the archive holds more than " + MAX_ENTRIES + " entries; nothing was imported");
                }
                if (entry.isDirectory()) {
                    continue;
                }
                ByteArrayOutputStream content = new ByteArrayOutputStream();
                int n;
                while ((n = in.read(chunk)) > 0) {
                    total += n;
                    if (total > maxUncompressedBytes) {
                        throw new ImportException(part, "the archive expands to more than " + Inputs.describeSize(maxUncompressedBytes)
                                + " (entry " + entry.getName() + "), the limit for an input; it may be a zip bomb; nothing was imported");
                    }
                    content.write(chunk, 0, n);
                }
                if (entries.put(entry.getName(), content.toByteArray()) != null) {
                    throw new ImportException(part, "the archive holds the entry " + entry.getName() + " twice");
                }
            }
        } catch (IOException e) {
            throw new ImportException(part, "is not a readable ZIP archive: " + e.getMessage(), e);
        }
        return entries;
    }
}
