package vn.ndaf.repository.store;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * Where the graph lives: a data folder for the embedded Neo4j, or the URI of an external Neo4j server or
 * cluster. An external URI wins when both are given; nothing else in ndaf changes with the choice.
 *
 * @param dataDir        the embedded store's folder (ignored when {@code uri} is set)
 * @param uri            bolt:// or neo4j:// URI of an external server, or null for the embedded one
 * @param user           user name for the external server (null: no authentication)
 * @param password       password for the external server
 * @param pageCacheBytes page cache of the embedded Neo4j
 */
public record StoreSettings(Path dataDir, String uri, String user, String password, long pageCacheBytes) {

    public static final String ENV_URI = "NDAF_NEO4J_URI";
    public static final String ENV_USER = "NDAF_NEO4J_USER";
    public static final String ENV_PASSWORD = "NDAF_NEO4J_PASSWORD";
    public static final String ENV_PAGE_CACHE = "NDAF_NEO4J_PAGECACHE_MB";
    public static final Path DEFAULT_DATA_DIR = Path.of("ndaf-data");
    private static final long DEFAULT_PAGE_CACHE_MB = 256;

    public StoreSettings {
        if (uri == null || uri.isBlank()) {
            Objects.requireNonNull(dataDir, "either a data folder or a Neo4j URI is needed");
            uri = null;
        }
    }

    public static StoreSettings embedded(Path dataDir) {
        return new StoreSettings(dataDir, null, null, null, DEFAULT_PAGE_CACHE_MB * 1024 * 1024);
    }

    public static StoreSettings external(String uri, String user, String password) {
        return new StoreSettings(null, uri, user, password, 0);
    }

    /**
     * The settings a command gets: {@value #ENV_URI} (with {@value #ENV_USER}/{@value #ENV_PASSWORD}) when
     * set, else the embedded store in {@code dataDir} (or {@code ndaf-data} when null).
     */
    public static StoreSettings resolve(Path dataDir, Map<String, String> environment) {
        String uri = environment.get(ENV_URI);
        if (uri != null && !uri.isBlank()) {
            return external(uri, environment.get(ENV_USER), environment.get(ENV_PASSWORD));
        }
        long pageCacheMb = DEFAULT_PAGE_CACHE_MB;
        String pageCache = environment.get(ENV_PAGE_CACHE);
        if (pageCache != null && !pageCache.isBlank()) {
            try {
                pageCacheMb = Long.parseLong(pageCache.trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(ENV_PAGE_CACHE + " must be a number of megabytes, not '" + pageCache + "'");
            }
        }
        return new StoreSettings(dataDir == null ? DEFAULT_DATA_DIR : dataDir, null, null, null, pageCacheMb * 1024 * 1024);
    }

    public boolean isExternal() {
        return uri != null;
    }

    /** Where the store is, for messages: the URI or the absolute data folder. */
    public String describe() {
        return isExternal() ? uri : dataDir.toAbsolutePath().normalize().toString();
    }
}
