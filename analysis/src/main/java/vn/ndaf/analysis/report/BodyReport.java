package vn.ndaf.analysis.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;

import vn.ndaf.analysis.gaps.Coverage;
import vn.ndaf.analysis.gaps.DataGaps;
import vn.ndaf.analysis.gaps.Duplicates;
import vn.ndaf.analysis.gaps.Schedule;
import vn.ndaf.framework.ReferenceData;
import vn.ndaf.framework.registry.Body;
import vn.ndaf.framework.template.ConformanceReport;
import vn.ndaf.framework.template.Finding;
import vn.ndaf.framework.template.Template;
import vn.ndaf.framework.template.TemplateConformance;
import vn.ndaf.repository.ArchitectureRepository;
import vn.ndaf.repository.ArchitectureSummary;
import vn.ndaf.repository.GapQueries;

/**
 * A printable report of one body's conformance and gaps: HTML for A4 paper ({@code @page} rules, no external
 * asset: styles inline, nothing fetched), in Vietnamese ({@code vi}) or English ({@code en}); labels are in
 * {@code labels_<lang>.properties}. For each of the body's architectures: conformance to the body's template;
 * then the body's unsynchronised and unassessed databases, duplicated and overlapping systems and late tasks.
 */
public final class BodyReport {

    public static final List<String> LANGUAGES = List.of("vi", "en");

    private final ArchitectureRepository repository;
    private final GapQueries queries;
    private final ReferenceData data;
    private final String national;

    public BodyReport(ArchitectureRepository repository, GapQueries queries, ReferenceData data, String national) {
        this.repository = repository;
        this.queries = queries;
        this.data = data;
        this.national = national;
    }

