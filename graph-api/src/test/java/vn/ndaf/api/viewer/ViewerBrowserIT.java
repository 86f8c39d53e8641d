package vn.ndaf.api.viewer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import vn.ndaf.api.NdafApplication;
import vn.ndaf.api.TestStoreConfiguration;
import vn.ndaf.api.viewer.ArchiFile.StoredView;
import vn.ndaf.interop.ImportOptions;
import vn.ndaf.interop.ModelImporter;
import vn.ndaf.repository.ArchitectureRepository;
import vn.ndaf.repository.WriteRequest;

/**
 * The viewer in real headless Chromium (Debian's chromium) against the running server with Archisurance stored:
 * the rendered DOM is read with --dump-dom, screenshots go to target/screenshots/.
 */
@SpringBootTest(classes = NdafApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestStoreConfiguration.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ViewerBrowserIT {

    private static final Pattern TAG = Pattern.compile("<g\\s[^>]*>");
    private static final Pattern URL = Pattern.compile("https?://[^\\s\"'()<>`\\\\]+");
    /** XML namespace names: identifiers, never fetched. */
    private static final Set<String> NAMESPACES = Set.of("http://www.w3.org/2000/svg", "http://www.w3.org/1999/xhtml", "http://www.w3.org/1999/xlink",
            "http://www.w3.org/2000/xmlns/", "http://www.w3.org/XML/1998/namespace");

    @LocalServerPort
    int port;

    @Autowired
    ArchitectureRepository repository;

    /** The server's sign-in token for admin, as `ndaf serve` prints it in the viewer's URL. */
    @Autowired
    vn.ndaf.security.SignInToken signInToken;

    /** The address with the sign-in token added to its query part, as the URL printed by `ndaf serve` carries it. */
    private String signedIn(String url) {
        if (url.contains("token=")) {
            return url;
        }
        return url + (url.contains("?") ? "&" : "?") + "token=" + signInToken.value();
    }

    private String architecture;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    void importArchisurance() {
        var imported = ModelImporter.read(ArchiFile.ARCHISURANCE, ImportOptions.defaults().withBody("01").withState("target"));
        architecture = repository.create(imported.architecture(), WriteRequest.by("viewer-test", "Archisurance")).uid();
    }

    private String origin() {
        return "http://localhost:" + port;
    }

    @Test
    void everyArchisuranceView_RendersExactlyItsStoredNodesAndConnections() throws Exception {
        List<StoredView> views = ArchiFile.views(ArchiFile.ARCHISURANCE);
        assertThat(views).hasSize(17);
        for (StoredView view : views) {
            Page page = chromium(origin() + "/architectures/" + architecture + "/views/" + view.id());
            assertThat(page.dom()).as(view.name()).contains("data-state=\"ready\"");
            assertThat(ids(page.dom(), "node")).as("nodes of " + view.name()).isEqualTo(view.nodes().keySet());
            assertThat(ids(page.dom(), "connection")).as("connections of " + view.name()).isEqualTo(view.connections().keySet());
            assertThat(page.errors()).as("console errors on " + view.name()).isEmpty();
        }
    }

    @Test
    void element_OpensItsDetails_WithTypeLayerAndOwningBody() throws Exception {
        // node 3707 of view 3698 shows the BusinessActor 275 (Archisurance.archimate)
        Page page = chromium(origin() + "/architectures/" + architecture + "/views/3698?element=275");
        assertThat(page.dom()).contains("data-field=\"type\">BusinessActor<").contains("data-element=\"275\"");
        Matcher panel = Pattern.compile("<aside id=\"details\"[^>]*data-element=\"275\"").matcher(page.dom());
        assertThat(panel.find()).as("details panel open on 275").isTrue();
        assertThat(page.dom()).contains("data-field=\"body\">Hà Nội (01)<");
        int relationships = ArchiFile.relationshipsOf(ArchiFile.ARCHISURANCE, "275").size();
        assertThat(count(page.dom(), "data-open-element=")).isEqualTo(relationships);
        screenshot(origin() + "/architectures/" + architecture + "/views/3698?element=275", "details-3698.png");
    }

    @Test
    void languageSwitch_ChangesTheLabels_VietnameseByDefault() throws Exception {
        Page vi = chromium(origin() + "/architectures/" + architecture);
        Page en = chromium(origin() + "/architectures/" + architecture + "?lang=en");
        assertThat(vi.dom()).contains("<html lang=\"vi\"").contains(">Khung nhìn (17)<").doesNotContain(">Views (17)<");
        assertThat(en.dom()).contains("<html lang=\"en\"").contains(">Views (17)<").doesNotContain(">Khung nhìn (17)<");
        assertThat(en.dom()).contains("data-lang=\"vi\"").contains("data-lang=\"en\"");
    }

    @Test
    void queryPart_IsKeptOnTheLinksTheViewerMakes() throws Exception {
        Page page = chromium(origin() + "/architectures/" + architecture + "?token=" + signInToken.value());
        Matcher links = Pattern.compile("href=\"(/architectures/[^\"]*/views/[^\"]*)\"").matcher(page.dom());
        int seen = 0;
        while (links.find()) {
            assertThat(links.group(1)).contains("token=" + signInToken.value());
            seen++;
        }
        assertThat(seen).isEqualTo(17);
    }

    @Test
    void noRequestLeavesTheOrigin_PageBundleAndRenderedDomNameNoOtherAddress() throws Exception {
        List<String> texts = new ArrayList<>();
        for (String asset : List.of("/", "/app/app.js", "/app/app.css", "/architectures/" + architecture + "/views/3641")) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(signedIn(origin() + asset))).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(asset).isEqualTo(200);
            texts.add(response.body());
        }
        assertThat(texts.get(3)).as("deep links answer the viewer's page").isEqualTo(texts.get(0));
        texts.add(chromium(origin() + "/architectures/" + architecture + "/views/3641").dom());
        Set<String> outside = new HashSet<>();
        for (String text : texts) {
            Matcher m = URL.matcher(text);
            while (m.find()) {
                String url = m.group();
                if (!url.startsWith(origin()) && !NAMESPACES.contains(url)) {
                    outside.add(url);
                }
            }
        }
        assertThat(outside).isEmpty();
        assertThat(texts.get(0)).contains("src=\"/app/app.js\"").contains("href=\"/app/app.css\"");
    }

    @Test
    void screenshots_OfDiagramsAreSaved_ForPeopleToLookAt() throws Exception {
        for (String view : List.of("3698", "3641", "4165", "3761")) {
            Path file = screenshot(origin() + "/architectures/" + architecture + "/views/" + view, "view-" + view + ".png");
            assertThat(Files.size(file)).as(file.toString()).isGreaterThan(10_000);
        }
    }

    private static Set<String> ids(String dom, String kind) {
        Set<String> ids = new HashSet<>();
        Matcher tags = TAG.matcher(dom);
        while (tags.find()) {
            String tag = tags.group();
            if (tag.contains("data-kind=\"" + kind + "\"")) {
                Matcher id = Pattern.compile("\\sdata-id=\"([^\"]*)\"").matcher(tag);
                assertThat(id.find()).as(tag).isTrue();
                ids.add(id.group(1).replace("&amp;", "&").replace("&quot;", "\""));
            }
        }
        return ids;
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }

    record Page(String dom, List<String> errors) {
    }

    /** The DOM Chromium rendered for url, and the console errors it logged; tried again once if Chromium stalls. */
    private Page chromium(String url) throws Exception {
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

    private Path screenshot(String url, String name) throws Exception {
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
