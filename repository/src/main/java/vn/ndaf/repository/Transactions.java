package vn.ndaf.repository;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionCallback;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.Neo4jException;

/**
 * Every read and write of the repository runs here, as a transaction function with a timeout, so that a
 * runaway query fails with a message instead of holding the store. Reads of objects, pages, searches and
 * history get {@value #ENV_READ} (default 30 s); what grows with a whole model, its writes and its loads,
 * gets {@value #ENV_MODEL} (default 30 min: a whole nation's import is one transaction, and a
 * 100,000-element architecture takes 15 s to load on a quiet machine). Both take a number of seconds or a
 * duration such as {@code 500ms}, {@code 45s}, {@code 10m}; a Java system property of the same name in lower
 * case with dots ({@code ndaf.tx.timeout}, {@code ndaf.tx.model.timeout}) wins.
 */
public final class Transactions {

    public static final String ENV_READ = "NDAF_TX_TIMEOUT";
    public static final String ENV_MODEL = "NDAF_TX_MODEL_TIMEOUT";
    static final Duration DEFAULT_READ = Duration.ofSeconds(30);
    static final Duration DEFAULT_MODEL = Duration.ofMinutes(30);

    private static final AtomicLong STATEMENTS = new AtomicLong();
    /**
     * Writes of this process share it; a backup holds it alone while it reads the store, so that it sees no write
     * half done and no write commits while it reads (docs/adr/0025). Fair: a waiting backup is not starved by a
     * stream of writes, and writes queued behind it run as soon as it ends.
     */
    private static final ReentrantReadWriteLock WRITES = new ReentrantReadWriteLock(true);
    private static volatile boolean counting;

    private Transactions() {
    }

    /**
     * Whether to count the Cypher statements run from now on (off by default: counting wraps every transaction).
     * Tests of how many statements a request costs switch it on and read {@link #statementCount()}.
     */
    public static void countStatements(boolean on) {
        counting = on;
    }

    /** How many Cypher statements have been run while counting was on, store-wide, since the process started. */
    public static long statementCount() {
        return STATEMENTS.get();
    }

    /** The work, seeing a transaction that counts each statement it runs, while counting is on. */
    private static <T> TransactionCallback<T> counted(TransactionCallback<T> work) {
        if (!counting) {
            return work;
        }
        return tx -> work.execute((TransactionContext) Proxy.newProxyInstance(Transactions.class.getClassLoader(),
                new Class<?>[] { TransactionContext.class }, (proxy, method, args) -> {
                    if (method.getName().equals("run")) {
                        STATEMENTS.incrementAndGet();
                    }
                    try {
                        return method.invoke(tx, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                }));
    }

    /** The timeout of reads now: the system property, else the environment, else the default. */
    public static Duration readTimeout() {
        return setting(ENV_READ, DEFAULT_READ);
    }

    /** The timeout of writes and of whole-model loads now. */
    public static Duration modelTimeout() {
        return setting(ENV_MODEL, DEFAULT_MODEL);
    }

    static <T> T read(Driver driver, TransactionCallback<T> work) {
        Duration timeout = readTimeout();
        try (Session session = driver.session()) {
            return session.executeRead(counted(work), TransactionConfig.builder().withTimeout(timeout).build());
        } catch (Neo4jException e) {
            throw translate(e, "read", ENV_READ, timeout);
        }
    }

    /** A read of a whole model (a load, a past revision): as long as a write of it may take. */
    static <T> T readModel(Driver driver, TransactionCallback<T> work) {
        Duration timeout = modelTimeout();
        try (Session session = driver.session()) {
            return session.executeRead(counted(work), TransactionConfig.builder().withTimeout(timeout).build());
        } catch (Neo4jException e) {
            throw translate(e, "read", ENV_MODEL, timeout);
        }
    }

    static <T> T write(Driver driver, TransactionCallback<T> work) {
        Duration timeout = modelTimeout();
        WRITES.readLock().lock();
        try (Session session = driver.session()) {
            return session.executeWrite(counted(work), TransactionConfig.builder().withTimeout(timeout).build());
        } catch (Neo4jException e) {
            throw translate(e, "write", ENV_MODEL, timeout);
        } finally {
            WRITES.readLock().unlock();
        }
    }

    /**
     * A read of the whole store with this process's writes paused: waits for the writes under way to commit, holds
     * new ones back until the read ends, and reads in one transaction, so that the read sees one committed state.
     */
    static <T> T readPaused(Driver driver, TransactionCallback<T> work) {
        Duration timeout = modelTimeout();
        WRITES.writeLock().lock();
        try (Session session = driver.session()) {
            return session.executeRead(counted(work), TransactionConfig.builder().withTimeout(timeout).build());
        } catch (Neo4jException e) {
            throw translate(e, "read", ENV_MODEL, timeout);
        } finally {
            WRITES.writeLock().unlock();
        }
    }

    private static RuntimeException translate(Neo4jException e, String what, String setting, Duration timeout) {
        String code = e.code() == null ? "" : e.code();
        if (code.contains("TransactionTimedOut") || code.contains("Transaction.Terminated") && e.getMessage() != null
                && e.getMessage().toLowerCase(Locale.ROOT).contains("timeout")) {
            return new RepositoryException("The store gave up on a " + what + " that took longer than " + describe(timeout) + "; nothing was "
                    + (what.equals("write") ? "written" : "changed") + ". Set " + setting + " (e.g. " + setting + "=" + Math.max(60, timeout.toSeconds() * 4)
                    + "s) to allow longer.");
        }
        if (e instanceof ClientException && code.contains("ConstraintValidationFailed")) {
            return new ConflictException("Someone else stored the same object at the same time: " + e.getMessage() + ". Nothing was written.");
        }
        return e;
    }

    static String describe(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    private static Duration setting(String env, Duration fallback) {
        String property = System.getProperty(env.toLowerCase(Locale.ROOT).replace('_', '.'));
        String value = property != null && !property.isBlank() ? property : System.getenv(env);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        return parse(env, value);
    }

    /** {@code 30}, {@code 30s}, {@code 500ms}, {@code 10m}, {@code 1h}, or an ISO-8601 duration such as {@code PT30S}. */
    static Duration parse(String name, String value) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        try {
            Duration d;
            if (v.startsWith("pt") || v.startsWith("p")) {
                d = Duration.parse(v.toUpperCase(Locale.ROOT));
            } else if (v.endsWith("ms")) {
                d = Duration.ofMillis(Long.parseLong(v.substring(0, v.length() - 2).strip()));
            } else if (v.endsWith("s")) {
                d = Duration.ofSeconds(Long.parseLong(v.substring(0, v.length() - 1).strip()));
            } else if (v.endsWith("m")) {
                d = Duration.ofMinutes(Long.parseLong(v.substring(0, v.length() - 1).strip()));
            } else if (v.endsWith("h")) {
                d = Duration.ofHours(Long.parseLong(v.substring(0, v.length() - 1).strip()));
            } else {
                d = Duration.ofSeconds(Long.parseLong(v));
            }
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException(name + " must be a positive duration, not '" + value + "'");
            }
            return d;
        } catch (NumberFormatException | java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException(name + " must be a number of seconds or a duration such as 500ms, 45s, 10m; not '" + value + "'");
        }
    }
}
