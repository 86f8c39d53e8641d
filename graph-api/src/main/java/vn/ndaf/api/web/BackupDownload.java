package vn.ndaf.api.web;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.ndaf.service.AccessDeniedException;
import vn.ndaf.service.BackupService;
import vn.ndaf.service.Caller;
import vn.ndaf.service.CallerSource;

/**
 * {@code GET /admin/backup}: the backup of the whole store (docs/operations.md), for an administrator, as
 * {@code ndaf backup} fetches it while the server holds the data folder. Written on the request's thread while the
 * store's writes are paused; the closing line of the file tells a whole download from a broken one.
 */
@RestController
public class BackupDownload {

    /** The path of the download. */
    public static final String PATH = "/admin/backup";

    private final BackupService backups;
    private final CallerSource callers;

    public BackupDownload(BackupService backups, CallerSource callers) {
        this.backups = backups;
        this.callers = callers;
    }

    @GetMapping(PATH)
    public void download(HttpServletResponse response) throws IOException {
        Caller caller = callers.current();
        response.setContentType("application/gzip");
        response.setHeader("Content-Disposition", "attachment; filename=\"ndaf-" + Instant.now().toString().replace(':', '-') + ".ndaf-backup\"");
        response.setHeader("Cache-Control", "no-store");
        OutputStream out = response.getOutputStream();
        try {
            backups.backup(caller, out);
            out.flush();
        } catch (AccessDeniedException e) {
            if (!response.isCommitted()) {
                response.reset();
                response.setStatus(HttpServletResponse.SC_FORBIDDEN);
                response.setContentType("text/plain;charset=UTF-8");
                response.getOutputStream().write(e.getMessage().getBytes(StandardCharsets.UTF_8));
            }
        }
    }
}
