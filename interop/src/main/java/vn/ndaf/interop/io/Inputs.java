package vn.ndaf.interop.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import vn.ndaf.interop.ImportException;

/** Reads inputs into memory, refusing any larger than the limit before reading it all. */
public final class Inputs {

    private Inputs() {
    }

    public static byte[] readAll(InputStream in, long maxBytes, String part) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        byte[] chunk = new byte[1 << 16];
        long total = 0;
        try {
            int n;
            while ((n = in.read(chunk)) > 0) {
                total += n;
                if (total > maxBytes) {
                    throw tooLarge(part, total, maxBytes, true);
                }
                buffer.write(chunk, 0, n);
            }
        } catch (IOException e) {
            throw new ImportException(part, "cannot be read: " + e.getMessage(), e);
        }
        return buffer.toByteArray();
    }

    public static byte[] readFile(Path file, long maxBytes) {
        String part = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                throw tooLarge(part, size, maxBytes, false);
            }
            try (InputStream in = Files.newInputStream(file)) {
                return readAll(in, maxBytes, part);
            }
        } catch (IOException e) {
            throw new ImportException(part, "cannot be read: " + e.getMessage(), e);
        }
    }

    public static ImportException tooLarge(String part, long size, long maxBytes, boolean atLeast) {
        return new ImportException(part, "the input is " + (atLeast ? "more than " : "") + describeSize(atLeast ? maxBytes : size)
                + ", larger than the limit of " + describeSize(maxBytes) + "; nothing was imported");
    }

    public static String describeSize(long bytes) {
        if (bytes >= 1L << 20) {
            return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (double) (1L << 20));
        }
        if (bytes >= 1L << 10) {
            return String.format(java.util.Locale.ROOT, "%.1f KB", bytes / (double) (1L << 10));
        }
        return bytes + " bytes";
    }
}
