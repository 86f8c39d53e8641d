package vn.ndaf.api.viewer;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    private String architecture;

    @org.junit.jupiter.api.BeforeEach
    void signIn() {
        Chromium.signInWith(signInToken.value());
    }
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
            Chromium.Page page = Chromium.dom(origin() + "/architectures/" + architecture + "/views/" + view.id());
            assertThat(page.dom()).as(view.name()).contains("data-state=\"ready\"");
            assertThat(ids(page.dom(), "node")).as("nodes of " + view.name()).isEqualTo(view.nodes().keySet());
            assertThat(ids(page.dom(), "connection")).as("connections of " + view.name()).isEqualTo(view.connections().keySet());
            assertThat(page.errors()).as("console errors on " + view.name()).isEmpty();
        }
    }

    @Test
    void element_OpensItsDetails_WithTypeLayerAndOwningBody() throws Exception {
        // node 3707 of view 3698 shows the BusinessActor 275 (Archisurance.archimate)
        Chromium.Page page = Chromium.dom(origin() + "/architectures/" + architecture + "/views/3698?element=275");
        assertThat(page.dom()).contains("data-field=\"type\">BusinessActor<").contains("data-element=\"275\"");
        Matcher panel = Pattern.compile("<aside id=\"details\"[^>]*data-element=\"275\"").matcher(page.dom());
        assertThat(panel.find()).as("details panel open on 275").isTrue();
        assertThat(page.dom()).contains("data-field=\"body\">Hà Nội (01)<");
        int relationships = ArchiFile.relationshipsOf(ArchiFile.ARCHISURANCE, "275").size();
        assertThat(count(page.dom(), "data-open-element=")).isEqualTo(relationships);
        Chromium.screenshot(origin() + "/architectures/" + architecture + "/views/3698?element=275", "details-3698.png");
    }

    @Test
    void languageSwitch_ChangesTheLabels_VietnameseByDefault() throws Exception {
        Chromium.Page vi = Chromium.dom(origin() + "/architectures/" + architecture);
        Chromium.Page en = Chromium.dom(origin() + "/architectures/" + architecture + "?lang=en");
        assertThat(vi.dom()).contains("<html lang=\"vi\"").contains(">Khung nhìn (17)<").doesNotContain(">Views (17)<");
        assertThat(en.dom()).contains("<html lang=\"en\"").contains(">Views (17)<").doesNotContain(">Khung nhìn (17)<");
        assertThat(en.dom()).contains("data-lang=\"vi\"").contains("data-lang=\"en\"");
    }

    @Test
    void queryPart_IsKeptOnTheLinksTheViewerMakes() throws Exception {
        Chromium.Page page = Chromium.dom(origin() + "/architectures/" + architecture + "?token=" + signInToken.value());
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
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(Chromium.signedIn(origin() + asset))).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(asset).isEqualTo(200);
            texts.add(response.body());
        }
        assertThat(texts.get(3)).as("deep links answer the viewer's page").isEqualTo(texts.get(0));
        texts.add(Chromium.dom(origin() + "/architectures/" + architecture + "/views/3641").dom());
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
            Path file = Chromium.screenshot(origin() + "/architectures/" + architecture + "/views/" + view, "view-" + view + ".png");
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
}
