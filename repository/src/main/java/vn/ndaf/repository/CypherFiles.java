package vn.ndaf.repository;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Cypher queries kept as files under {@code vn/ndaf/repository/queries/}, read once. */
final class CypherFiles {

    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    private CypherFiles() {
    }

    static String get(String name) {
        return CACHE.computeIfAbsent(name, n -> {
            try (InputStream in = CypherFiles.class.getResourceAsStream("/vn/ndaf/repository/queries/" + n + ".cypher")) {
                if (in == null) {
                    throw new IllegalStateException("Missing query file " + n + ".cypher");
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
