package vn.ndaf.api.viewer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Debian's headless Chromium for the browser tests: the DOM a page renders (--dump-dom) and screenshots into target/screenshots/. */
public final class Chromium {

    private Chromium() {
    }

    public record Page(String dom, List<String> errors) {
    }

    private static volatile String token;

    /** The sign-in token that every address opened gets in its query part, as the URL `ndaf serve` prints carries it. */
    public static void signInWith(String signInToken) {
        token = signInToken;
    }

    /** {@code url} with the sign-in token of {@link #signInWith} added to its query part, unless it carries a token already. */
    public static String signedIn(String url) {
        String t = token;
        if (t == null || url.contains("token=")) {
            return url;
        }
        int hash = url.indexOf('#');
        String path = hash < 0 ? url : url.substring(0, hash);
        String fragment = hash < 0 ? "" : url.substring(hash);
        return path + (path.contains("?") ? "&" : "?") + "token=" + t + fragment;
    }

    /** The DOM Chromium rendered for url, and the console errors it logged; tried again once if Chromium stalls. */
    public static Page dom(String url) throws Exception {
        url = signedIn(url);
        for (int attempt = 1;; attempt++) {
            Path profile = Files.createTempDirectory("ndaf-chromium");
            Path out = Files.createTempFile("ndaf-chromium", ".html");
            Path err = Files.createTempFile("ndaf-chromium", ".log");
            try {
                List<String> command = new ArrayList<>(baseCommand(profile));
                command.addAll(List.of("--enable-logging=stderr", "--v=0", "--dump-dom", "--virtual-time-budget=15000", url));
                if (run(command, out, err) || attempt == 2) {
                    String dom = Files.readString(out, StandardCharsets.UTF_8);
                    List<String> errors = Files.readAllLines(err, StandardCharsets.ISO_8859_1).stream()
                            .filter(l -> l.contains(":CONSOLE") && (l.contains("Uncaught") || l.contains("Error") || l.contains("error"))).toList();
                    return new Page(dom, errors);
                }
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
                delete(profile);
            }
        }
    }

    public static Path screenshot(String url, String name) throws Exception {
        url = signedIn(url);
        Path dir = Path.of("target", "screenshots").toAbsolutePath();
        Files.createDirectories(dir);
        Path file = dir.resolve(name);
        Files.deleteIfExists(file);
        for (int attempt = 1; attempt <= 2 && !Files.exists(file); attempt++) {
            Path profile = Files.createTempDirectory("ndaf-chromium");
            Path log = Files.createTempFile("ndaf-chromium", ".log");
            try {
                List<String> command = new ArrayList<>(baseCommand(profile));
                command.addAll(List.of("--window-size=1600,1000", "--virtual-time-budget=15000", "--screenshot=" + file, url));
                run(command, log, log);
            } finally {
                Files.deleteIfExists(log);
                delete(profile);
            }
        }
        assertThat(file).as("screenshot of " + url).exists();
        return file;
    }

    /** Runs Chromium to its end; false (and the process stopped) when it has not finished within 90 s. */
    private static boolean run(List<String> command, Path out, Path err) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile());
        if (out.equals(err)) {
            builder.redirectErrorStream(true);
        } else {
            builder.redirectError(err.toFile());
        }
        Process process = builder.start();
        if (process.waitFor(90, TimeUnit.SECONDS)) {
            return true;
        }
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        return false;
    }

    private static List<String> baseCommand(Path profile) {
        return List.of(chromiumBinary(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--user-data-dir=" + profile);
    }

    private static String chromiumBinary() {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(File.pathSeparator)) {
            for (String name : List.of("chromium", "chromium-browser")) {
                Path candidate = Path.of(dir, name);
                if (Files.isExecutable(candidate)) {
                    return candidate.toString();
                }
            }
        }
        throw new IllegalStateException("The browser tests need Debian's chromium, which is not installed: run ./test at the repository root "
                + "(it installs chromium when missing), or apt-get install chromium");
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
