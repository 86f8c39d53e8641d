package vn.ndaf.repository.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/**
 * An exclusive lock on a data folder, taken before Neo4j starts so that a second process fails at once with
 * a message naming the holder, instead of a stack trace from deep inside Neo4j. The lock file holds a
 * one-line description of its owner (pid, start time, what it serves), which the refused process reports.
 */
public final class DataFolderLock implements AutoCloseable {

    static final String LOCK_FILE = "ndaf.lock";

    private final Path folder;
    private final FileChannel channel;
    private final FileLock lock;

    private DataFolderLock(Path folder, FileChannel channel, FileLock lock) {
        this.folder = folder;
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the lock or throws {@link DataFolderInUseException} describing who holds it. */
    public static DataFolderLock acquire(Path folder, String purpose) {
        Path absolute = folder.toAbsolutePath().normalize();
        try {
            Files.createDirectories(absolute);
        } catch (IOException e) {
            throw new StoreException("Cannot create the data folder " + absolute + ": " + e.getMessage(), e);
        }
        Path lockFile = absolute.resolve(LOCK_FILE);
        FileChannel channel = null;
        try {
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                String owner = readOwner(lockFile);
                channel.close();
                throw new DataFolderInUseException("The data folder " + absolute + " is in use by another ndaf process"
                        + (owner.isEmpty() ? "" : " (" + owner + ")")
                        + ". Stop that process, or choose another folder with --data.");
            }
            DataFolderLock folderLock = new DataFolderLock(absolute, channel, lock);
            folderLock.describeOwner(purpose);
            return folderLock;
        } catch (IOException e) {
            closeQuietly(channel);
            throw new StoreException("Cannot lock the data folder " + absolute + ": " + e.getMessage(), e);
        }
    }

    /** Rewrites the owner description, e.g. once the server knows its port. */
    public void describeOwner(String purpose) {
        String line = "pid " + ProcessHandle.current().pid() + ", started " + Instant.now() + (purpose == null || purpose.isBlank() ? "" : ", " + purpose);
        try {
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(line.getBytes(StandardCharsets.UTF_8)), 0);
            channel.force(false);
        } catch (IOException e) {
            // the description is a courtesy to other processes; the lock itself holds
        }
    }

    public Path folder() {
        return folder;
    }

    private static String readOwner(Path lockFile) {
        try {
            return Files.readString(lockFile, StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            return "";
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing more to release
            }
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // released with the channel below
        }
        closeQuietly(channel);
    }
}
