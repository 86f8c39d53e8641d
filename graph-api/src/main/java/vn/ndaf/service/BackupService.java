package vn.ndaf.service;

import java.io.OutputStream;
import java.nio.file.Path;

import vn.ndaf.api.NdafVersion;
import vn.ndaf.repository.StoreBackup;

/**
 * Backups of the whole store and their restore (docs/operations.md): an administrator's task, audited. A backup
 * pauses this process's writes while it reads; a restore writes into an empty store only.
 */
public final class BackupService {

    private final StoreBackup backup;
    private final Guard guard;

    public BackupService(StoreBackup backup, Guard guard) {
        this.backup = backup;
        this.guard = guard;
    }

    /** The service for backup files alone, on no store: reading a file through ({@link #check}) by the command's user. */
    public static BackupService files() {
        return new BackupService(null, Guard.OPEN);
    }

    /** Writes the backup of the whole store to {@code out} (finished, not closed). */
    public StoreBackup.Summary backup(Caller caller, OutputStream out) {
        return guard.write(caller, Action.ADMINISTER, Target.STORE, "back up the store", () -> backup.write(out, NdafVersion.get()));
    }

    /** Reads a backup file through without writing anything: what it holds, provided it is whole and sound. */
    public StoreBackup.Summary check(Caller caller, Path file) {
        return guard.read(caller, Action.ADMINISTER, Target.STORE, () -> StoreBackup.check(file));
    }

    /**
     * Restores the backup in {@code file} into this store, which holds nothing yet. A failed restore leaves the store
     * empty, so it is not recorded in the store's audit trail (the command reports it); a done one is.
     */
    public StoreBackup.Summary restore(Caller caller, Path file) {
        return guard.writeRecordedIfDone(caller, Action.ADMINISTER, Target.STORE, "restore the backup " + file.getFileName(), () -> backup.restore(file));
    }
}
