package vn.ndaf.interop.io;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import vn.ndaf.interop.ImportProgress;

/** Tells an {@link ImportProgress} how many bytes were read, about every megabyte. */
final class CountingInputStream extends FilterInputStream {

    private static final long STEP = 1L << 20;

    private final long total;
    private final ImportProgress progress;
    private long count;
    private long nextReport = STEP;

    CountingInputStream(InputStream in, long total, ImportProgress progress) {
        super(in);
        this.total = total;
        this.progress = progress;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            advance(1);
        } else {
            finish();
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int off, int len) throws IOException {
        int n = super.read(buffer, off, len);
        if (n > 0) {
            advance(n);
        } else if (n < 0) {
            finish();
        }
        return n;
    }

    private void advance(long n) {
        count += n;
        if (count >= nextReport) {
            progress.bytesRead(count, total);
            nextReport = count + STEP;
        }
    }

    private void finish() {
        if (nextReport != Long.MAX_VALUE) {
            progress.bytesRead(count, total);
            nextReport = Long.MAX_VALUE;
        }
    }
}
