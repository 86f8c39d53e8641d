package vn.ndaf.api.viewer;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.ndaf.api.GraphQlHttp;
import vn.ndaf.api.NdafApplication;
import vn.ndaf.api.TestStoreConfiguration;
import vn.ndaf.api.viewer.ArchiFile.StoredNode;
import vn.ndaf.api.viewer.ArchiFile.StoredView;
import vn.ndaf.interop.ImportOptions;
import vn.ndaf.interop.ModelImporter;
import vn.ndaf.repository.ArchitectureRepository;
import vn.ndaf.repository.WriteRequest;

/**
 * The viewer's navigation and analysis pages in headless Chromium against the running server, Archisurance stored
 * for Hà Nội (01) and checked: the body tree, a body's page, search, findings on a diagram, the dashboard and the
 * map. Expected values come from the registry's data file, the Archi file and the stored findings.
 */
@SpringBootTest(classes = NdafApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestStoreConfiguration.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ViewerNavigationBrowserIT {

    private static final Path UNITS = Path.of("..", "framework-templates", "src", "main", "resources", "vn", "ndaf", "framework", "data", "registry",
            "vn-units-34-provinces-3321-communes.json");
    private static final String NAME = "Archisurance điều hướng";

    @LocalServerPort
    int port;

    @Autowired
    ArchitectureRepository repository;

    /** The server's sign-in token for admin, as `ndaf serve` prints it in the viewer's URL. */
    @Autowired
    vn.ndaf.security.SignInToken signInToken;

    private String architecture;
    private GraphQlHttp http;
    /** province code → its communes' codes and names, from the registry's data file */
    private final Map<String, Map<String, String>> communes = new LinkedHashMap<>();

    @org.junit.jupiter.api.BeforeEach
    void signIn() {
        Chromium.signInWith(signInToken.value());
    }

    @BeforeAll
    void importAndCheckArchisurance() throws Exception {
        var imported = ModelImporter.read(ArchiFile.ARCHISURANCE, ImportOptions.defaults().withBody("01").withState("target").withName(NAME));
        architecture = repository.create(imported.architecture(), WriteRequest.by("viewer-test", "Archisurance")).uid();
        http = new GraphQlHttp(port);
        JsonNode checked = http.post("mutation($id: ID!) { checkArchitecture(id: $id) { totalCount } }", Map.of("id", architecture));
        assertThat(checked.at("/data/checkArchitecture/totalCount").asInt()).as(checked.toString()).isPositive();
        for (JsonNode p : new ObjectMapper().readTree(Files.readString(UNITS))) {
            Map<String, String> list = new LinkedHashMap<>();
            p.get("Wards").forEach(w -> list.put(w.get("Code").asText(), w.get("Name").asText()));
            communes.put(p.get("Code").asText(), list);
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    @Test
    void bodyTree_GroupsPartyStateFront_WithThe34ProvincesUnderTheState() throws Exception {
        Chromium.Page page = Chromium.dom(url("/bodies"));
        assertThat(page.dom()).contains("data-state=\"ready\"");
        assertThat(page.errors()).isEmpty();
        JsonNode central = http.post("{ bodies(tier: \"central\", first: 1000) { nodes { code kind } } }", Map.of()).at("/data/bodies/nodes");
        Map<String, Set<String>> expected = new HashMap<>();
        central.forEach(b -> expected.computeIfAbsent(family(b.get("kind").asText()), k -> new HashSet<>()).add(b.get("code").asText()));
        String dom = page.dom();
        int party = dom.indexOf("data-family=\"party\"");
        int state = dom.indexOf("data-family=\"state\"");
        int front = dom.indexOf("data-family=\"front\"");
        assertThat(party).isPositive().isLessThan(state);
        assertThat(state).isLessThan(front);
        assertThat(bodies(dom.substring(party, state), "central")).isEqualTo(expected.get("party"));
        assertThat(bodies(dom.substring(state, front), "central")).isEqualTo(expected.get("state"));
        assertThat(bodies(dom.substring(front), "central")).isEqualTo(expected.get("front"));
        assertThat(bodies(dom.substring(state, front), "province")).isEqualTo(communes.keySet()).hasSize(34);
    }

    @Test
    void bodyTreeFilter_IgnoresAccents_AndShowsTheMatchingCommunesInsideTheirProvinces() throws Exception {
        Chromium.Page page = Chromium.dom(url("/bodies?q=" + enc("ba dinh")));
        assertThat(page.errors()).isEmpty();
        Set<String> matching = new HashSet<>();
        Set<String> provincesWithout = new HashSet<>();
        communes.forEach((province, list) -> {
            boolean any = false;
            for (var c : list.entrySet()) {
                if (fold(c.getValue()).contains("ba dinh")) {
                    matching.add(c.getKey());
                    any = true;
                }
            }
            if (!any) {
                provincesWithout.add(province);
            }
        });
        assertThat(matching).contains("00004");
        Map<String, Boolean> hidden = hiddenByBody(page.dom());
        for (String code : matching) {
            assertThat(hidden).as("commune " + code).containsEntry(code, false);
        }
        for (String province : provincesWithout) {
            assertThat(hidden).as("province " + province).containsEntry(province, true);
        }
    }

    @Test
    void bodyPages_HaveTheBreadcrumbsNationProvinceCommune_AndListArchitecturesAndCommunes() throws Exception {
        Chromium.Page commune = Chromium.dom(url("/bodies/00004?token=" + signInToken.value()));
        assertThat(commune.errors()).isEmpty();
        String crumbs = commune.dom().substring(commune.dom().indexOf("id=\"crumbs\""));
        crumbs = crumbs.substring(0, crumbs.indexOf("</nav>"));
        assertThat(crumbs).contains("href=\"/bodies?token=" + signInToken.value() + "\"").contains("href=\"/bodies/01?token=" + signInToken.value() + "\"").contains("data-crumb=\"01\"")
                .contains("aria-current=\"page\" data-crumb=\"00004\"");
        assertThat(crumbs.indexOf("/bodies?token")).isLessThan(crumbs.indexOf("data-crumb=\"01\""));
        assertThat(crumbs.indexOf("data-crumb=\"01\"")).isLessThan(crumbs.indexOf("data-crumb=\"00004\""));

        Chromium.Page province = Chromium.dom(url("/bodies/01"));
        assertThat(province.dom()).contains("data-architecture=\"" + architecture + "\"");
        String list = province.dom().substring(province.dom().indexOf("class=\"children columns\""));
        Set<String> listed = new HashSet<>();
        Matcher m = Pattern.compile("<li data-body=\"([^\"]+)\"").matcher(list);
        while (m.find()) {
            listed.add(m.group(1));
        }
        assertThat(listed).isEqualTo(communes.get("01").keySet());
        assertThat(province.dom()).contains("href=\"/bodies/01/report?token=" + signInToken.value() + "\"");

        // an architecture's page sits in the same trail: nation → its body → the architecture
        Chromium.Page arch = Chromium.dom(url("/architectures/" + architecture + "?token=" + signInToken.value()));
        String trail = arch.dom().substring(arch.dom().indexOf("id=\"crumbs\""));
        trail = trail.substring(0, trail.indexOf("</nav>"));
        assertThat(trail).contains("href=\"/bodies?token=" + signInToken.value() + "\"").contains("data-crumb=\"01\"").contains(NAME);
    }

    @Test
    void search_FindsBodiesArchitecturesAndElements_AccentsIgnored() throws Exception {
        Chromium.Page bodies = Chromium.dom(url("/search?q=" + enc("ha noi")));
        assertThat(bodies.errors()).isEmpty();
        assertThat(bodies.dom()).contains("data-result=\"body\" data-id=\"01\"");
        Chromium.Page archs = Chromium.dom(url("/search?q=" + enc("dieu huong")));
        assertThat(archs.dom()).contains("data-result=\"architecture\" data-id=\"" + architecture + "\"");
        // element 275 of Archisurance, by its name
        String name = http.post("query($id: ID!) { architecture(id: $id) { object(id: \"275\") { name } } }", Map.of("id", architecture))
                .at("/data/architecture/object/name").asText();
        assertThat(name).isNotBlank();
        Chromium.Page elements = Chromium.dom(url("/search?q=" + enc(name) + "&token=" + signInToken.value()));
        Matcher hit = Pattern.compile("<li data-result=\"element\" data-id=\"275\" data-architecture=\"" + architecture + "\"><a href=\"([^\"]+)\"")
                .matcher(elements.dom());
        assertThat(hit.find()).as("element 275 among the results for " + name).isTrue();
        assertThat(hit.group(1).replace("&amp;", "&")).isEqualTo("/architectures/" + architecture + "?token=" + signInToken.value() + "&element=275");
    }

    @Test
    void findings_AreListedBesideTheView_MarkedOnTheirObjects_AndFilteredBySeverity() throws Exception {
        JsonNode found = http.post("query($id: ID!) { architecture(id: $id) { findings(first: 1000) { nodes { id severity } } } }", Map.of("id", architecture))
                .at("/data/architecture/findings/nodes");
        Map<String, List<String>> severities = new HashMap<>();
        found.forEach(f -> severities.computeIfAbsent(f.get("id").asText(), k -> new ArrayList<>()).add(f.get("severity").asText()));
        // the view with most objects concerned by warnings (element duplicates) and infos
        StoredView view = null;
        Map<String, String> expected = null;
        for (StoredView v : ArchiFile.views(ArchiFile.ARCHISURANCE)) {
            Map<String, String> marks = marks(v, severities, Set.of("ERROR", "WARNING", "INFO"));
            boolean warned = marks.containsValue("warning");
            if (warned && (expected == null || marks.size() > expected.size())) {
                view = v;
                expected = marks;
            }
        }
        assertThat(view).as("a view drawing an element with a warning").isNotNull();
        Chromium.Page page = Chromium.dom(url("/architectures/" + architecture + "/views/" + view.id()));
        assertThat(page.errors()).isEmpty();
        assertThat(marksIn(page.dom())).isEqualTo(expected);
        int listed = count(page.dom(), "data-finding-of=");
        assertThat(listed).isEqualTo(onView(view, found, Set.of("ERROR", "WARNING", "INFO")));

        Chromium.Page warnings = Chromium.dom(url("/architectures/" + architecture + "/views/" + view.id() + "?severity=WARNING"));
        Map<String, String> onlyWarnings = marks(view, severities, Set.of("WARNING"));
        assertThat(onlyWarnings).isNotEmpty().hasSizeLessThan(expected.size());
        assertThat(marksIn(warnings.dom())).isEqualTo(onlyWarnings);
        assertThat(count(warnings.dom(), "data-finding-of=")).isEqualTo(onView(view, found, Set.of("WARNING")));
        assertThat(warnings.dom()).contains("data-severity=\"WARNING\" aria-pressed=\"true\"").contains("data-severity=\"INFO\" aria-pressed=\"false\"");

        String element = view.nodes().values().stream().map(StoredNode::element).filter(e -> e != null && severities.containsKey(e)).findFirst().orElseThrow();
        Chromium.Page details = Chromium.dom(url("/architectures/" + architecture + "/views/" + view.id() + "?element=" + element));
        assertThat(details.dom()).contains("data-element-findings=\"" + severities.get(element).size() + "\"");
        Chromium.screenshot(url("/architectures/" + architecture + "/views/" + view.id()), "findings-" + view.id() + ".png");
    }

    @Test
    void dashboard_ShowsTheNationalTotalsAndEveryRuleFound() throws Exception {
        JsonNode summary = http.post("{ nationalSummary { totals { error warning info } ruleCounts { rule } } }", Map.of()).at("/data/nationalSummary");
        Chromium.Page page = Chromium.dom(url("/dashboard?lang=en"));
        assertThat(page.errors()).isEmpty();
        String dom = page.dom();
        for (String severity : List.of("error", "warning", "info")) {
            String number = String.format(java.util.Locale.UK, "%,d", summary.at("/totals/" + severity).asLong());
            assertThat(dom).contains("data-total=\"" + severity + "\"><span class=\"big sev-" + severity + "\">" + number + "</span>");
        }
        Set<String> rules = new HashSet<>();
        summary.at("/ruleCounts").forEach(c -> rules.add(c.get("rule").asText()));
        Set<String> rows = new HashSet<>();
        Matcher m = Pattern.compile("<tr data-rule=\"([^\"]+)\"").matcher(dom);
        while (m.find()) {
            rows.add(m.group(1));
        }
        assertThat(rows).isEqualTo(rules).contains("framework.block.required");
        Chromium.screenshot(url("/dashboard"), "dashboard.png");
    }

    @Test
    void map_Shows34Provinces_ColouredByTheMeasure_AndDrillsIntoOneProvince() throws Exception {
        Chromium.Page page = Chromium.dom(url("/map"));
        assertThat(page.errors()).isEmpty();
        Set<String> provinces = new HashSet<>();
        Matcher m = Pattern.compile("<a [^>]*data-province=\"([^\"]+)\"").matcher(page.dom());
        while (m.find()) {
            provinces.add(m.group(1));
        }
        assertThat(provinces).isEqualTo(communes.keySet()).hasSize(34);
        // Hà Nội has this architecture, checked, with readiness: it is coloured, not "no data"
        Matcher hanoi = Pattern.compile("<a [^>]*data-province=\"01\" data-class=\"([0-4])\" data-value=\"([0-9.]+)\"").matcher(page.dom());
        assertThat(hanoi.find()).as("Hà Nội coloured by readiness").isTrue();
        assertThat(page.dom()).contains("data-measure=\"readiness\"");

        Chromium.Page errors = Chromium.dom(url("/map?measure=errors"));
        assertThat(errors.dom()).contains("data-measure=\"errors\"");
        Matcher hanoiErrors = Pattern.compile("<a [^>]*data-province=\"01\" data-class=\"[0-4]\" data-value=\"(\\d+)\"").matcher(errors.dom());
        assertThat(hanoiErrors.find()).isTrue();
        assertThat(Integer.parseInt(hanoiErrors.group(1))).isGreaterThanOrEqualTo(countOf(architecture, "ERROR"));

        Chromium.Page drill = Chromium.dom(url("/map/01"));
        assertThat(drill.errors()).isEmpty();
        Set<String> cells = new HashSet<>();
        Matcher c = Pattern.compile("<li data-body=\"([^\"]+)\" data-class=").matcher(drill.dom());
        while (c.find()) {
            cells.add(c.group(1));
        }
        assertThat(cells).isEqualTo(communes.get("01").keySet());
        // the province's own architectures (this one among them) have a readiness, shown above the grid
        assertThat(drill.dom()).contains("<span data-province-value=\"\">").doesNotContain("data-province-value=\"\">chưa có số liệu<");
        Chromium.screenshot(url("/map"), "map.png");
        Chromium.screenshot(url("/map/01"), "map-01.png");
    }

    @Test
    void export_HoldsEveryNodeAndConnectionOfTheView_AsSvgAndAsPngOfTwiceItsSize() throws Exception {
        StoredView view = ArchiFile.views(ArchiFile.ARCHISURANCE).stream().filter(v -> v.id().equals("3698")).findFirst().orElseThrow();
        Chromium.Page page = Chromium.dom(url("/architectures/" + architecture + "/views/3698?export=1"));
        assertThat(page.errors()).isEmpty();
        Matcher svg = Pattern.compile("<img [^>]*data-export=\"svg\"[^>]*src=\"data:image/svg\\+xml;base64,([A-Za-z0-9+/=]+)\"").matcher(page.dom());
        assertThat(svg.find()).as("the SVG preview").isTrue();
        String text = new String(Base64.getDecoder().decode(svg.group(1)), StandardCharsets.UTF_8);
        var factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        var doc = factory.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        Set<String> nodes = new HashSet<>();
        Set<String> connections = new HashSet<>();
        var groups = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "g");
        for (int i = 0; i < groups.getLength(); i++) {
            var g = (org.w3c.dom.Element) groups.item(i);
            if (g.getAttribute("data-kind").equals("node")) {
                nodes.add(g.getAttribute("data-id"));
            } else if (g.getAttribute("data-kind").equals("connection")) {
                connections.add(g.getAttribute("data-id"));
            }
        }
        assertThat(nodes).isEqualTo(view.nodes().keySet());
        assertThat(connections).isEqualTo(view.connections().keySet());
        assertThat(text).doesNotContain("data-finding=").doesNotContain("finding-badge");
        int width = Integer.parseInt(doc.getDocumentElement().getAttribute("width"));
        JsonNode extent = http.post("query($id: ID!) { architecture(id: $id) { diagram(id: \"3698\") { extent { width height } } } }", Map.of("id", architecture))
                .at("/data/architecture/diagram/extent");
        assertThat(width).isEqualTo((int) Math.ceil(extent.get("width").asDouble() + 20));

        Matcher png = Pattern.compile("<img [^>]*data-export=\"png\"[^>]*src=\"data:image/png;base64,([A-Za-z0-9+/=]+)\"").matcher(page.dom());
        assertThat(png.find()).as("the PNG preview").isTrue();
        var image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(Base64.getDecoder().decode(png.group(1))));
        assertThat(image.getWidth()).isEqualTo(2 * width);
        assertThat(page.dom()).contains("download=\"Organisation-Structure-View.svg\"").contains("download=\"Organisation-Structure-View.png\"");
    }

    @Test
    void report_ListsEveryFindingOfTheBodysArchitectures_ForPrinting() throws Exception {
        int total = http.post("query($id: ID!) { architecture(id: $id) { findings(first: 1) { totalCount } } }", Map.of("id", architecture))
                .at("/data/architecture/findings/totalCount").asInt();
        Chromium.Page page = Chromium.dom(url("/bodies/01/report?lang=en"));
        assertThat(page.errors()).isEmpty();
        String dom = page.dom();
        int start = dom.indexOf("data-report-architecture=\"" + architecture + "\"");
        assertThat(start).as("the architecture's section").isPositive();
        int end = dom.indexOf("data-report-architecture=", start + 10);
        String section = dom.substring(start, end < 0 ? dom.indexOf("</article>", start) : end);
        assertThat(count(section, "data-report-finding")).isEqualTo(total);
        assertThat(section).contains("data-figure=\"score\"").contains("framework.block.required");
        assertThat(dom).contains(">Conformance report: Hanoi City");
        Chromium.screenshot(url("/bodies/01/report"), "report-01.png");
    }

    private int countOf(String arch, String severity) {
        return http.post("query($id: ID!, $s: [Severity!]) { architecture(id: $id) { findings(severities: $s, first: 1) { totalCount } } }",
                Map.of("id", arch, "s", List.of(severity))).at("/data/architecture/findings/totalCount").asInt();
    }

    /** node or connection id → the worst severity of its findings (on its element, relationship or itself). */
    private static Map<String, String> marks(StoredView view, Map<String, List<String>> severities, Set<String> chosen) {
        Map<String, String> marks = new HashMap<>();
        for (StoredNode n : view.nodes().values()) {
            List<String> list = new ArrayList<>(severities.getOrDefault(n.id(), List.of()));
            if (n.element() != null) {
                list.addAll(severities.getOrDefault(n.element(), List.of()));
            }
            worst(list, chosen).ifPresent(s -> marks.put(n.id(), s));
        }
        for (var c : view.connections().values()) {
            List<String> list = new ArrayList<>(severities.getOrDefault(c.id(), List.of()));
            if (c.relationship() != null) {
                list.addAll(severities.getOrDefault(c.relationship(), List.of()));
            }
            worst(list, chosen).ifPresent(s -> marks.put(c.id(), s));
        }
        return marks;
    }

    private static java.util.Optional<String> worst(List<String> list, Set<String> chosen) {
        for (String s : List.of("ERROR", "WARNING", "INFO")) {
            if (chosen.contains(s) && list.contains(s)) {
                return java.util.Optional.of(s.toLowerCase());
            }
        }
        return java.util.Optional.empty();
    }

    /** How many findings of the chosen severities concern an object drawn on the view. */
    private static int onView(StoredView view, JsonNode findings, Set<String> chosen) {
        Set<String> drawn = new HashSet<>();
        view.nodes().values().forEach(n -> {
            drawn.add(n.id());
            if (n.element() != null) {
                drawn.add(n.element());
            }
        });
        view.connections().values().forEach(c -> {
            drawn.add(c.id());
            if (c.relationship() != null) {
                drawn.add(c.relationship());
            }
        });
        int n = 0;
        for (JsonNode f : findings) {
            if (chosen.contains(f.get("severity").asText()) && drawn.contains(f.get("id").asText())) {
                n++;
            }
        }
        return n;
    }

    private static Map<String, String> marksIn(String dom) {
        Map<String, String> marks = new HashMap<>();
        Matcher tags = Pattern.compile("<g\\s[^>]*>").matcher(dom);
        while (tags.find()) {
            String tag = tags.group();
            Matcher finding = Pattern.compile("\\sdata-finding=\"([a-z]+)\"").matcher(tag);
            Matcher id = Pattern.compile("\\sdata-id=\"([^\"]*)\"").matcher(tag);
            if (tag.contains("data-kind=") && finding.find() && id.find()) {
                marks.put(id.group(1), finding.group(1));
            }
        }
        return marks;
    }

    private static Set<String> bodies(String dom, String tier) {
        Set<String> codes = new HashSet<>();
        Matcher m = Pattern.compile("<li data-body=\"([^\"]+)\" data-tier=\"" + tier + "\"").matcher(dom);
        while (m.find()) {
            codes.add(m.group(1));
        }
        return codes;
    }

    private static Map<String, Boolean> hiddenByBody(String dom) {
        Map<String, Boolean> hidden = new HashMap<>();
        Matcher m = Pattern.compile("<li data-body=\"([^\"]+)\"[^>]*>").matcher(dom);
        while (m.find()) {
            hidden.put(m.group(1), m.group().contains(" hidden"));
        }
        return hidden;
    }

    private static String family(String kind) {
        return switch (kind) {
            case "party" -> "party";
            case "front" -> "front";
            default -> "state";
        };
    }

    private static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").replace('đ', 'd').replace('Đ', 'D').toLowerCase(java.util.Locale.ROOT);
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }
}