    /** The report's HTML. */
    public String html(Body body, String lang, LocalDate asOf) {
        if (!LANGUAGES.contains(lang)) {
            throw new IllegalArgumentException("The language '" + lang + "' is not one of vi, en.");
        }
        ResourceBundle l = ResourceBundle.getBundle("vn.ndaf.analysis.report.labels", Locale.forLanguageTag(lang), ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
        Template template = data.templates().forBody(body).orElse(null);
        List<ArchitectureSummary> own = repository.list(body.code());
        Coverage.Result coverage = new Coverage(repository, queries, data, national).of(List.of(body));
        DataGaps.Result dataGaps = new DataGaps(repository, queries).find();
        List<DataGaps.Database> databases = dataGaps.databases().stream().filter(d -> body.code().equals(d.body())).toList();
        List<DataGaps.Quality> quality = dataGaps.quality().stream().filter(d -> body.code().equals(d.body())).toList();
        Duplicates.Result dup = new Duplicates(repository, queries, data, national).find();
        List<Duplicates.Duplicate> duplicates = dup.duplicates().stream().filter(d -> body.code().equals(d.body())).toList();
        List<Duplicates.Overlap> overlaps = dup.overlaps().stream().filter(d -> body.code().equals(d.body())).toList();
        List<Schedule.Late> late = new Schedule(repository, queries).asOf(asOf).late().stream().filter(t -> body.code().equals(t.body())).toList();

        Html h = new Html();
        String name = lang.equals("en") ? body.fullNameEn() : body.fullNameVi();
        h.raw("<!DOCTYPE html>\n<html lang=\"" + lang + "\">\n<head>\n<meta charset=\"utf-8\">\n<title>").text(l.getString("title") + " - " + name)
                .raw("</title>\n<style>\n" + CSS + "</style>\n</head>\n<body>\n");
        h.raw("<header><h1>").text(l.getString("title")).raw("</h1>\n<p class=\"body\">").text(name).raw("</p>\n<table class=\"facts\">");
        fact(h, l.getString("code"), body.code());
        fact(h, l.getString("tier"), body.tier());
        fact(h, l.getString("kind"), body.kind());
        fact(h, l.getString("template"), template == null ? l.getString("noTemplate") : template.name() + " " + template.version());
        fact(h, l.getString("asOf"), asOf.toString());
        h.raw("</table></header>\n");

        h.raw("<section><h2>").text(l.getString("summary")).raw("</h2>\n<table><thead><tr><th></th><th class=\"n\">").text(l.getString("count"))
                .raw("</th></tr></thead><tbody>");
        summaryRow(h, l.getString("missingBlocks"), coverage.totals().missingBlocks());
        summaryRow(h, l.getString("missingPlatforms"), coverage.totals().missingPlatforms());
        summaryRow(h, l.getString("data"), databases.size());
        summaryRow(h, l.getString("quality"), quality.size());
        summaryRow(h, l.getString("duplicates"), duplicates.size());
        summaryRow(h, l.getString("overlaps"), overlaps.size());
        summaryRow(h, l.getString("schedule"), late.size());
        h.raw("</tbody></table></section>\n");

        h.raw("<section><h2>").text(l.getString("conformance")).raw("</h2>\n");
        if (own.isEmpty()) {
            h.raw("<p>").text(l.getString("noArchitecture")).raw("</p>\n");
        }
        for (ArchitectureSummary a : own) {
            h.raw("<h3>").text(a.name() == null ? a.uid() : a.name()).raw(" <span class=\"id\">").text(a.uid() + " · " + l.getString("state") + " " + a.state())
                    .raw("</span></h3>\n");
            if (template == null) {
                h.raw("<p>").text(l.getString("noTemplate")).raw("</p>\n");
                continue;
            }
            EObject root = repository.load(a.uid()).root();
            ConformanceReport report = TemplateConformance.check(root, template);
            h.raw("<p class=\"" + (report.conforms() ? "ok" : "gap") + "\">").text(report.conforms() ? l.getString("conforms") : l.getString("doesNotConform"))
                    .raw("</p>\n");
            findings(h, l, l.getString("missingBlocks"), report, Finding.Kind.MISSING_BLOCK);
            findings(h, l, l.getString("missingPlatforms"), report, Finding.Kind.MISSING_PLATFORM);
            findings(h, l, l.getString("missingRelationships"), report, Finding.Kind.MISSING_RELATIONSHIP);
            findings(h, l, l.getString("unresolved"), report, Finding.Kind.UNRESOLVED);
        }
        h.raw("</section>\n");

        table(h, l, l.getString("data"), databases, List.of("architecture", "id", "name", "scope", "ndcSync"),
                List.<Function<DataGaps.Database, String>>of(DataGaps.Database::architecture, DataGaps.Database::id, DataGaps.Database::name,
                        DataGaps.Database::scope, DataGaps.Database::ndcSync));
        table(h, l, l.getString("quality"), quality, List.of("architecture", "id", "name", "assessedOn", "failing"),
                List.<Function<DataGaps.Quality, String>>of(DataGaps.Quality::architecture, DataGaps.Quality::id, DataGaps.Quality::name,
                        q -> q.assessedOn() == null ? l.getString("notAssessed") : q.assessedOn(), q -> String.join(", ", q.failing())));
        table(h, l, l.getString("duplicates"), duplicates, List.of("architecture", "id", "name", "platform"),
                List.<Function<Duplicates.Duplicate, String>>of(Duplicates.Duplicate::architecture, Duplicates.Duplicate::id, Duplicates.Duplicate::name,
                        d -> d.platform() + " " + data.catalogue().platform(d.platform()).map(p -> lang.equals("en") ? p.nameEn() : p.nameVi()).orElse("")));
        table(h, l, l.getString("overlaps"), overlaps, List.of("architecture", "id", "name", "function", "with"),
                List.<Function<Duplicates.Overlap, String>>of(Duplicates.Overlap::architecture, Duplicates.Overlap::id, Duplicates.Overlap::name,
                        Duplicates.Overlap::function, o -> String.join(", ", o.with())));
        table(h, l, l.getString("schedule"), late, List.of("architecture", "id", "name", "deadline", "status"),
                List.<Function<Schedule.Late, String>>of(Schedule.Late::architecture, Schedule.Late::id, Schedule.Late::name, Schedule.Late::deadline,
                        Schedule.Late::status));
        h.raw("<footer>").text(l.getString("footer")).raw("</footer>\n</body>\n</html>\n");
        return h.toString();
    }

    private static void fact(Html h, String label, String value) {
        h.raw("<tr><th>").text(label).raw("</th><td>").text(value).raw("</td></tr>");
    }

    private static void summaryRow(Html h, String label, int n) {
        h.raw("<tr class=\"" + (n == 0 ? "ok" : "gap") + "\"><td>").text(label).raw("</td><td class=\"n\">").text(Integer.toString(n)).raw("</td></tr>");
    }

    private static void findings(Html h, ResourceBundle l, String title, ConformanceReport report, Finding.Kind kind) {
        List<Finding> found = report.findings().stream().filter(f -> f.kind() == kind).toList();
        if (found.isEmpty()) {
            return;
        }
        h.raw("<h4>").text(title).raw("</h4>\n<ul>");
        found.forEach(f -> h.raw("<li><code>").text(f.subject()).raw("</code> ").text(f.message()).raw("</li>"));
        h.raw("</ul>\n");
    }

    private static <T> void table(Html h, ResourceBundle l, String title, List<T> rows, List<String> columns, List<Function<T, String>> values) {
        h.raw("<section><h2>").text(title).raw("</h2>\n");
        if (rows.isEmpty()) {
            h.raw("<p class=\"ok\">").text(l.getString("none")).raw("</p></section>\n");
            return;
        }
        h.raw("<table><thead><tr>");
        columns.forEach(c -> h.raw("<th>").text(l.getString(c)).raw("</th>"));
        h.raw("</tr></thead><tbody>");
        for (T row : rows) {
            h.raw("<tr>");
            values.forEach(v -> h.raw("<td>").text(v.apply(row)).raw("</td>"));
            h.raw("</tr>");
        }
        h.raw("</tbody></table></section>\n");
    }

    private static final String CSS = """
            @page { size: A4; margin: 18mm 15mm 20mm 15mm; }
            @page { @bottom-right { content: counter(page) " / " counter(pages); font-size: 8pt; } }
            html { font-family: "Times New Roman", "Noto Serif", serif; font-size: 11pt; color: #000; }
            body { margin: 0 auto; max-width: 180mm; }
            h1 { font-size: 16pt; margin: 0 0 2mm 0; }
            h2 { font-size: 13pt; margin: 6mm 0 2mm 0; border-bottom: 0.3mm solid #444; break-after: avoid; page-break-after: avoid; }
            h3 { font-size: 11.5pt; margin: 4mm 0 1mm 0; break-after: avoid; page-break-after: avoid; }
            h4 { font-size: 10.5pt; margin: 2mm 0 1mm 0; }
            .body { font-size: 13pt; font-weight: bold; margin: 0 0 3mm 0; }
            .id { font-weight: normal; font-size: 9pt; color: #444; }
            table { border-collapse: collapse; width: 100%; margin: 1mm 0 3mm 0; font-size: 9.5pt; }
            thead { display: table-header-group; }
            tr { break-inside: avoid; page-break-inside: avoid; }
            th, td { border: 0.2mm solid #888; padding: 1mm 1.5mm; text-align: left; vertical-align: top; }
            table.facts th, table.facts td { border: none; padding: 0.5mm 2mm 0.5mm 0; }
            td.n, th.n { text-align: right; width: 20mm; }
            tr.gap td.n, p.gap { font-weight: bold; }
            p.ok { color: #225522; }
            p.gap { color: #882222; }
            code { font-family: "Courier New", monospace; font-size: 9pt; }
            footer { margin-top: 8mm; font-size: 8.5pt; color: #444; border-top: 0.2mm solid #888; padding-top: 2mm; }
            @media screen { body { padding: 10mm; } }
            """;

    /** HTML text with escaping. */
    private static final class Html {
        private final StringBuilder b = new StringBuilder();

        Html raw(String s) {
            b.append(s);
            return this;
        }

        Html text(String s) {
            if (s == null) {
                return this;
            }
            for (char c : s.toCharArray()) {
                switch (c) {
                    case '<' -> b.append("&lt;");
                    case '>' -> b.append("&gt;");
                    case '&' -> b.append("&amp;");
                    case '"' -> b.append("&quot;");
                    default -> b.append(c);
                }
            }
            return this;
        }

        @Override
        public String toString() {
            return b.toString();
        }
    }
}
