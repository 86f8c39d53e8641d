package vn.ndaf.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;

/** Writes the synthetic exchange file of {@link SyntheticExchangeFile} to a path: {@code PATH [megabytes, default 3]}. */
public final class WriteSyntheticExchange {

    private WriteSyntheticExchange() {
    }

    public static void main(String[] args) throws Exception {
        double megabytes = args.length > 1 ? Double.parseDouble(args[1]) : 3.0;
        Files.write(Path.of(args[0]), SyntheticExchangeFile.of((long) (megabytes * 1024 * 1024)));
    }
}
